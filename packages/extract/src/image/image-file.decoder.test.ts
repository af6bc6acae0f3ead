import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { decodeImageFile, sniffImageType } from './image-file.decoder.js';
import { cropImage, toPgm } from './page-image.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url)));

/** Share of dark pixels: a decoded text crop has ink, a failed decode is blank or black. */
const inkShare = (data: Uint8Array) => data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0) / data.length;

describe('decodeImageFile', () => {
  it.each([
    ['ocr-title.png', 'png', 1, 1653, 225],
    ['ocr-title.jpg', 'jpeg', 1, 1653, 225],
    ['ocr-two-pages.tif', 'tiff', 2, 1653, 160],
  ])('%s → %s, %i page(s) of %i×%i gray pixels at the file’s 200 dpi', async (name, type, pages, width, height) => {
    const bytes = fixture(name);
    expect(sniffImageType(bytes)).toBe(type);
    const images = await decodeImageFile(bytes);
    expect(images).toHaveLength(pages);
    for (const image of images) {
      expect(image.width).toBe(width);
      expect(image.data).toHaveLength(image.width * image.height);
      expect(Math.round(image.dpi)).toBe(200);
      const ink = inkShare(image.data);
      expect(ink).toBeGreaterThan(0.02);
      expect(ink).toBeLessThan(0.3);
    }
    expect(images[0]!.height).toBe(height);
  });

  it('keeps the two TIFF pages apart (different content)', async () => {
    const [a, b] = await decodeImageFile(fixture('ocr-two-pages.tif'));
    expect(Buffer.compare(Buffer.from(a!.data), Buffer.from(b!.data))).not.toBe(0);
    expect(a!.notes).toContain('image:tiff#1');
    expect(b!.notes).toContain('image:tiff#2');
  });

  it('downscales an image over the pixel budget and says so', async () => {
    const [image] = await decodeImageFile(fixture('ocr-title.png'), { maxPixels: 100_000 });
    expect(image!.width * image!.height).toBeLessThanOrEqual(100_000);
    expect(image!.dpi).toBeLessThan(200);
    expect(image!.notes.some((n) => n.startsWith('downscaled:200dpi->'))).toBe(true);
  });

  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n')],
    ['empty bytes', new Uint8Array(0)],
  ])('refuses %s as UNSUPPORTED_TYPE', async (_what, bytes) => {
    await expect(decodeImageFile(bytes)).rejects.toMatchObject({ name: 'LaoError', code: 'UNSUPPORTED_TYPE' });
  });

  it('gives INVALID_INPUT for a truncated PNG', async () => {
    const bytes = fixture('ocr-title.png').subarray(0, 200);
    await expect(decodeImageFile(bytes)).rejects.toMatchObject({ name: 'LaoError', code: 'INVALID_INPUT' });
  });
});

describe('page image helpers', () => {
  const image = { width: 4, height: 3, dpi: 300, data: Uint8Array.from({ length: 12 }, (_, i) => i), notes: [] };

  it('crops with padding clipped to the image', () => {
    const crop = cropImage(image, { x: 1, y: 1, w: 2, h: 1 }, 1);
    expect([crop.width, crop.height]).toEqual([4, 3]);
    expect(Array.from(cropImage(image, { x: 1, y: 1, w: 2, h: 1 }).data)).toEqual([5, 6]);
  });

  it('writes a binary PGM header before the pixels', () => {
    const pgm = toPgm(image);
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n4 3\n255\n');
    expect(pgm).toHaveLength(11 + 12);
  });
});
