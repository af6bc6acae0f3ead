import type { Box } from '@lao/schemas';

/** An axis-aligned rule (see pdf/raw-page.types Ruling; repeated here so layout stays independent of the PDF reader). */
export interface Rule {
  orientation: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

/** A grid cell: its box and the grid rows/columns it covers. */
export interface GridCell {
  box: Box;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** One ruled table: its outline, row and column boundaries, and its cells (spans merged). */
export interface Grid {
  box: Box;
  rowEdges: number[];
  colEdges: number[];
  cells: GridCell[];
}

/** Rules closer than this (points) are one rule: double borders, hairline pairs, rounding. */
const SNAP = 2.5;

/**
 * Groups rules into grids by intersection (union-find: two rules belong to one table when they touch), then
 * derives each grid's rows and columns from its distinct rule positions and merges cells across a boundary where
 * no rule is drawn (row and column spans). Several tables on a page give several grids.
 */
export function buildGrids(rules: readonly Rule[]): Grid[] {
  const merged = mergeCollinear(rules);
  const parent = merged.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < merged.length; i++) {
    for (let j = i + 1; j < merged.length; j++) {
      const a = merged[i]!;
      const b = merged[j]!;
      if (a.orientation === b.orientation) continue;
      if (touches(a, b)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Rule[]>();
  merged.forEach((r, i) => {
    const k = find(i);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  });
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const g = gridOf(group);
    if (g) grids.push(g);
  }
  return grids.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

function touches(a: Rule, b: Rule): boolean {
  const h = a.orientation === 'h' ? a : b;
  const v = a.orientation === 'h' ? b : a;
  return v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
}

function mergeCollinear(rules: readonly Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const o of ['h', 'v'] as const) {
    const list = rules.filter((r) => r.orientation === o).sort((a, b) => a.at - b.at || a.from - b.from);
    const lines: Rule[] = [];
    for (const r of list) {
      const same = lines.find((l) => Math.abs(l.at - r.at) <= SNAP && r.from <= l.to + SNAP && r.to >= l.from - SNAP);
      if (same) {
        same.from = Math.min(same.from, r.from);
        same.to = Math.max(same.to, r.to);
      } else lines.push({ ...r });
    }
    out.push(...lines);
  }
  return out;
}

function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

function covered(rules: Rule[], at: number, from: number, to: number): boolean {
  // A boundary is drawn between two cells when a rule at that position covers the middle of their shared edge.
  const mid = (from + to) / 2;
  return rules.some((r) => Math.abs(r.at - at) <= SNAP && r.from <= mid + SNAP && r.to >= mid - SNAP);
}

function gridOf(rules: Rule[]): Grid | null {
  const hs = rules.filter((r) => r.orientation === 'h');
  const vs = rules.filter((r) => r.orientation === 'v');
  if (hs.length < 2 || vs.length < 2) return null;
  const rowEdges = distinct(hs.map((r) => r.at));
  const colEdges = distinct(vs.map((r) => r.at));
  if (rowEdges.length < 2 || colEdges.length < 2) return null;
  const nRows = rowEdges.length - 1;
  const nCols = colEdges.length - 1;
  // owner[r][c] = index of the cell covering grid slot (r, c).
  const owner: number[][] = Array.from({ length: nRows }, () => new Array<number>(nCols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      if (owner[r]![c] !== -1) continue;
      let colSpan = 1;
      while (c + colSpan < nCols && !covered(vs, colEdges[c + colSpan]!, rowEdges[r]!, rowEdges[r + 1]!)) colSpan++;
      let rowSpan = 1;
      const x0 = colEdges[c]!;
      const x1 = colEdges[c + colSpan]!;
      while (r + rowSpan < nRows && !covered(hs, rowEdges[r + rowSpan]!, x0, x1)) rowSpan++;
      const index = cells.length;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) owner[r + dr]![c + dc] = index;
      const y0 = rowEdges[r]!;
      const y1 = rowEdges[r + rowSpan]!;
      cells.push({ box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, row: r, col: c, rowSpan, colSpan });
    }
  }
  const box = { x: colEdges[0]!, y: rowEdges[0]!, w: colEdges[nCols]! - colEdges[0]!, h: rowEdges[nRows]! - rowEdges[0]! };
  return { box, rowEdges, colEdges, cells };
}
