export { toPgm, cropImage, rgbaToGray, pixelBudgetScale, MAX_SIDE, PixelBoxSchema, type PageImage, type PixelBox } from './page-image.js';
export { downscaleGray } from './downscale.js';
export { decodeImageFile, sniffImageType, type ImageFileType } from './image-file.decoder.js';
