import type { Evidence, PageText } from '@lao/schemas';

/** Cell texts of a table row as one text, the way @lao/parse quotes rows in its conflicts. */
function rowTexts(page: PageText): string[] {
  return page.tables.flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text).filter(Boolean).join(' | ')));
}

const compact = (s: string): string => s.replace(/\s+/gu, '');

/**
 * The first table row, else line, on `page` (every page when null) that contains every needle
 * (compared without spaces, since wraps put spaces inside Thai words). Evidence is then the
 * page's own text, never one we compose.
 */
export function findText(pages: readonly PageText[], page: number | null, needles: readonly string[]): Evidence | null {
  const keys = needles.map(compact).filter(Boolean);
  if (keys.length === 0) return null;
  for (const p of pages) {
    if (page !== null && p.page !== page) continue;
    for (const text of [...rowTexts(p), ...p.lines.map((l) => l.text)]) {
      const c = compact(text);
      if (keys.every((k) => c.includes(k))) return { page: p.page, text };
    }
  }
  return null;
}
