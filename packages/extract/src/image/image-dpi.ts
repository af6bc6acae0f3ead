/** Resolution stored in a PNG pHYs chunk (pixels per metre), or null. */
export function readPngDpi(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (type === 'pHYs' && length >= 9) {
      const perMetre = view.getUint32(at + 8);
      return bytes[at + 16] === 1 ? perMetre * 0.0254 : null;
    }
    if (type === 'IDAT' || type === 'IEND') return null;
    at += 12 + length;
  }
  return null;
}

/** Resolution in a JPEG's JFIF APP0 segment, or null (EXIF-only files get the caller's default). */
export function readJpegDpi(bytes: Uint8Array): number | null {
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker === 0xe0 && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === 'JFIF\0') {
      const units = bytes[at + 11];
      const x = (bytes[at + 12]! << 8) | bytes[at + 13]!;
      if (units === 1) return x;
      if (units === 2) return x * 2.54;
      return null;
    }
    if (marker === 0xda) return null;
    at += 2 + length;
  }
  return null;
}
