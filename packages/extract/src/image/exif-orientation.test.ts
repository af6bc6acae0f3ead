import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { orientationNote, readJpegOrientation, readPngOrientation, readTiffOrientation, tiffIfdOrientation, withoutJpegExif } from './exif-orientation.js';
import { decodeImageFile } from './image-file.decoder.js';
import type { PageImage } from './page-image.js';
import { orientImage } from './rotate.js';

// Fixtures: exif-make-fixtures.sh (the title crop ocr-title.png stored turned or mirrored, with the tag saying so).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url)));

/** A TIFF structure (an EXIF block's body) with IFD0 holding the given 12-byte entries. */
function tiff(entries: { tag: number; type: number; count: number; value: number }[], opts: { le?: boolean; ifd?: number; claimed?: number } = {}): Uint8Array {
  const le = opts.le ?? true;
  const ifd = opts.ifd ?? 8;
  const out = new DataView(new ArrayBuffer(8 + 2 + entries.length * 12 + 4));
  out.setUint8(0, le ? 0x49 : 0x4d);
  out.setUint8(1, le ? 0x49 : 0x4d);
  out.setUint16(2, 42, le);
  out.setUint32(4, ifd, le);
  out.setUint16(8, opts.claimed ?? entries.length, le);
  entries.forEach((e, i) => {
    const at = 10 + i * 12;
    out.setUint16(at, e.tag, le);
    out.setUint16(at + 2, e.type, le);
    out.setUint32(at + 4, e.count, le);
    if (e.type === 3) out.setUint16(at + 8, e.value, le);
    else out.setUint32(at + 8, e.value, le);
  });
  return new Uint8Array(out.buffer);
}
const orientation = (value: number, type = 3) => ({ tag: 0x0112, type, count: 1, value });
const xResolution = { tag: 0x011a, type: 5, count: 1, value: 200 };

/** The JPEG with an APP1 "Exif" segment holding `body` inserted after SOI (where phones put it). */
function withApp1(jpeg: Uint8Array, body: Uint8Array, declared?: number): Uint8Array {
  const data = new Uint8Array([...new TextEncoder().encode('Exif'), 0, 0, ...body]);
  const length = declared ?? data.length + 2;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...data, ...jpeg.subarray(2)]);
}

describe('readTiffOrientation', () => {
  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads Orientation from IFD0 (%s), after other tags', (_order, le) => {
    expect(readTiffOrientation(tiff([xResolution, orientation(6)], { le }))).toEqual({ kind: 'tag', orientation: 6 });
  });

  it('takes a LONG as some writers store it', () => {
    expect(readTiffOrientation(tiff([orientation(8, 4)]))).toEqual({ kind: 'tag', orientation: 8 });
  });

  it('says none when IFD0 has no Orientation', () => {
    expect(readTiffOrientation(tiff([xResolution]))).toEqual({ kind: 'none' });
  });

  it.each([
    ['a value outside 1–8', tiff([orientation(9)]), 'value-9'],
    ['a zero value', tiff([orientation(0)]), 'value-0'],
    ['an ASCII entry', tiff([{ tag: 0x0112, type: 2, count: 2, value: 0x36 }]), 'tag-type-2x2'],
    ['IFD0 past the end of the block', tiff([orientation(6)], { ifd: 4000 }), 'ifd-offset'],
    ['more entries claimed than the block holds', tiff([orientation(6)], { claimed: 40 }), 'ifd-entries'],
    ['a bad byte-order mark', new Uint8Array([0x58, 0x58, 42, 0, 8, 0, 0, 0, 0, 0]), 'byte-order'],
    ['a wrong magic number', new Uint8Array([0x49, 0x49, 43, 0, 8, 0, 0, 0, 0, 0]), 'magic'],
    ['a cut-off header', new Uint8Array([0x49, 0x49, 42]), 'short-header'],
  ])('calls %s broken', (_what, bytes, reason) => {
    expect(readTiffOrientation(bytes)).toEqual({ kind: 'broken', reason });
  });
});

