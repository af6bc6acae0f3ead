import type { ExifOrientation } from './exif-orientation.js';
import type { PageImage, PixelBox } from './page-image.js';

/** Clockwise quarter turns, in degrees. */
export type QuarterTurn = 0 | 90 | 180 | 270;

/**
 * The image turned clockwise by `degrees` (a pure pixel copy, no resampling: quarter turns map
 * pixels one to one). Width and height swap for 90 and 270.
 */
export function rotateImage(image: PageImage, degrees: QuarterTurn): PageImage {
  if (degrees === 0) return image;
  const { width: w, height: h, data: src } = image;
  const out = new Uint8Array(w * h);
  if (degrees === 180) {
    for (let i = 0, j = w * h - 1; i < src.length; i++, j--) out[j] = src[i]!;
    return { width: w, height: h, dpi: image.dpi, data: out, notes: [...image.notes] };
  }
  // Turned 90° clockwise, source pixel (x, y) lands at (h - 1 - y, x) of an h × w image; 270° at (y, w - 1 - x).
  // Walking the destination row by row reads the source down a column (cache-unfriendly, but a 200 dpi
  // A4 page is ~4 M pixels: tens of milliseconds).
  const nw = h;
  if (degrees === 90) {
    for (let y = 0; y < w; y++) {
      const row = y * nw;
      for (let x = 0; x < nw; x++) out[row + x] = src[(h - 1 - x) * w + y]!;
    }
  } else {
    for (let y = 0; y < w; y++) {
      const row = y * nw;
      const sx = w - 1 - y;
      for (let x = 0; x < nw; x++) out[row + x] = src[x * w + sx]!;
    }
  }
  return { width: h, height: w, dpi: image.dpi, data: out, notes: [...image.notes] };
}

/**
 * A box of an image of size `width` × `height` expressed in that image turned clockwise by `degrees`
 * (boxes are pixel-edge rectangles: x..x+w, y..y+h).
 */
export function rotateBox(box: PixelBox, width: number, height: number, degrees: QuarterTurn): PixelBox {
  switch (degrees) {
    case 0:
      return box;
    case 90:
      return { x: height - (box.y + box.h), y: box.x, w: box.h, h: box.w };
    case 180:
      return { x: width - (box.x + box.w), y: height - (box.y + box.h), w: box.w, h: box.h };
    case 270:
      return { x: box.y, y: width - (box.x + box.w), w: box.h, h: box.w };
  }
}

type Ruling = { orientation: 'h' | 'v'; at: number; from: number; to: number };

/**
 * A table ruling (`at` is y for 'h', x for 'v'; any unit) of a `width` × `height` page expressed on that page
 * turned clockwise by `degrees`: horizontal rules become vertical for 90 and 270.
 */
export function rotateRuling<R extends Ruling>(rule: R, width: number, height: number, degrees: QuarterTurn): R {
  const { orientation: o, at, from, to } = rule;
  switch (degrees) {
    case 0:
      return rule;
    case 90: // (x, y) → (height − y, x)
      return o === 'h' ? { ...rule, orientation: 'v', at: height - at, from, to } : { ...rule, orientation: 'h', at, from: height - to, to: height - from };
    case 180: // (x, y) → (width − x, height − y)
      return o === 'h' ? { ...rule, at: height - at, from: width - to, to: width - from } : { ...rule, at: width - at, from: height - to, to: height - from };
    case 270: // (x, y) → (y, width − x)
      return o === 'h' ? { ...rule, orientation: 'v', at, from: width - to, to: width - from } : { ...rule, orientation: 'h', at: width - at, from, to };
  }
}

/**
 * The stored image `image` shown as a viewer shows it under EXIF orientation `orientation`: 1 as is, 3/6/8
 * turned 180°/90°/270° clockwise (`rotateImage`), 2/4 mirrored left–right/top–bottom, 5/7 mirrored along the
 * main/other diagonal (width and height swap for 5–8). A one-to-one pixel copy; notes and dpi are kept.
 */
export function orientImage(image: PageImage, orientation: ExifOrientation): PageImage {
  switch (orientation) {
    case 1:
      return image;
    case 3:
      return rotateImage(image, 180);
    case 6:
      return rotateImage(image, 90);
    case 8:
      return rotateImage(image, 270);
  }
  const { width: w, height: h, data: src } = image;
  const out = new Uint8Array(w * h);
  const keep = { dpi: image.dpi, notes: [...image.notes] };
  if (orientation === 2) {
    // (x, y) ← (w − 1 − x, y)
    for (let y = 0; y < h; y++) {
      const row = y * w;
      for (let x = 0, s = row + w - 1; x < w; x++, s--) out[row + x] = src[s]!;
    }
    return { width: w, height: h, data: out, ...keep };
  }
  if (orientation === 4) {
    // (x, y) ← (x, h − 1 − y): whole rows swap.
    for (let y = 0; y < h; y++) out.set(src.subarray((h - 1 - y) * w, (h - y) * w), y * w);
    return { width: w, height: h, data: out, ...keep };
  }
  // An h × w image. 5: (x, y) ← (y, x); 7: (x, y) ← (w − 1 − y, h − 1 − x).
  for (let y = 0; y < w; y++) {
    const row = y * h;
    const sx = orientation === 5 ? y : w - 1 - y;
    if (orientation === 5) for (let x = 0; x < h; x++) out[row + x] = src[x * w + sx]!;
    else for (let x = 0; x < h; x++) out[row + x] = src[(h - 1 - x) * w + sx]!;
  }
  return { width: h, height: w, data: out, ...keep };
}
