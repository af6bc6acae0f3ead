import type { PageImage, PixelBox } from '../image/index.js';
import { binarize, cropImage } from '../image/index.js';
import { components } from './glyph-features.js';
import { readNumber } from './number-reader.js';
import type { OcrLine, OcrWord } from './ocr-result.types.js';

/** Gray level below which a pixel is ink. */
const INK = 150;
/** Template readings at least this confident replace tesseract's letters (its Thai digits read as Latin letters). */
const MIN_CONFIDENCE = 10;

/**
 * Question codes and lone numbers in a cell that tesseract read as Latin letters. ITA question codes are a tool
 * letter and a Thai number ("ข้อ E๑", "I๑๕"); tesseract's Thai model reads the digits as letters ("Eo", "Elo",
 * "Een"), and a cell's lone ๗ as "ow". The number reader cannot see such words (they are not digit-like), so:
 * a word after "ข้อ" (or alone in its cell) that is one capital tool letter followed by 1–3 lowercase letters or
 * brackets gets its tail (the glyphs after the first) read by the digit templates; a cell holding only 1–3 lowercase
 * Latin letters is read whole. A confident reading replaces the letters (tesseract's text stays in `ocrText`).
 */
export function rereadCellCodes(lines: OcrLine[], image: PageImage): OcrLine[] {
  const alone = lines.length === 1 && lines[0]!.words.length === 1;
  return lines.map((line) => {
    let changed = false;
    const thaiLine = /[\u0E01-\u0E59]/u.test(line.text);
    const words = line.words.map((word, i): OcrWord => {
      const prev = i > 0 ? line.words[i - 1]!.text : null;
      const labelled = prev !== null && /^ข[\u0E49]?อ$/u.test(prev.normalize('NFC'));
      if ((labelled || alone) && /^[EIOeio][a-z[\]|(){}]{1,3}$/u.test(word.text)) {
        const tail = readTail(image, word.box);
        if (tail && /^[0-9\u0E50-\u0E59]{1,2}$/u.test(tail)) {
          changed = true;
          return { ...word, text: word.text[0]!.toUpperCase() + tail, ocrText: word.text };
        }
      }
      // IIT codes "i1".."i15": the Latin model reads a small i as "1", "l" or "[" ("13" for i3, "[1" for i1). Only the
      // letter i has a dot over a plain stem, so the first glyph's ink decides.
      const stem = /^[[\]|!lI1]([0-9\u0E50-\u0E59]{1,2})$/u.exec(word.text);
      if ((labelled || alone) && stem && firstGlyphShape(image, word.box) === 'dotted') {
        changed = true;
        return { ...word, text: `i${stem[1]}`, ocrText: word.text };
      }
      // A tool letter read as an Arabic digit before Thai ones ("5๕", "6๕" for E๘): no number mixes the scripts so.
      // The letter is told by its shape (an open E, a plain stem I); a ring (O, e) is left as read.
      if ((labelled || alone) && /^[2-9][\u0E50-\u0E59]{1,2}$/u.test(word.text)) {
        const shape = firstGlyphShape(image, word.box);
        const tail = shape === 'open' || shape === 'stem' ? readTail(image, word.box) : null;
        if (tail && /^[0-9\u0E50-\u0E59]{1,2}$/u.test(tail)) {
          changed = true;
          return { ...word, text: (shape === 'open' ? 'E' : 'I') + tail, ocrText: word.text };
        }
      }
      // Thai digits read as Latin letters inside a Thai line of dates and numbers ("๑ ต.ค. ba" for ๖๘, "๒๕๖๘ - me"
      // for ๓๑): a short lowercase word next to a number, a dash or an abbreviation such as ต.ค. is read by the digit
      // templates and replaced by Thai digits when they match clearly.
      if (!alone && thaiLine && /^[a-z]{1,3}$/u.test(word.text)) {
        const next = i + 1 < line.words.length ? line.words[i + 1]!.text : null;
        const numeric = (w: string | null) => w !== null && (/[0-9\u0E50-\u0E59]/u.test(w) || /^[-–]$/u.test(w) || /^[\u0E01-\u0E4E]+\.([\u0E01-\u0E4E]+\.)*$/u.test(w));
        if (numeric(prev) || numeric(next)) {
          const reading = readNumber(image, word.box);
          if (reading.confidence >= MIN_CONFIDENCE && /^[\u0E50-\u0E59]{1,3}$/u.test(reading.text)) {
            changed = true;
            return { ...word, text: reading.text, ocrText: word.text, number: reading };
          }
        }
      }
      if (alone && /^[a-z]{1,3}$/u.test(word.text)) {
        const reading = readNumber(image, word.box);
        if (reading.confidence >= MIN_CONFIDENCE && /^[0-9\u0E50-\u0E59]{1,3}$/u.test(reading.text)) {
          changed = true;
          return { ...word, text: reading.text, ocrText: word.text, number: reading };
        }
      }
      return word;
    });
    return changed ? { ...line, text: words.map((w) => w.text).join(' '), words } : line;
  });
}