describe('reading the tag of each format', () => {
  it.each([
    ['exif-title-o3.jpg', 3],
    ['exif-title-o5.jpg', 5],
    ['exif-title-o6.jpg', 6],
    ['exif-title-o8.jpg', 8],
  ])('%s: APP1 Exif says %i', (name, o) => {
    expect(readJpegOrientation(fixture(name))).toEqual({ kind: 'tag', orientation: o });
  });

  it('a JPEG without EXIF, a PNG without eXIf: none', () => {
    expect(readJpegOrientation(fixture('ocr-title.jpg'))).toEqual({ kind: 'none' });
    expect(readPngOrientation(fixture('ocr-title.png'))).toEqual({ kind: 'none' });
  });

  it('finds the Exif APP1 after an APP1 of another kind (XMP)', () => {
    const base = withApp1(fixture('ocr-title.jpg'), tiff([orientation(3)]));
    const xmp = new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>');
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, xmp.length + 2, ...xmp, ...base.subarray(2)]);
    expect(readJpegOrientation(bytes)).toEqual({ kind: 'tag', orientation: 3 });
  });

  it('an APP1 whose length runs past the file: broken', () => {
    expect(readJpegOrientation(withApp1(fixture('ocr-title.jpg'), tiff([orientation(6)]), 0xfff0))).toEqual({ kind: 'broken', reason: 'app1-length' });
  });

  it('a PNG eXIf chunk, with or without the "Exif\\0\\0" some writers put first', () => {
    expect(readPngOrientation(fixture('exif-title-o6.png'))).toEqual({ kind: 'tag', orientation: 6 });
    const png = fixture('ocr-title.png');
    const body = new Uint8Array([...new TextEncoder().encode('Exif'), 0, 0, ...tiff([orientation(7)], { le: false })]);
    const chunk = new Uint8Array(12 + body.length);
    new DataView(chunk.buffer).setUint32(0, body.length);
    chunk.set(new TextEncoder().encode('eXIf'), 4);
    chunk.set(body, 8); // CRC left zero: not checked (Skia ignores the chunk)
    const withChunk = new Uint8Array([...png.subarray(0, 33), ...chunk, ...png.subarray(33)]);
    expect(readPngOrientation(withChunk)).toEqual({ kind: 'tag', orientation: 7 });
  });

  it('a TIFF page: utif2 gives tag 274 as [value]', () => {
    expect(tiffIfdOrientation([8])).toEqual({ kind: 'tag', orientation: 8 });
    expect(tiffIfdOrientation(undefined)).toEqual({ kind: 'none' });
    expect(tiffIfdOrientation([12])).toEqual({ kind: 'broken', reason: 'value-12' });
  });

  it('withoutJpegExif hides the segment from the decoder and changes nothing else', () => {
    const tagged = fixture('exif-title-o6.jpg');
    const hidden = withoutJpegExif(tagged);
    expect(readJpegOrientation(hidden)).toEqual({ kind: 'none' });
    expect(hidden).toHaveLength(tagged.length);
    expect(hidden.reduce((n, b, i) => n + (b === tagged[i] ? 0 : 1), 0)).toBe(1);
    expect(readJpegOrientation(tagged)).toEqual({ kind: 'tag', orientation: 6 }); // the input is not touched
    const plain = fixture('ocr-title.jpg');
    expect(withoutJpegExif(plain)).toBe(plain);
  });

  it('notes: the value when it turns or mirrors, the reason when ignored, nothing for 1 or no tag', () => {
    expect(orientationNote({ kind: 'tag', orientation: 6 })).toBe('exif-orientation:6');
    expect(orientationNote({ kind: 'broken', reason: 'ifd-offset' })).toBe('exif-orientation:ignored(ifd-offset)');
    expect(orientationNote({ kind: 'tag', orientation: 1 })).toBeNull();
    expect(orientationNote({ kind: 'none' })).toBeNull();
  });
});

/** Mean absolute difference of two gray images of one size (0–255). */
function meanDiff(a: PageImage, b: PageImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}

