/**
 * Checks a JPEG's header (the marker segments up to the first scan) the way libjpeg's `jpeg_read_header` reads
 * it, before the bytes go to Skia. Pure: no I/O.
 *
 * Why: @napi-rs/canvas 0.1.100 (Skia + libjpeg-turbo) does not survive a fatal libjpeg error while the header is
 * read: `loadImage` kills the whole process with SIGSEGV instead of rejecting (measured 2026-11-23: an APP1, APP2
 * or COM segment whose length runs past the end of the file or over the frame header, a frame header of height
 * or width 0 or with five components, a scan naming a component the frame lacks, no frame header at all; the
 * same class as Brooooooklyn/canvas#1309 for PNG). Damage after the first scan header is survived (a false SOF,
 * SOS or overrunning COM inside the entropy data, a bad later scan of a progressive file: Skia decodes what it
 * can), and so is what libjpeg only warns about (bytes between segments, an APPn/COM length a few bytes off).
 * So the conditions under which `jpeg_read_header` stops with a fatal error are looked for here, and such a file
 * is refused with a reason (the caller makes it a LaoError INVALID_INPUT).
 */
export function jpegStructureProblem(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'no SOI marker';
  let frame: Set<number> | null = null;
  let at = 2;
  for (;;) {
    const found = nextMarker(bytes, at);
    if (!found) return 'no image data (the file ends before the first scan)';
    const { marker, at: m } = found;
    if (marker === 0xd9) return 'EOI before the first scan';
    if (marker === 0xd8) return 'a second SOI inside the image';
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at = m + 2; // stand-alone markers
      continue;
    }
    const name = `0x${marker.toString(16).toUpperCase()}`;
    if (m + 4 > bytes.length) return `segment ${name} cut off`;
    const length = (bytes[m + 2]! << 8) | bytes[m + 3]!;
    const skipped = (marker >= 0xe0 && marker <= 0xef) || marker === 0xfe || marker === 0xcc || marker === 0xdc;
    // libjpeg skips APPn, COM, DAC and DNL by their length (a length under 2 skips nothing) and reads on from
    // the next marker; every other segment it parses, and a length its content does not fill is fatal.
    const end = m + 2 + Math.max(length, 2);
    if (length < 2 && !skipped) return `segment ${name} has length ${length}`;
    if (end > bytes.length) return `segment ${name} runs past the end of the file`;
    const body = bytes.subarray(m + 4, end);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xcc) {
      if (!DECODABLE_FRAMES.has(marker)) return `frame type ${name} (hierarchical or reserved; libjpeg cannot decode it)`;
      if (frame) return 'a second frame header (SOF)';
      const problem = frameProblem(body, marker === 0xc3 || marker === 0xcb);
      if (typeof problem === 'string') return problem;
      frame = problem;
    } else if (marker === 0xda) {
      if (!frame) return 'a scan (SOS) before any frame header (SOF)';
      return scanProblem(body, frame); // the header ends here; entropy-coded data follows
    } else if (marker === 0xdb) {
      const problem = quantProblem(body);
      if (problem) return problem;
    } else if (marker === 0xc4) {
      const problem = huffmanProblem(body);
      if (problem) return problem;
    } else if (marker === 0xdd) {
      if (length !== 4) return `restart interval (DRI) of length ${length}`;
    } else if (!skipped) {
      return `unknown marker ${name}`;
    }
    at = end;
  }
}

/** libjpeg's next_marker: skip to a 0xFF (warning only), skip fill 0xFF bytes; 0xFF00 is no marker. */
function nextMarker(bytes: Uint8Array, from: number): { marker: number; at: number } | null {
  let i = from;
  for (;;) {
    while (i < bytes.length && bytes[i] !== 0xff) i++;
    let j = i + 1;
    while (j < bytes.length && bytes[j] === 0xff) j++;
    if (j >= bytes.length) return null;
    if (bytes[j] !== 0) return { marker: bytes[j]!, at: j - 1 };
    i = j + 1;
  }
}

/** Baseline, extended, progressive, lossless; the same with arithmetic coding. Not hierarchical (C5–C7, CD–CF), not C8. */
const DECODABLE_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc9, 0xca, 0xcb]);

/** The component ids of a frame header, or what libjpeg would stop at. */
function frameProblem(body: Uint8Array, lossless: boolean): string | Set<number> {
  if (body.length < 6) return 'frame header (SOF) too short';
  const precision = body[0]!;
  if (lossless ? precision < 2 || precision > 16 : precision !== 8 && precision !== 12) return `sample precision ${precision}`;
  const height = (body[1]! << 8) | body[2]!;
  const width = (body[3]! << 8) | body[4]!;
  const n = body[5]!;
  if (height === 0 || width === 0) return `frame of ${width}×${height} pixels`;
  // Skia's JPEG codec takes gray, YCbCr/RGB and CMYK/YCCK; other counts end in a fatal colour-conversion error.
  if (n !== 1 && n !== 3 && n !== 4) return `frame with ${n} components`;
  if (body.length !== 6 + 3 * n) return 'frame header (SOF) length does not match its components';
  const ids = new Set<number>();
  for (let c = 0; c < n; c++) {
    const id = body[6 + 3 * c]!;
    const sampling = body[7 + 3 * c]!;
    const h = sampling >> 4;
    const v = sampling & 15;
    if (h < 1 || h > 4 || v < 1 || v > 4) return `component ${id} sampled ${h}×${v}`;
    ids.add(id);
  }
  return ids;
}

function scanProblem(body: Uint8Array, ids: Set<number>): string | null {
  const n = body[0] ?? 0;
  if (n < 1 || n > 4) return `scan of ${n} components`;
  if (body.length !== 4 + 2 * n) return 'scan header (SOS) length does not match its components';
  const seen = new Set<number>();
  for (let c = 0; c < n; c++) {
    const id = body[1 + 2 * c]!;
    if (!ids.has(id)) return `scan names component ${id} the frame lacks`;
    if (seen.has(id)) return `scan names component ${id} twice`;
    seen.add(id);
  }
  return null;
}

function quantProblem(body: Uint8Array): string | null {
  let i = 0;
  while (i < body.length) {
    const precision = body[i]! >> 4;
    const id = body[i]! & 15;
    if (precision > 1 || id > 3) return `quantisation table ${id} of precision ${precision}`;
    i += 1 + (precision ? 128 : 64);
  }
  return i === body.length ? null : 'quantisation table segment (DQT) length does not match its tables';
}

function huffmanProblem(body: Uint8Array): string | null {
  let i = 0;
  while (i < body.length) {
    const cls = body[i]! >> 4;
    const id = body[i]! & 15;
    if (cls > 1 || id > 3) return `Huffman table ${cls}/${id}`;
    if (i + 17 > body.length) return 'Huffman table segment (DHT) cut short';
    let count = 0;
    for (let k = 1; k <= 16; k++) count += body[i + k]!;
    if (count > 256) return `Huffman table of ${count} codes`;
    i += 17 + count;
  }
  return i === body.length ? null : 'Huffman table segment (DHT) length does not match its tables';
}
