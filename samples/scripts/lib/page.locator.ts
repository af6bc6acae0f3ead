import type { SeedLocator } from './golden.schema.js';
import type { PageEntry } from './pages-file.schema.js';
import { matchKey } from './thai-text.normalise.js';

export type Located = { page: number; how: 'anchor' | 'first-of-split' | 'anchor-not-on-page' };

/**
 * The page a seed line landed on. A line can be split over pages (a long table row); the page whose laid-out
 * text holds the anchor wins, and when the anchor itself is split the first page of the line is taken.
 * Null when no page carries the line (a subset sample).
 */
export function locatePage(loc: SeedLocator, pages: readonly PageEntry[]): Located | null {
  const candidates = pages.filter((p) => p.seedLines && p.seedLines[0] <= loc.line && loc.line <= p.seedLines[1]);
  const first = candidates[0];
  if (!first) return null;
  const key = matchKey(loc.anchor);
  const holder = candidates.find((p) => matchKey(p.text).includes(key));
  if (holder) return { page: holder.page, how: 'anchor' };
  return { page: first.page, how: candidates.length > 1 ? 'first-of-split' : 'anchor-not-on-page' };
}
