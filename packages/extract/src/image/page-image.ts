import { z } from 'zod';

/**
 * One page as 8-bit grayscale pixels, the only form OCR and the number reader take. Gray keeps
 * memory at a quarter of RGBA (a 300 dpi A4 page is 8.7 MB) and is what tesseract binarises anyway.
 */
export type PageImage = {
  width: number;
  height: number;
  /** Pixels per inch of the page this image shows (drives pixel → point conversion and tesseract's dpi). */
  dpi: number;
  /** Row-major, one byte per pixel, 0 = black. */
  data: Uint8Array;
  /** Short machine-readable notes: where the pixels came from, downscaling, assumed dpi. */
  notes: string[];
};

/** Pixel rectangle, origin top-left. */
export const PixelBoxSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().nonnegative(),
  h: z.number().finite().nonnegative(),
});
export type PixelBox = z.infer<typeof PixelBoxSchema>;

/**
 * Binary PGM (P5): a header and the raw bytes. Leptonica (inside tesseract) reads it without any
 * codec, so handing pages over costs a copy instead of a PNG encode (~300 ms per 300 dpi page).
 */
export function toPgm(image: PageImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}

/** Copy of a rectangle (clipped to the image, widened by `pad` pixels on every side). */
export function cropImage(image: PageImage, box: PixelBox, pad = 0): PageImage {
  const x0 = Math.max(0, Math.floor(box.x - pad));
  const y0 = Math.max(0, Math.floor(box.y - pad));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.w + pad));
  const y1 = Math.min(image.height, Math.ceil(box.y + box.h + pad));
  const w = Math.max(0, x1 - x0);
  const h = Math.max(0, y1 - y0);
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const from = (y0 + y) * image.width + x0;
    data.set(image.data.subarray(from, from + w), y * w);
  }
  return { width: w, height: h, dpi: image.dpi, data, notes: [] };
}

/** RGBA (canvas ImageData, UTIF) → gray with Rec. 601 luma; transparent pixels count as white paper. */
export function rgbaToGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const n = width * height;
  const out = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    const a = rgba[j + 3]! / 255;
    const luma = 0.299 * rgba[j]! + 0.587 * rgba[j + 1]! + 0.114 * rgba[j + 2]!;
    out[i] = Math.round(luma * a + 255 * (1 - a));
  }
  return out;
}

/** Tesseract refuses images with a side over 32767 pixels ("Image too large"). */
export const MAX_SIDE = 32767;

/** Scale factor (≤ 1) that brings width × height within `maxPixels` and each side within MAX_SIDE. */
export function pixelBudgetScale(width: number, height: number, maxPixels: number): number {
  const pixels = width * height;
  const byArea = pixels <= maxPixels ? 1 : Math.sqrt(maxPixels / pixels);
  return Math.min(byArea, MAX_SIDE / Math.max(width, height, 1), 1);
}
