/**
 * The orientation tag (EXIF / TIFF tag 274, values 1–8) of an image file, read from the bytes: a JPEG's APP1
 * "Exif" segment, a PNG's eXIf chunk or (through utif2) a TIFF's IFD. Pure: no I/O.
 *
 * Values, as a viewer applies them to the stored pixels (row 0 / column 0 of the stored image is the
 * displayed …): 1 top/left (as stored), 2 top/right (mirrored left–right), 3 bottom/right (turned 180°),
 * 4 bottom/left (mirrored top–bottom), 5 left/top (mirrored along the main diagonal), 6 right/top (turned 90°
 * clockwise), 7 right/bottom (mirrored along the other diagonal), 8 left/bottom (turned 90° counter-clockwise).
 */
export type ExifOrientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** What the file says: no tag, a usable value, or a tag (or EXIF block) that cannot be trusted and why. */
export type OrientationTag = { kind: 'none' } | { kind: 'tag'; orientation: ExifOrientation } | { kind: 'broken'; reason: string };

const ORIENTATION_TAG = 0x0112;
const NONE: OrientationTag = { kind: 'none' };
const broken = (reason: string): OrientationTag => ({ kind: 'broken', reason });

export function isExifOrientation(value: unknown): value is ExifOrientation {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8;
}

/**
 * The Orientation entry of IFD0 of a TIFF structure (the body of an EXIF block: byte-order mark, 42, offset of
 * IFD0). Only IFD0 is read: that is where the tag belongs and where viewers look.
 */
export function readTiffOrientation(tiff: Uint8Array): OrientationTag {
  if (tiff.length < 8) return broken('short-header');
  const order = String.fromCharCode(tiff[0]!, tiff[1]!);
  if (order !== 'II' && order !== 'MM') return broken('byte-order');
  const le = order === 'II';
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (view.getUint16(2, le) !== 42) return broken('magic');
  const ifd = view.getUint32(4, le);
  if (ifd < 8 || ifd + 2 > tiff.length) return broken('ifd-offset');
  const count = view.getUint16(ifd, le);
  if (ifd + 2 + count * 12 > tiff.length) return broken('ifd-entries');
  for (let i = 0; i < count; i++) {
    const at = ifd + 2 + i * 12;
    if (view.getUint16(at, le) !== ORIENTATION_TAG) continue;
    const type = view.getUint16(at + 2, le);
    const n = view.getUint32(at + 4, le);
    // SHORT as the standard says; a LONG (some writers) holds the same small number. Either fits in the entry.
    const value = type === 3 ? view.getUint16(at + 8, le) : type === 4 ? view.getUint32(at + 8, le) : null;
    if (value === null || n !== 1) return broken(`tag-type-${type}x${n}`);
    return isExifOrientation(value) ? { kind: 'tag', orientation: value } : broken(`value-${value}`);
  }
  return NONE;
}

const EXIF_ID = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

type Segment = { marker: number; body: number; end: number };

/**
 * The JPEG's marker segments before the scan data (SOS), in order. Stops quietly at anything that is not a
 * well-formed segment (the decoder will judge the file; a broken header only loses the orientation).
 */
function jpegHeaderSegments(bytes: Uint8Array): { segments: Segment[]; overrun: boolean } {
  const segments: Segment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    let m = at + 1;
    while (bytes[m] === 0xff && m < bytes.length) m++; // fill bytes
    const marker = bytes[m];
    if (marker === undefined || marker === 0xda || marker === 0xd9) break;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at = m + 1; // stand-alone markers carry no length
      continue;
    }
    const length = ((bytes[m + 1] ?? 0) << 8) | (bytes[m + 2] ?? 0);
    const end = m + 1 + length;
    if (length < 2 || end > bytes.length) return { segments, overrun: marker === 0xe1 };
    segments.push({ marker, body: m + 3, end });
    at = end;
  }
  return { segments, overrun: false };
}

function isExifSegment(bytes: Uint8Array, s: Segment): boolean {
  return s.marker === 0xe1 && s.end - s.body >= EXIF_ID.length && EXIF_ID.every((b, i) => bytes[s.body + i] === b);
}

/** The orientation of a JPEG: the first APP1 "Exif" segment, as viewers read it. */
export function readJpegOrientation(bytes: Uint8Array): OrientationTag {
  const { segments, overrun } = jpegHeaderSegments(bytes);
  const exif = segments.find((s) => isExifSegment(bytes, s));
  if (!exif) return overrun ? broken('app1-length') : NONE;
  return readTiffOrientation(bytes.subarray(exif.body + EXIF_ID.length, exif.end));
}

/**
 * A copy of the JPEG whose APP1 "Exif" segments no longer say "Exif", so the decoder (Skia, inside
 * @napi-rs/canvas) leaves the pixels as stored: it applies a JPEG's orientation tag on its own, a PNG's or a
 * TIFF's never, and its reading of a damaged block is not ours. The orientation is then applied once, here,
 * from `readJpegOrientation`, the same way for every format. The same bytes when there is no such segment.
 */
export function withoutJpegExif(bytes: Uint8Array): Uint8Array {
  const exif = jpegHeaderSegments(bytes).segments.filter((s) => isExifSegment(bytes, s));
  if (exif.length === 0) return bytes;
  const copy = new Uint8Array(bytes);
  for (const s of exif) copy[s.body] = 0x58; // "Xxif": an APP1 nobody reads
  return copy;
}

/** The orientation of a PNG: its eXIf chunk (a TIFF structure; a leading "Exif\0\0" some writers add is skipped). */
export function readPngOrientation(bytes: Uint8Array): OrientationTag {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (type === 'IEND') return NONE;
    if (type === 'eXIf') {
      if (at + 8 + length > bytes.length) return broken('chunk-length');
      let body = bytes.subarray(at + 8, at + 8 + length);
      if (EXIF_ID.every((b, i) => body[i] === b)) body = body.subarray(EXIF_ID.length);
      return readTiffOrientation(body);
    }
    at += 12 + length;
  }
  return NONE;
}

/** The orientation of one TIFF page from its IFD's tag 274 as utif2 gives it (`[value]`), or none. */
export function tiffIfdOrientation(value: unknown): OrientationTag {
  if (value === undefined) return NONE;
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return isExifOrientation(first) ? { kind: 'tag', orientation: first } : broken(`value-${String(first)}`);
}

/** The page note for a tag: `exif-orientation:6` (applied) or `exif-orientation:ignored(<why>)`; none for 1 or no tag. */
export function orientationNote(tag: OrientationTag): string | null {
  if (tag.kind === 'broken') return `exif-orientation:ignored(${tag.reason})`;
  if (tag.kind === 'tag' && tag.orientation !== 1) return `exif-orientation:${tag.orientation}`;
  return null;
}
