import type { PageText } from '@lao/schemas';
import { countLostChars } from '@lao/thai-text';
import { buildLines } from '../layout/lines.builder.js';
import { assemblePage } from '../layout/page-layout.assembler.js';
import { buildGrids } from '../layout/ruled-grid.builder.js';
import type { RawPage } from '../pdf/raw-page.types.js';

/**
 * A page's text layer as PageText (method `text`): lines split at drawn rules and column gaps, ruled and aligned
 * tables, lost characters counted. Whether the result is good enough is decideTextLayer's call, not this one's.
 */
export function buildTextLayerPage(raw: RawPage): PageText {
  const vertical = raw.rulings.filter((r) => r.orientation === 'v').map((r) => ({ x: r.at, y0: r.from, y1: r.to }));
  const segments = buildLines(raw.items, vertical);
  const grids = buildGrids(raw.rulings);
  const { lines, tables } = assemblePage(
    raw.page,
    segments.map((s) => ({ raw: s.raw, box: s.box, confidence: null })),
    grids,
  );
  const lostChars = lines.reduce((n, l) => n + countLostChars(l.text), 0);
  return {
    page: raw.page,
    width: raw.width,
    height: raw.height,
    method: 'text',
    confidence: null,
    lines,
    tables,
    lostChars,
    notes: [...raw.notes],
  };
}
