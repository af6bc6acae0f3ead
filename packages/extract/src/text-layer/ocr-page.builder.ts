import type { PageText } from '@lao/schemas';
import { countLostChars } from '@lao/thai-text';
import type { OcrLine, OcrPage } from '../ocr/index.js';
import { unionBoxes } from '../layout/box.js';
import { assemblePage, type PendingLine } from '../layout/page-layout.assembler.js';
import type { Grid } from '../layout/ruled-grid.builder.js';

/** A word gap wider than this many line heights splits an OCR line into column pieces (aligned tables need them). */
const SPLIT_GAP_LINE_HEIGHTS = 1.2;

/**
 * OCR output as PageText (method `ocr`): boxes scaled from pixels to points (72/dpi), lines split at wide word
 * gaps, laid out with the same assembler as the text layer. `grids` are ruled tables found in the page's vector
 * drawing (a born-digital page with a broken text layer still has its rules), empty for scans.
 */
export function buildOcrPage(pageNo: number, ocr: OcrPage, size: { width: number; height: number }, grids: readonly Grid[] = []): PageText {
  const k = 72 / ocr.dpi;
  const pending = ocr.lines.flatMap((l) => splitAtGaps(l)).map((p) => ({
    ...p,
    box: { x: p.box.x * k, y: p.box.y * k, w: p.box.w * k, h: p.box.h * k },
  }));
  const { lines, tables } = assemblePage(pageNo, pending, grids);
  return {
    page: pageNo,
    width: size.width,
    height: size.height,
    method: 'ocr',
    confidence: clamp(ocr.confidence),
    lines,
    tables,
    lostChars: lines.reduce((n, l) => n + countLostChars(l.text), 0),
    notes: [...ocr.notes, `ocr:${Math.round(ocr.ms)}ms`],
  };
}

function splitAtGaps(line: OcrLine): PendingLine[] {
  if (line.words.length < 2) return [{ raw: line.text, box: line.box, confidence: clamp(line.confidence) }];
  const words = [...line.words].sort((a, b) => a.box.x - b.box.x);
  const height = Math.max(1, line.box.h);
  const groups: (typeof words)[] = [[words[0]!]];
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1]!;
    const gap = words[i]!.box.x - (prev.box.x + prev.box.w);
    if (gap > SPLIT_GAP_LINE_HEIGHTS * height) groups.push([words[i]!]);
    else groups[groups.length - 1]!.push(words[i]!);
  }
  if (groups.length === 1) return [{ raw: line.text, box: line.box, confidence: clamp(line.confidence) }];
  return groups.map((g) => ({
    raw: g.map((w) => w.text).join(' '),
    box: unionBoxes(g.map((w) => w.box)),
    confidence: clamp(g.reduce((n, w) => n + w.confidence, 0) / g.length),
  }));
}

function clamp(c: number): number {
  return Math.min(100, Math.max(0, Math.round(c * 100) / 100));
}
