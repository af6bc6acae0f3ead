import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { decodeImageFile } from './image-file.decoder.js';
import { jpegStructureProblem } from './jpeg-structure.js';

// ocr-title.jpg: the Thai report title crop, baseline JPEG: APP0 (JFIF), DQT, SOF0 (1653×225, 1 component),
// DHT, DHT, SOS. Each damaged copy below was measured to kill the process inside Skia's loadImage (SIGSEGV,
// @napi-rs/canvas 0.1.100) before jpegStructureProblem refused it; the ones said to pass decode without harm.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url)));
const title = fixture('ocr-title.jpg');

/** Offset of the first segment with this marker (its 0xFF). */
const segment = (bytes: Uint8Array, marker: number) => bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === marker);
const patched = (bytes: Uint8Array, at: number, values: number[]) => {
  const copy = new Uint8Array(bytes);
  copy.set(values, at);
  return copy;
};
/** A segment inserted after SOI: marker, declared length, body. */
const inserted = (bytes: Uint8Array, marker: number, length: number, body: number[]) =>
  new Uint8Array([0xff, 0xd8, 0xff, marker, length >> 8, length & 0xff, ...body, ...bytes.subarray(2)]);
const exifBody = [...new TextEncoder().encode('Exif'), 0, 0, 0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 1, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0];

describe('jpegStructureProblem', () => {
  it.each(['ocr-title.jpg', 'exif-title-o3.jpg', 'exif-title-o5.jpg', 'exif-title-o6.jpg', 'exif-title-o8.jpg', 'exif-title-broken.jpg'])(
    'passes a sound file: %s',
    (name) => {
      expect(jpegStructureProblem(fixture(name))).toBeNull();
    },
  );

  const sof = segment(title, 0xc0);
  const sos = segment(title, 0xda);
  it.each([
    ['an APP1 Exif whose length runs past the end of the file', inserted(title, 0xe1, 0xfff0, exifBody), 'segment 0xE1 runs past the end of the file'],
    ['a COM whose length runs past the end', inserted(title, 0xfe, 0xfff0, [0x68, 0x69]), 'segment 0xFE runs past the end of the file'],
    ['an APP1 whose length runs 100 bytes on, over the frame header', inserted(title, 0xe1, exifBody.length + 102, exifBody), 'a scan (SOS) before any frame header (SOF)'],
    ['a frame of height 0', patched(title, sof + 5, [0, 0]), 'frame of 1653×0 pixels'],
    ['a frame of width 0', patched(title, sof + 7, [0, 0]), 'frame of 0×225 pixels'],
    ['a frame of five components', patched(title, sof + 9, [5]), 'frame with 5 components'],
    ['a sample precision of 72', patched(title, sof + 4, [72]), 'sample precision 72'],
    ['a scan naming component 9', patched(title, sos + 5, [9]), 'scan names component 9 the frame lacks'],
    [
      'a scan naming component 1 twice',
      new Uint8Array([...title.subarray(0, sos), 0xff, 0xda, 0, 10, 2, 1, 0, 1, 0, 0, 0x3f, 0, ...title.subarray(sos + 10)]),
      'scan names component 1 twice',
    ],
    ['no frame header', new Uint8Array([...title.subarray(0, sof), ...title.subarray(sof + 13)]), 'a scan (SOS) before any frame header (SOF)'],
  ])('refuses %s', (_what, bytes, reason) => {
    expect(jpegStructureProblem(bytes)).toBe(reason);
  });

  it.each([
    ['an APP0 length of 1 (libjpeg skips nothing and looks for the next marker)', patched(title, 4, [0, 1])],
    ['a COM length one byte short', inserted(title, 0xfe, 3, [0x68, 0x69])],
    ['an empty APP1', inserted(title, 0xe1, 2, [])],
    ['stray bytes between two segments', new Uint8Array([...title.subarray(0, sof), 0x12, 0x34, ...title.subarray(sof)])],
    ['a false frame marker inside the entropy-coded data', patched(title, sos + 20_000, [0xff, 0xc0])],
  ])('lets through what libjpeg only warns about: %s', (_what, bytes) => {
    expect(jpegStructureProblem(bytes)).toBeNull();
  });
});

describe('decodeImageFile on a damaged JPEG header', () => {
  it('refuses an APP1 Exif running past the end with INVALID_INPUT (Skia would end the process)', async () => {
    await expect(decodeImageFile(inserted(title, 0xe1, 0xfff0, exifBody))).rejects.toMatchObject({
      name: 'LaoError',
      code: 'INVALID_INPUT',
      message: 'damaged jpeg header: segment 0xE1 runs past the end of the file',
    });
  });

  it('still decodes what libjpeg tolerates (a COM length one byte short)', async () => {
    const [image] = await decodeImageFile(inserted(title, 0xfe, 3, [0x68, 0x69]));
    expect([image!.width, image!.height]).toEqual([1653, 225]);
  });
});
