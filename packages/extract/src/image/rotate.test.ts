import { describe, expect, it } from '@jest/globals';
import type { PageImage } from './page-image.js';
import type { ExifOrientation } from './exif-orientation.js';
import { orientImage, rotateBox, rotateImage, rotateRuling, type QuarterTurn } from './rotate.js';

// 3 × 2 image, every pixel distinct:  0 1 2
//                                      3 4 5
const image: PageImage = { width: 3, height: 2, dpi: 200, data: Uint8Array.from([0, 1, 2, 3, 4, 5]), notes: ['image:png'] };
const at = (img: PageImage, x: number, y: number) => img.data[y * img.width + x];

describe('rotateImage', () => {
  it('turns clockwise by quarter turns, swapping width and height for 90 and 270', () => {
    const r90 = rotateImage(image, 90);
    expect([r90.width, r90.height]).toEqual([2, 3]);
    // Clockwise: the left column (0 over 3) becomes the top row, read right to left (3 0).
    expect(Array.from(r90.data)).toEqual([3, 0, 4, 1, 5, 2]);
    expect(Array.from(rotateImage(image, 180).data)).toEqual([5, 4, 3, 2, 1, 0]);
    const r270 = rotateImage(image, 270);
    expect([r270.width, r270.height]).toEqual([2, 3]);
    expect(Array.from(r270.data)).toEqual([2, 5, 1, 4, 0, 3]);
    expect(r270.dpi).toBe(200);
    expect(r270.notes).toEqual(['image:png']);
  });

  it('gives the image back after four quarter turns, and 90 + 270 cancel', () => {
    let img = image;
    for (let i = 0; i < 4; i++) img = rotateImage(img, 90);
    expect(Array.from(img.data)).toEqual(Array.from(image.data));
    expect(Array.from(rotateImage(rotateImage(image, 90), 270).data)).toEqual(Array.from(image.data));
  });
});

describe('rotateBox and rotateRuling', () => {
  // A 7 × 5 image with one 2 × 1 ink bar at x 4..5, y 1: its box must follow the pixels.
  const big: PageImage = { width: 7, height: 5, dpi: 100, data: new Uint8Array(35).fill(255), notes: [] };
  big.data[1 * 7 + 4] = 0;
  big.data[1 * 7 + 5] = 0;
  const inkBox = (img: PageImage) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++)
        if (at(img, x, y) === 0) {
          xs.push(x);
          ys.push(y);
        }
    return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) + 1 - Math.min(...xs), h: Math.max(...ys) + 1 - Math.min(...ys) };
  };

  it.each([0, 90, 180, 270] as QuarterTurn[])('moves a box with the pixels when turned %d°', (deg) => {
    expect(rotateBox(inkBox(big), big.width, big.height, deg)).toEqual(inkBox(rotateImage(big, deg)));
  });

  it.each([0, 90, 180, 270] as QuarterTurn[])('moves a ruling with the pixels when turned %d°', (deg) => {
    // The bar as a horizontal ruling along its middle (y 1.5, x 4..6) and as a box must land in the same place.
    const turned = rotateRuling({ orientation: 'h', at: 1.5, from: 4, to: 6 }, 7, 5, deg);
    const box = rotateBox(inkBox(big), 7, 5, deg);
    if (turned.orientation === 'h') expect([turned.at, turned.from, turned.to]).toEqual([box.y + box.h / 2, box.x, box.x + box.w]);
    else expect([turned.at, turned.from, turned.to]).toEqual([box.x + box.w / 2, box.y, box.y + box.h]);
    expect(turned.orientation).toBe(deg === 90 || deg === 270 ? 'v' : 'h');
    // A vertical ruling comes back where it was after the opposite turn.
    const v = { orientation: 'v' as const, at: 2, from: 0.5, to: 3 };
    const back = ((360 - deg) % 360) as QuarterTurn;
    const [w, h] = deg === 90 || deg === 270 ? [5, 7] : [7, 5];
    expect(rotateRuling(rotateRuling(v, 7, 5, deg), w, h, back)).toEqual(v);
  });
});

describe('orientImage (EXIF orientation 1–8, as a viewer shows the stored pixels)', () => {
  it.each([
    [1, 3, 2, [0, 1, 2, 3, 4, 5]],
    [2, 3, 2, [2, 1, 0, 5, 4, 3]], // mirrored left–right
    [3, 3, 2, [5, 4, 3, 2, 1, 0]], // turned 180°
    [4, 3, 2, [3, 4, 5, 0, 1, 2]], // mirrored top–bottom
    [5, 2, 3, [0, 3, 1, 4, 2, 5]], // transposed: the first stored row is the left column, top down
    [6, 2, 3, [3, 0, 4, 1, 5, 2]], // turned 90° clockwise
    [7, 2, 3, [5, 2, 4, 1, 3, 0]], // transverse: the first stored row is the right column, bottom up
    [8, 2, 3, [2, 5, 1, 4, 0, 3]], // turned 90° counter-clockwise
  ] as [ExifOrientation, number, number, number[]][])('orientation %i gives a %i×%i image %j', (o, w, h, pixels) => {
    const shown = orientImage(image, o);
    expect([shown.width, shown.height]).toEqual([w, h]);
    expect(Array.from(shown.data)).toEqual(pixels);
    expect(shown.dpi).toBe(200);
    expect(shown.notes).toEqual(['image:png']);
  });

  // The EXIF 2.32 table says where the stored image's first row and first column end up on display. Placed
  // pixel by pixel from those words, a 5 × 3 image must match orientImage for every value.
  const stored: PageImage = { width: 5, height: 3, dpi: 300, data: Uint8Array.from({ length: 15 }, (_, i) => i * 7), notes: [] };
  const { width: w, height: h } = stored;
  // Display position of stored pixel (x, y): [first row is …, first column is …].
  const place: Record<ExifOrientation, (x: number, y: number) => [number, number]> = {
    1: (x, y) => [x, y], // top, left
    2: (x, y) => [w - 1 - x, y], // top, right
    3: (x, y) => [w - 1 - x, h - 1 - y], // bottom, right
    4: (x, y) => [x, h - 1 - y], // bottom, left
    5: (x, y) => [y, x], // left, top
    6: (x, y) => [h - 1 - y, x], // right, top
    7: (x, y) => [h - 1 - y, w - 1 - x], // right, bottom
    8: (x, y) => [y, w - 1 - x], // left, bottom
  };
  it.each([1, 2, 3, 4, 5, 6, 7, 8] as ExifOrientation[])('orientation %i places every pixel where the EXIF table says', (o) => {
    const shown = orientImage(stored, o);
    const sideways = o >= 5;
    expect([shown.width, shown.height]).toEqual(sideways ? [h, w] : [w, h]);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const [dx, dy] = place[o](x, y);
        expect(at(shown, dx, dy)).toBe(at(stored, x, y));
      }
  });
});