describe('decodeImageFile shows tagged images as a viewer does', () => {
  const upright = async () => (await decodeImageFile(fixture('ocr-title.png')))[0]!;

  // JPEG fixtures were re-encoded (quality 75): ~1 gray level off the lossless original on average. The same
  // pixels shown under any other orientation differ by 30–45 (text on white), so the bound tells them apart.
  it.each([3, 5, 6, 8])('JPEG with orientation %i: upright 1653×225, the original’s pixels, noted', async (o) => {
    const [image] = await decodeImageFile(fixture(`exif-title-o${o}.jpg`));
    const reference = await upright();
    expect([image!.width, image!.height]).toEqual([1653, 225]);
    expect(meanDiff(image!, reference)).toBeLessThan(2);
    expect(image!.notes).toEqual(['image:jpeg', `exif-orientation:${o}`]);
    expect(Math.round(image!.dpi)).toBe(200);
    // Every other way of showing the stored pixels is far off: only the tag's transform gives the page back.
    const [stored] = await decodeImageFile(withoutJpegExif(fixture(`exif-title-o${o}.jpg`)));
    for (const other of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
      const shown = orientImage(stored!, other);
      if (other !== o && shown.width === reference.width) expect(meanDiff(shown, reference)).toBeGreaterThan(20);
    }
  });

  it('PNG with an eXIf chunk (orientation 6): exactly the upright PNG’s pixels', async () => {
    const [image] = await decodeImageFile(fixture('exif-title-o6.png'));
    const reference = await upright();
    expect(image!.notes).toEqual(['image:png', 'exif-orientation:6']);
    expect(Buffer.compare(Buffer.from(image!.data), Buffer.from(reference.data))).toBe(0);
    expect([image!.width, image!.height, Math.round(image!.dpi)]).toEqual([1653, 225, 200]);
  });

  it('TIFF: each page by its own tag 274 (page 1 is 8 over turned pixels, page 2 upright)', async () => {
    const [turned, plain] = await decodeImageFile(fixture('exif-title-o8.tif'));
    expect(turned!.notes).toEqual(['image:tiff#1', 'exif-orientation:8']);
    expect(plain!.notes).toEqual(['image:tiff#2']);
    expect([turned!.width, turned!.height]).toEqual([1653, 225]);
    expect(Buffer.compare(Buffer.from(turned!.data), Buffer.from(plain!.data))).toBe(0);
  });

  it('JPEG with a broken EXIF block still decodes: pixels as stored, tag ignored with a note', async () => {
    const [image] = await decodeImageFile(fixture('exif-title-broken.jpg'));
    expect(image!.notes).toEqual(['image:jpeg', 'exif-orientation:ignored(ifd-offset)']);
    // Stored sideways (225 wide); neither we nor Skia turned it.
    expect([image!.width, image!.height]).toEqual([225, 1653]);
    const stored = (await decodeImageFile(withoutJpegExif(fixture('exif-title-o6.jpg'))))[0]!;
    expect(meanDiff(image!, stored)).toBe(0);
  });

  it.each([
    ['a value of 9', tiff([orientation(9)]), 'value-9'],
    ['entries past the block', tiff([orientation(6)], { claimed: 300 }), 'ifd-entries'],
    ['a bad byte-order mark', new Uint8Array([0x4a, 0x4a, 42, 0, 8, 0, 0, 0, 0, 0]), 'byte-order'],
  ])('JPEG whose EXIF holds %s decodes upright as stored, noted', async (_what, body, reason) => {
    const [image] = await decodeImageFile(withApp1(fixture('ocr-title.jpg'), body));
    expect(image!.notes).toEqual(['image:jpeg', `exif-orientation:ignored(${reason})`]);
    expect([image!.width, image!.height]).toEqual([1653, 225]);
  });

  it('orientation 1 changes nothing and is not noted', async () => {
    const plain = (await decodeImageFile(fixture('ocr-title.jpg')))[0]!;
    const [image] = await decodeImageFile(withApp1(fixture('ocr-title.jpg'), tiff([orientation(1)])));
    expect(image!.notes).toEqual(['image:jpeg']);
    expect(meanDiff(image!, plain)).toBe(0);
  });
});
