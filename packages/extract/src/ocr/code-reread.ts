import type { PageImage, PixelBox } from '../image/index.js';
import { cropImage } from '../image/index.js';
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
