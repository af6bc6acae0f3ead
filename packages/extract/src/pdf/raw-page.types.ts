import type { Box } from '@lao/schemas';

/** One text run as pdf.js returned it, placed on the page (points, top-left origin). */
export interface RawTextItem {
  str: string;
  box: Box;
  /** Baseline y (top-left origin), used to group items of one visual line. */
  baseline: number;
  fontSize: number;
  /** Index of the innermost marked-content sequence holding this item, in page order; null outside any. */
  markedIndex: number | null;
}

/** An axis-aligned drawn line (a thin filled rectangle or a stroked segment), in page points, top-left origin. */
export interface Ruling {
  orientation: 'h' | 'v';
  /** y for horizontal rulings, x for vertical ones. */
  at: number;
  from: number;
  to: number;
}

/** What the text-layer reader returns for one page, before any layout. */
export interface RawPage {
  page: number;
  width: number;
  height: number;
  items: RawTextItem[];
  /** Tag of every marked-content sequence begun on the page, in content order (BMC/BDC). */
  markedTags: string[];
  rulings: Ruling[];
  /** ActualText replacement per marked-content index, when the page's content stream could be read. */
  actualText: Array<string | null> | null;
  /** Share of the page covered by drawn images (0..1+); null when the content streams could not be read. */
  imageCoverage: number | null;
  notes: string[];
}
