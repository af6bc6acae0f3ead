import type { PixelBox } from '../image/index.js';
import type { OcrLine, OcrWord } from './ocr-result.types.js';

/** The parts of tesseract.js's `blocks` output this mapper reads (kept structural so tests can build them). */
export type TesseractBbox = { x0: number; y0: number; x1: number; y1: number };
export type TesseractWordLike = { text: string; confidence: number; bbox: TesseractBbox };
export type TesseractLineLike = { text: string; confidence: number; bbox: TesseractBbox; words: TesseractWordLike[] };
export type TesseractBlockLike = { paragraphs: Array<{ lines: TesseractLineLike[] }> };

const toBox = (b: TesseractBbox): PixelBox => ({ x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 });

function union(a: TesseractBbox, b: TesseractBbox): TesseractBbox {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/**
 * Groups tesseract's glyph-cluster "words" into reader's words: a new word starts wherever the
 * line text tesseract produced has whitespace between two clusters. Reading the spacing from the
 * line text keeps tesseract's own (preserve_interword_spaces) decisions instead of guessing from gaps.
 */
export function groupWords(line: TesseractLineLike): OcrWord[] {
  const words: OcrWord[] = [];
  let current: { text: string; bbox: TesseractBbox; confs: number[] } | null = null;
  let pos = 0;
  const flush = () => {
    if (!current) return;
    const sum = current.confs.reduce((s, c) => s + c, 0);
    words.push({
      text: current.text,
      confidence: sum / current.confs.length,
      minConfidence: Math.min(...current.confs),
      box: toBox(current.bbox),
    });
    current = null;
  };
  for (const w of line.words) {
    const at = line.text.indexOf(w.text, pos);
    // A cluster not found where expected (should not happen) starts a new word rather than guessing.
    const spaced = at < 0 || /\s/.test(line.text.slice(pos, at));
    if (at >= 0) pos = at + w.text.length;
    if (spaced || !current) {
      flush();
      current = { text: w.text, bbox: { ...w.bbox }, confs: [w.confidence] };
    } else {
      current.text += w.text;
      current.bbox = union(current.bbox, w.bbox);
      current.confs.push(w.confidence);
    }
  }
  flush();
  return words;
}

/** tesseract.js blocks → lines in reading order, dropping empty lines. */
export function blocksToLines(blocks: readonly TesseractBlockLike[] | null): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) {
        const text = line.text.replace(/\s+$/u, '');
        if (text.trim() === '') continue;
        lines.push({ text, confidence: line.confidence, box: toBox(line.bbox), words: groupWords(line) });
      }
  return lines;
}
