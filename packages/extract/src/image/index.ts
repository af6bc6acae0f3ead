export { toPgm, cropImage, rgbaToGray, pixelBudgetScale, MAX_SIDE, PixelBoxSchema, type PageImage, type PixelBox } from './page-image.js';
export { downscaleGray } from './downscale.js';
export { decodeImageFile, sniffImageType, type ImageFileType } from './image-file.decoder.js';
export { binarize, type Mask } from './binarize.js';
export { findRulings, eraseRulings, type PixelRuling } from './rulings.detector.js';
export { rotateImage, rotateBox, rotateRuling, orientImage, type QuarterTurn } from './rotate.js';
export { readJpegOrientation, readPngOrientation, readTiffOrientation, type ExifOrientation, type OrientationTag } from './exif-orientation.js';
