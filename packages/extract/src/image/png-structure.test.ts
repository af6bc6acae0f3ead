import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { decodeImageFile } from './image-file.decoder.js';
import { pngStructureProblem } from './png-structure.js';

// ocr-title.png: the Thai report title crop (gray, 8 bit): IHDR, pHYs, IDAT…, IEND. Each damaged copy refused
// below was measured to kill the process inside Skia's loadImage (SIGSEGV, @napi-rs/canvas 0.1.100); the ones
// let through decode without harm.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url)));
const title = fixture('ocr-title.png');
const IHDR = 8; // offset of the IHDR chunk: length, type, 13 data bytes, checksum

/** A copy with bytes set at `at`; with `fixCrc` the IHDR checksum is recomputed (the damage is in the fields). */
function patched(at: number, values: number[], fixCrc = true): Uint8Array {
  const copy = new Uint8Array(title);
  copy.set(values, at);
  if (fixCrc) new DataView(copy.buffer).setUint32(IHDR + 21, crc32(copy.subarray(IHDR + 4, IHDR + 21)) >>> 0);
  return copy;
}
const idat = title.findIndex((b, i) => b === 0x49 && title[i + 1] === 0x44 && title[i + 2] === 0x41 && title[i + 3] === 0x54) - 4;

describe('pngStructureProblem', () => {
  it.each(['ocr-title.png', 'exif-title-o6.png', 'ocr-title-rot90.png'])('passes a sound file: %s', (name) => {
    expect(pngStructureProblem(fixture(name))).toBeNull();
  });

  it.each([
    ['an image of width 0', patched(IHDR + 8, [0, 0, 0, 0]), 'image of 0×225 pixels'],
    ['a damaged IHDR checksum', patched(IHDR + 21, [0, 0, 0, 0], false), 'checksum of chunk IHDR'],
    ['a changed height under the old checksum', patched(IHDR + 12, [0, 0, 0, 229], false), 'checksum of chunk IHDR'],
    ['bit depth 128', patched(IHDR + 16, [128]), 'bit depth 128 with colour type 0'],
    ['a filter method of 4', patched(IHDR + 19, [4]), 'IHDR methods 0/4/0'],
    ['a chunk type that is not four letters', patched(IHDR + 5, [0xf0]), 'chunk type "I\u00f0DR"'],
  ])('refuses %s', (_what, bytes, reason) => {
    expect(pngStructureProblem(bytes)).toBe(reason);
  });

  it('lets damaged image data through (Skia decodes what it can): bytes of IDAT changed, checksum left', () => {
    const copy = new Uint8Array(title);
    copy.set(new Uint8Array(300), idat + 8 + 100);
    expect(pngStructureProblem(copy)).toBeNull();
  });

  it('lets an IDAT length running past the end through (read after the header, survived)', () => {
    const copy = new Uint8Array(title);
    const view = new DataView(copy.buffer);
    view.setUint32(idat, view.getUint32(idat) + 100_000);
    expect(pngStructureProblem(copy)).toBeNull();
  });
});

describe('decodeImageFile on a damaged PNG header', () => {
  it('refuses an IHDR of width 0 with INVALID_INPUT (Skia would end the process)', async () => {
    await expect(decodeImageFile(patched(IHDR + 8, [0, 0, 0, 0]))).rejects.toMatchObject({
      name: 'LaoError',
      code: 'INVALID_INPUT',
      message: 'damaged png header: image of 0×225 pixels',
    });
  });

  it('still decodes a PNG whose image data is damaged', async () => {
    const copy = new Uint8Array(title);
    copy.set(new Uint8Array(300), idat + 8 + 100);
    const [image] = await decodeImageFile(copy);
    expect([image!.width, image!.height]).toEqual([1653, 225]);
  });
});
