import type { PageText } from '@lao/schemas';
import { countLostChars } from '@lao/thai-text';
import type { OcrLine, OcrPage } from '../ocr/index.js';
import { unionBoxes } from '../layout/box.js';
import { assemblePage, type PendingLine } from '../layout/page-layout.assembler.js';
import { buildGrids, type Rule } from '../layout/ruled-grid.builder.js';

/** A word gap wider than this many line heights splits an OCR line into column pieces (aligned tables need them). */
const SPLIT_GAP_LINE_HEIGHTS = 1.2;

/**
 * OCR output as PageText (method `ocr`): boxes scaled from pixels to points (72/dpi), lines split at table rules
 * and wide word gaps, laid out with the same assembler as the text layer. Rules come from the page's vector drawing
 * when given (a born-digital page with a broken text layer still has them), else from the ones the OCR side found
 * on the image.
 */
export function buildOcrPage(pageNo: number, ocr: OcrPage, size: { width: number; height: number }, vectorRules?: readonly Rule[]): PageText {
  const k = 72 / ocr.dpi;
  const rules: Rule[] = vectorRules?.length
    ? [...vectorRules]
    : (ocr.rulings ?? []).map((r) => ({ orientation: r.orientation, at: r.at * k, from: r.from * k, to: r.to * k }));
  const vertical = rules.filter((r) => r.orientation === 'v');
  const pending = ocr.lines.flatMap((l) => splitLine(scaleLine(l, k), vertical));
  const { lines, tables } = assemblePage(pageNo, pending, buildGrids(rules));
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

function scaleLine(line: OcrLine, k: number): OcrLine {
  const s = (b: OcrLine['box']) => ({ x: b.x * k, y: b.y * k, w: b.w * k, h: b.h * k });
  return { ...line, box: s(line.box), words: line.words.map((w) => ({ ...w, box: s(w.box) })) };
}

/** Splits a line (points) where a vertical rule runs between two words or the gap is a column gap. */
function splitLine(line: OcrLine, vertical: readonly Rule[]): PendingLine[] {
  const whole = [{ raw: line.text, box: line.box, confidence: clamp(line.confidence) }];
  if (line.words.length < 2) return whole;
  const words = [...line.words].sort((a, b) => a.box.x - b.box.x);
  const height = Math.max(1, line.box.h);
  const midY = line.box.y + line.box.h / 2;
  const groups: (typeof words)[] = [[words[0]!]];
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1]!;
    const right = prev.box.x + prev.box.w;
    const gap = words[i]!.box.x - right;
    const ruled = vertical.some((r) => r.at >= right - 1 && r.at <= words[i]!.box.x + 1 && r.from <= midY && r.to >= midY);
    if (ruled || gap > SPLIT_GAP_LINE_HEIGHTS * height) groups.push([words[i]!]);
    else groups[groups.length - 1]!.push(words[i]!);
  }
  if (groups.length === 1) return whole;
  return groups.map((g) => ({
    raw: g.map((w) => w.text).join(' '),
    box: unionBoxes(g.map((w) => w.box)),
    confidence: clamp(g.reduce((n, w) => n + w.confidence, 0) / g.length),
  }));
}

function clamp(c: number): number {
  return Math.min(100, Math.max(0, Math.round(c * 100) / 100));
}
