import type { Box } from '@lao/schemas';
import { unionBoxes } from './box.js';

/** A positioned piece of text (a pdf.js item or an OCR word), points, top-left origin. */
export interface PlacedText {
  str: string;
  box: Box;
  baseline: number;
  fontSize: number;
}

/** A vertical separator: a drawn rule that splits a visual line into cells. */
export interface VerticalRule {
  x: number;
  y0: number;
  y1: number;
}

/** One run of text on one visual line, not crossing a column gap or a drawn rule. */
export interface LineSegment {
  raw: string;
  box: Box;
  baseline: number;
  fontSize: number;
  /** Index of the visual line (row of text on the page, top to bottom) this segment belongs to. */
  row: number;
}

export interface LineBuildOptions {
  /** A horizontal gap wider than this many ems ends a segment (column gap). */
  splitGapEm?: number;
  /** A gap wider than this many ems becomes a space when neither side has one. */
  spaceGapEm?: number;
}

/** Items whose baselines differ by less than this share of the font size sit on one visual line (stacked Thai marks, rise). */
const SAME_LINE_EM = 0.35;

/**
 * Builds visual lines from positioned items: groups by baseline (tolerant of the small offsets of Thai stacked
 * marks and zero-width mark items), orders left to right, splits at drawn vertical rules and wide gaps, and inserts
 * a space only where the gap says so (Thai writes words without spaces; Chromium places each cluster exactly).
 * Returns segments top to bottom, left to right.
 */
export function buildLines(items: readonly PlacedText[], rules: readonly VerticalRule[] = [], opts: LineBuildOptions = {}): LineSegment[] {
  const splitGapEm = opts.splitGapEm ?? 0.9;
  const spaceGapEm = opts.spaceGapEm ?? 0.18;
  // Whitespace-only items (pdf.js emits them for wide gaps) carry no text and would bridge column gaps and rules.
  const sorted = items.filter((it) => it.str.trim().length > 0).sort((a, b) => a.baseline - b.baseline || a.box.x - b.box.x);
  const rows: PlacedText[][] = [];
  let current: PlacedText[] = [];
  let rowBaseline = Number.NaN;
  let rowSize = 0;
  for (const it of sorted) {
    const tol = SAME_LINE_EM * Math.max(Math.min(rowSize || it.fontSize, it.fontSize), 1);
    if (current.length > 0 && Math.abs(it.baseline - rowBaseline) <= tol) {
      current.push(it);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [it];
    rowBaseline = it.baseline;
    rowSize = it.fontSize;
  }
  if (current.length > 0) rows.push(current);

  const out: LineSegment[] = [];
  rows.forEach((row, rowIndex) => {
    row.sort((a, b) => a.box.x - b.box.x);
    let seg: PlacedText[] = [];
    let text = '';
    const flush = () => {
      if (seg.length === 0) return;
      const sizes = seg.map((s) => s.fontSize).sort((a, b) => a - b);
      out.push({
        raw: text,
        box: unionBoxes(seg.map((s) => s.box)),
        baseline: seg[0]!.baseline,
        fontSize: sizes[Math.floor(sizes.length / 2)]!,
        row: rowIndex,
      });
      seg = [];
      text = '';
    };
    for (const it of row) {
      const prev = seg[seg.length - 1];
      if (prev) {
        // Some producers draw text twice, slightly offset, to fake bold.
        if (it.str === prev.str && Math.abs(it.box.x - prev.box.x) < 0.5) continue;
        const em = Math.max(Math.min(prev.fontSize, it.fontSize), 1);
        const prevRight = prev.box.x + prev.box.w;
        const gap = it.box.x - prevRight;
        const midY = prev.box.y + prev.box.h / 2;
        const ruled = rules.some((r) => r.x >= prevRight - 1 && r.x <= it.box.x + 1 && r.y0 <= midY && r.y1 >= midY);
        if (ruled || gap > splitGapEm * em) flush();
        else if (gap > spaceGapEm * em && !/\s$/u.test(text) && !/^\s/u.test(it.str)) text += ' ';
      }
      seg.push(it);
      text += it.str;
    }
    flush();
  });
  return out.filter((s) => s.raw.trim().length > 0);
}
