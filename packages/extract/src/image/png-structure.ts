import { crc32 } from 'node:zlib';

/**
 * Checks a PNG's chunks up to the image data (what libpng's `png_read_info` reads) before the bytes go to Skia.
 * Pure: no I/O (`crc32` is zlib's checksum).
 *
 * Why: as with JPEG (jpeg-structure.ts), @napi-rs/canvas 0.1.100 ends the process with SIGSEGV when libpng stops
 * with an error while reading the header, instead of rejecting (measured 2026-11-23 on the title crop: IHDR of
 * width 0, a damaged IHDR checksum, a chunk type that is not four letters; 100 of 120 random IHDR byte changes
 * crashed). Damage to the image data (IDAT), its length and checksum included, is survived: Skia decodes what
 * it can. So the conditions under which libpng fails before the first IDAT are looked for here, and such a
 * file is refused with a reason.
 */
export function pngStructureProblem(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let colorType = -1;
  let palette = false;
  for (let index = 0; ; index++) {
    if (at + 12 > bytes.length) return 'the file ends before the image data';
    const length = view.getUint32(at);
    const typeBytes = bytes.subarray(at + 4, at + 8);
    const type = String.fromCharCode(...typeBytes);
    if (!typeBytes.every((b) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))) return `chunk type ${JSON.stringify(type)}`;
    // The image data is read after the header, where a damaged length, checksum or stream is survived.
    if (type === 'IDAT') return index === 0 ? 'the first chunk is not IHDR' : colorType === 3 && !palette ? 'a palette image without PLTE' : null;
    if (length > 0x7fffffff || at + 12 + length > bytes.length) return `chunk ${type} runs past the end of the file`;
    const data = bytes.subarray(at + 8, at + 8 + length);
    const critical = (typeBytes[0]! & 0x20) === 0;
    if (critical && (crc32(bytes.subarray(at + 4, at + 8 + length)) >>> 0) !== view.getUint32(at + 8 + length)) return `checksum of chunk ${type}`;
    if (index === 0 && type !== 'IHDR') return 'the first chunk is not IHDR';
    if (type === 'IHDR') {
      if (index !== 0) return 'a second IHDR';
      const problem = headerProblem(data);
      if (problem) return problem;
      colorType = data[9]!;
    } else if (type === 'PLTE') {
      if (length === 0 || length % 3 !== 0 || length > 768) return `palette of ${length} bytes`;
      palette = true;
    } else if (type === 'IEND') {
      return 'IEND before any image data';
    } else if (critical) {
      return `unknown critical chunk ${type}`;
    }
    at += 12 + length;
  }
}

/** Bit depths libpng accepts for each colour type. */
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** libpng's default user limit on either side (png_set_user_limits); larger images are refused. */
const MAX_SIDE = 1_000_000;

function headerProblem(ihdr: Uint8Array): string | null {
  if (ihdr.length !== 13) return `IHDR of ${ihdr.length} bytes`;
  const view = new DataView(ihdr.buffer, ihdr.byteOffset, ihdr.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  if (width === 0 || height === 0 || width > MAX_SIDE || height > MAX_SIDE) return `image of ${width}×${height} pixels`;
  const [depth, colorType, compression, filter, interlace] = [ihdr[8]!, ihdr[9]!, ihdr[10]!, ihdr[11]!, ihdr[12]!];
  if (!DEPTHS[colorType]?.includes(depth)) return `bit depth ${depth} with colour type ${colorType}`;
  if (compression !== 0 || filter !== 0 || interlace > 1) return `IHDR methods ${compression}/${filter}/${interlace}`;
  return null;
}