/** Digits after the first glyph of a word box: the first ink run of columns is painted white, the rest read. */
function readTail(image: PageImage, box: PixelBox): string | null {
  const pad = Math.round(0.8 * box.h);
  const crop = cropImage(image, box, pad);
  const left = Math.max(0, Math.floor(box.x - pad));
  const top = Math.max(0, Math.floor(box.y - pad));
  const local = { x: box.x - left, y: box.y - top, w: box.w, h: box.h };
  const y0 = Math.max(0, Math.floor(local.y));
  const y1 = Math.min(crop.height, Math.ceil(local.y + local.h));
  const inkAt = (x: number) => {
    for (let y = y0; y < y1; y++) if (crop.data[y * crop.width + x]! < INK) return true;
    return false;
  };
  // The first glyph may start left of tesseract's box (its boxes cut into the first glyph).
  let x = Math.max(0, Math.floor(local.x - 0.3 * box.h));
  while (x < crop.width && !inkAt(x)) x++;
  const start = x;
  while (x < crop.width && inkAt(x)) x++;
  const end = x;
  if (start >= crop.width || end >= local.x + local.w) return null;
  for (let y = 0; y < crop.height; y++) crop.data.fill(255, y * crop.width, y * crop.width + end);
  const tailBox = { x: end, y: local.y, w: Math.max(1, local.x + local.w - end), h: local.h };
  const reading = readNumber(crop, tailBox);
  return reading.confidence >= 1 ? reading.text : null;
}

/**
 * The shape of a word's first glyph: `dotted` (a dot no bigger than a third of the glyph's height wholly above a
 * narrow upright stem: i), `stem` (one narrow upright stroke: I, l, 1), `ring` (one component enclosing paper: O, e,
 * 0, 6, 8, 9), `open` (one component without a hole, wider than a stem: E, F, 5, 2…), or null (nothing, or more parts).
 */
export function firstGlyphShape(image: PageImage, box: PixelBox): 'dotted' | 'stem' | 'ring' | 'open' | null {
  const pad = Math.round(0.4 * box.h);
  const crop = cropImage(image, box, pad);
  const left = box.x - Math.max(0, Math.floor(box.x - pad));
  const mask = binarize(crop.data, crop.width, crop.height);
  const { list, labels } = components(mask);
  const parts = list.filter((c) => c.area >= 3 && (c.x0 + c.x1) / 2 >= left - 0.2 * box.h).sort((a, b) => a.x0 - b.x0);
  const first = parts[0];
  if (!first) return null;
  // The glyph: the parts overlapping the leftmost one in x.
  const glyph = parts.filter((c) => Math.min(c.x1, first.x1) - Math.max(c.x0, first.x0) >= 0);
  if (glyph.length === 2) {
    const [dot, bar] = glyph[0]!.y0 < glyph[1]!.y0 ? [glyph[0]!, glyph[1]!] : [glyph[1]!, glyph[0]!];
    const height = bar.y1 - dot.y0 + 1;
    const barH = bar.y1 - bar.y0 + 1;
    const dotted =
      dot.y1 < bar.y0 &&
      dot.y1 - dot.y0 + 1 <= height / 3 &&
      dot.x1 - dot.x0 + 1 <= height / 3 &&
      bar.x1 - bar.x0 + 1 <= 0.35 * barH &&
      barH >= 0.4 * height;
    return dotted ? 'dotted' : null;
  }
  if (glyph.length !== 1) return null;
  const w = first.x1 - first.x0 + 1;
  const h = first.y1 - first.y0 + 1;
  if (w <= 0.35 * h) return 'stem';
  // Paper inside the glyph's box that cannot be reached from the box's edge is a hole.
  const seen = new Uint8Array((w + 2) * (h + 2));
  const paper = (x: number, y: number) => {
    const cx = first.x0 - 1 + x;
    const cy = first.y0 - 1 + y;
    if (cx < 0 || cy < 0 || cx >= crop.width || cy >= crop.height) return true;
    return labels[cy * crop.width + cx] !== first.label;
  };
  const stack = [0];
  seen[0] = 1;
  let reached = 0;
  while (stack.length > 0) {
    const p = stack.pop()!;
    reached++;
    const x = p % (w + 2);
    const y = (p - x) / (w + 2);
    for (const [nx, ny] of [
      [x + 1, y],
      [x - 1, y],
      [x, y + 1],
      [x, y - 1],
    ] as const) {
      if (nx < 0 || ny < 0 || nx >= w + 2 || ny >= h + 2) continue;
      const q = ny * (w + 2) + nx;
      if (seen[q] || !paper(nx, ny)) continue;
      seen[q] = 1;
      stack.push(q);
    }
  }
  let allPaper = 0;
  for (let y = 0; y < h + 2; y++) for (let x = 0; x < w + 2; x++) if (paper(x, y)) allPaper++;
  return allPaper - reached >= 2 ? 'ring' : 'open';
}
