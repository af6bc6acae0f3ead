import type { PixelRuling } from '../image/index.js';
import { buildGrids, type Grid } from '../layout/ruled-grid.builder.js';

/**
 * How far (inches) the rulings of one orientation must run past a grid's outermost rule of the other before their
 * ends count as an undrawn outer border: wider than any overshoot of a scanned rule, narrower than a column.
 */
const MIN_OVERHANG_INCHES = 0.25;
/** Ends of rulings within this distance (inches) of each other are one border. */
const END_TOLERANCE_INCHES = 0.06;

/**
 * Adds the outer borders a ruled table leaves undrawn. A table whose last column is open on the right (or whose
 * bottom row is cut by the page) still shows where it ends: its horizontal rules stop at the same x (its vertical
 * rules at the same y). Without a rule there the grid ends at the last drawn rule and the open column's text falls
 * outside the table. For every grid, when at least two rules of one orientation run on past its outermost rule of
 * the other and end level with each other, a rule is added at their common end, spanning those rules. Pixels in,
 * pixels out; the grids are formed as the page builder will form them (in points).
 */
export function completeRulings(rulings: readonly PixelRuling[], dpi: number): { rulings: PixelRuling[]; added: PixelRuling[] } {
  const k = 72 / dpi;
  const grids = buildGrids(rulings.map((r) => ({ orientation: r.orientation, at: r.at * k, from: r.from * k, to: r.to * k }))).filter(
    (g) => g.cells.length >= 2,
  );
  const added: PixelRuling[] = [];
  const minOverhang = MIN_OVERHANG_INCHES * dpi;
  const tolerance = END_TOLERANCE_INCHES * dpi;
  for (const g of grids) {
    const px = toPixels(g, k);
    const hs = rulings.filter((r) => r.orientation === 'h' && r.at >= px.y0 - tolerance && r.at <= px.y1 + tolerance && r.to >= px.x0 && r.from <= px.x1);
    const vs = rulings.filter((r) => r.orientation === 'v' && r.at >= px.x0 - tolerance && r.at <= px.x1 + tolerance && r.to >= px.y0 && r.from <= px.y1);
    const right = commonEnd(hs.filter((r) => r.to - px.x1 >= minOverhang), (r) => r.to, tolerance);
    if (right) added.push({ orientation: 'v', at: right.at, from: Math.min(...right.members.map((r) => r.at)), to: Math.max(...right.members.map((r) => r.at)) });
    const left = commonEnd(hs.filter((r) => px.x0 - r.from >= minOverhang), (r) => r.from, tolerance);
    if (left) added.push({ orientation: 'v', at: left.at, from: Math.min(...left.members.map((r) => r.at)), to: Math.max(...left.members.map((r) => r.at)) });
    const bottom = commonEnd(vs.filter((r) => r.to - px.y1 >= minOverhang), (r) => r.to, tolerance);
    if (bottom) added.push({ orientation: 'h', at: bottom.at, from: Math.min(...bottom.members.map((r) => r.at)), to: Math.max(...bottom.members.map((r) => r.at)) });
    const top = commonEnd(vs.filter((r) => px.y0 - r.from >= minOverhang), (r) => r.from, tolerance);
    if (top) added.push({ orientation: 'h', at: top.at, from: Math.min(...top.members.map((r) => r.at)), to: Math.max(...top.members.map((r) => r.at)) });
  }
  return { rulings: [...rulings, ...added], added };
}

function toPixels(g: Grid, k: number): { x0: number; x1: number; y0: number; y1: number } {
  return { x0: g.box.x / k, x1: (g.box.x + g.box.w) / k, y0: g.box.y / k, y1: (g.box.y + g.box.h) / k };
}

/** The largest set (≥ 2) of rulings whose ends lie within `tolerance` of their median, and that median. */
function commonEnd(candidates: PixelRuling[], end: (r: PixelRuling) => number, tolerance: number): { at: number; members: PixelRuling[] } | null {
  if (candidates.length < 2) return null;
  let best: { at: number; members: PixelRuling[] } | null = null;
  for (const c of candidates) {
    const members = candidates.filter((r) => Math.abs(end(r) - end(c)) <= tolerance);
    if (members.length < 2 || (best && members.length <= best.members.length)) continue;
    const ends = members.map(end).sort((a, b) => a - b);
    best = { at: ends[Math.floor(ends.length / 2)]!, members };
  }
  return best;
}
