import { createCanvas, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { LaoError } from '@lao/schemas';
import { downscaleGray } from './downscale.js';
import { pixelBudgetScale, rgbaToGray, type PageImage } from './page-image.js';
import { readJpegDpi, readPngDpi } from './image-dpi.js';
import { orientationNote, readJpegOrientation, readPngOrientation, tiffIfdOrientation, withoutJpegExif, type OrientationTag } from './exif-orientation.js';
import { orientImage } from './rotate.js';
import { jpegStructureProblem } from './jpeg-structure.js';
import { pngStructureProblem } from './png-structure.js';

export type ImageFileType = 'png' | 'jpeg' | 'tiff';

/** Scans nearly always come at 200–300 dpi; 300 is the safer guess for tesseract's size heuristics. */
const ASSUMED_DPI = 300;

export function sniffImageType(bytes: Uint8Array): ImageFileType | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a && b(3) === 0) || (b(0) === 0x4d && b(1) === 0x4d && b(2) === 0 && b(3) === 0x2a)) return 'tiff';
  return null;
}

/**
 * Decodes a PNG, JPEG or (multi-page) TIFF file into gray page images, one per page, each within
 * the pixel budget. The dpi comes from the file (pHYs, JFIF, XResolution) or is assumed and noted.
 * An orientation tag (JPEG APP1 Exif, PNG eXIf, TIFF tag 274) is applied as a viewer shows the image,
 * noted `exif-orientation:<1–8>`; a damaged one is ignored, noted `exif-orientation:ignored(<why>)`.
 */
export async function decodeImageFile(bytes: Uint8Array, options: { maxPixels?: number } = {}): Promise<PageImage[]> {
  const maxPixels = options.maxPixels ?? 20_000_000;
  const type = sniffImageType(bytes);
  if (!type) throw new LaoError('UNSUPPORTED_TYPE', 'not a PNG, JPEG or TIFF image');
  if (isTruncated(bytes, type)) throw new LaoError('INVALID_INPUT', `truncated ${type} image`);
  // Skia crashes the process (SIGSEGV) on a header libjpeg or libpng rejects; refuse those first.
  const damaged = type === 'jpeg' ? jpegStructureProblem(bytes) : type === 'png' ? pngStructureProblem(bytes) : null;
  if (damaged) throw new LaoError('INVALID_INPUT', `damaged ${type} header: ${damaged}`);
  let pages: PageImage[];
  try {
    pages = type === 'tiff' ? decodeTiff(bytes) : [await decodeWithCanvas(bytes, type)];
  } catch (err) {
    if (err instanceof LaoError) throw err;
    throw new LaoError('INVALID_INPUT', `cannot decode ${type} image: ${(err as Error).message ?? String(err)}`, { cause: err });
  }
  if (pages.length === 0) throw new LaoError('INVALID_INPUT', `${type} image holds no pages`);
  return pages.map((page) => {
    const scale = pixelBudgetScale(page.width, page.height, maxPixels);
    if (scale >= 1) return page;
    const small = downscaleGray(page, scale);
    small.notes.push(`downscaled:${Math.round(page.dpi)}dpi->${Math.round(small.dpi)}dpi(max ${maxPixels}px)`);
    return small;
  });
}

/**
 * Skia decodes a cut-off PNG or JPEG without complaint, filling the missing rows with black, which
 * OCR would then read as nothing; so check for the end marker first.
 */
function isTruncated(bytes: Uint8Array, type: ImageFileType): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  if (type === 'png') return !Buffer.from(tail).includes('IEND', 0, 'latin1');
  if (type === 'jpeg') return !Buffer.from(tail).includes(Buffer.from([0xff, 0xd9]));
  return false;
}

async function decodeWithCanvas(bytes: Uint8Array, type: 'png' | 'jpeg'): Promise<PageImage> {
  // Skia turns a JPEG by its EXIF tag on its own (and never a PNG): hide the tag from it and apply ours.
  const tag = type === 'jpeg' ? readJpegOrientation(bytes) : readPngOrientation(bytes);
  const stored = type === 'jpeg' ? withoutJpegExif(bytes) : bytes;
  const img = await loadImage(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength));
  const { width, height } = img;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = rgbaToGray(ctx.getImageData(0, 0, width, height).data, width, height);
  const fileDpi = type === 'png' ? readPngDpi(bytes) : readJpegDpi(bytes);
  return withDpi(oriented({ width, height, data, notes: [`image:${type}`] }, tag), fileDpi);
}

function decodeTiff(bytes: Uint8Array): PageImage[] {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ifds = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined && ifd['t257'] !== undefined);
  return ifds.map((ifd, index) => {
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    const data = rgbaToGray(rgba, ifd.width, ifd.height);
    const page = { width: ifd.width, height: ifd.height, data, notes: [`image:tiff#${index + 1}`] };
    return withDpi(oriented(page, tiffIfdOrientation(ifd['t274'])), tiffDpi(ifd));
  });
}

/** The stored pixels as a viewer shows them under the file's orientation tag, with a note when it mattered. */
function oriented(page: Omit<PageImage, 'dpi'>, tag: OrientationTag): Omit<PageImage, 'dpi'> {
  const note = orientationNote(tag);
  if (!note) return page;
  const { width, height, data } = tag.kind === 'tag' ? orientImage({ ...page, dpi: 0 }, tag.orientation) : page;
  return { width, height, data, notes: [...page.notes, note] };
}

function tiffDpi(ifd: UTIF.IFD): number | null {
  // utif2 gives rationals as [[numerator, denominator]].
  const res = ifd['t282'] as unknown;
  const first: unknown = Array.isArray(res) ? res[0] : res;
  const value = Array.isArray(first) ? Number(first[0]) / Number(first[1] || 1) : Number(first);
  if (!Number.isFinite(value) || value <= 1) return null;
  const unit = ifd['t296'];
  const cm = (Array.isArray(unit) ? Number(unit[0]) : unit) === 3;
  return cm ? value * 2.54 : value;
}

function withDpi(page: Omit<PageImage, 'dpi'>, fileDpi: number | null): PageImage {
  // Below ~70 dpi the file's value is a screen default (72/96), not the scan resolution.
  if (fileDpi !== null && fileDpi >= 100 && fileDpi <= 1200) return { ...page, dpi: fileDpi };
  return { ...page, dpi: ASSUMED_DPI, notes: [...page.notes, `dpi-assumed:${ASSUMED_DPI}`] };
}
