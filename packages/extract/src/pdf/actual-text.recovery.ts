import type { Box } from '@lao/schemas';

/** A text item with the stack of marked-content sequences (page-order indices) it was drawn inside. */
export interface MarkedItem {
  str: string;
  box: Box;
  marked: number[];
  /** How many marked-content sequences had begun on the page before this item (its place among them). */
  markedBefore: number;
}

export interface ActualTextResult<T extends MarkedItem> {
  items: T[];
  /** Spans whose ActualText replaced the glyph text. */
  replaced: number;
  /** ActualText spans that held no text item (glyphs pdf.js mapped to nothing): their text joined the item before. */
  orphans: number;
}

/**
 * Replaces the text of every item inside a marked-content sequence that carries ActualText by that ActualText:
 * the first item of the span takes the whole text and a box covering the span, the rest become empty. This is
 * how Skia (Chromium) and others encode clusters whose glyphs have no Unicode (shifted Thai marks): pdf.js returns
 * them as U+0000, private-use code points, or nothing at all. `actualText[k]` is the ActualText of sequence k.
 */
export function applyActualText<T extends MarkedItem>(items: T[], actualText: Array<string | null>): ActualTextResult<T> {
  const out = items.map((it) => ({ ...it }));
  const firstItemOfSpan = new Map<number, number>();
  let replaced = 0;
  out.forEach((it, idx) => {
    // The outermost sequence with ActualText wins: nested spans are part of its replacement.
    const span = it.marked.find((k) => actualText[k] != null);
    if (span === undefined) return;
    // pdf.js adds whitespace items for the move into the span; they sit at the previous glyph, not in the span.
    if (it.str.trim() === '') {
      it.str = '';
      return;
    }
    const first = firstItemOfSpan.get(span);
    if (first === undefined) {
      firstItemOfSpan.set(span, idx);
      it.str = actualText[span]!;
      replaced++;
    } else {
      const head = out[first]!;
      head.box = union(head.box, it.box);
      it.str = '';
    }
  });
  // Spans that produced no item at all: attach their text to the item drawn just before them.
  let orphans = 0;
  actualText.forEach((text, k) => {
    if (text == null || text === '' || firstItemOfSpan.has(k)) return;
    const before = lastIndexBefore(out, k);
    if (before < 0) return;
    out[before]!.str += text;
    orphans++;
  });
  return { items: out, replaced, orphans };
}

/** Index of the last item with text drawn before marked sequence k began. */
function lastIndexBefore(items: MarkedItem[], k: number): number {
  let best = -1;
  items.forEach((it, idx) => {
    if (it.markedBefore <= k && it.str !== '') best = idx;
  });
  return best;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}
