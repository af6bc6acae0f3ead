import { describe, it, expect } from '@jest/globals';
import { buildGrids, type Rule } from './ruled-grid.builder.js';

const h = (at: number, from: number, to: number): Rule => ({ orientation: 'h', at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ orientation: 'v', at, from, to });

/** Rules of a full grid, each cell border drawn as its own piece (as Chromium does). */
function grid(xs: number[], ys: number[]): Rule[] {
  const out: Rule[] = [];
  for (let r = 0; r < ys.length; r++) for (let c = 0; c + 1 < xs.length; c++) out.push(h(ys[r]!, xs[c]!, xs[c + 1]!));
  for (let r = 0; r + 1 < ys.length; r++) for (const x of xs) out.push(v(x, ys[r]!, ys[r + 1]!));
  return out;
}

describe('buildGrids', () => {
  it('finds two tables on one page as two grids, with their rows and cells', () => {
    const grids = buildGrids([...grid([63, 132, 267, 326], [170, 205, 238, 272, 306]), ...grid([63, 112, 224, 286, 533], [313, 375, 463, 523])]);
    expect(grids).toHaveLength(2);
    expect(grids[0]!.rowEdges).toHaveLength(5);
    expect(grids[0]!.cells).toHaveLength(12);
    expect(grids[1]!.colEdges).toEqual([63, 112, 224, 286, 533]);
    expect(grids[1]!.cells).toHaveLength(12);
  });

  it('merges cells across boundaries with no rule drawn (row and column spans)', () => {
    // Column 0 spans both body rows (no rule at y=40 over x 0..50); the header spans both columns on the right.
    const rules = [
      h(0, 0, 150), h(20, 0, 150), h(40, 50, 150), h(60, 0, 150),
      v(0, 0, 60), v(50, 0, 60), v(100, 20, 60), v(150, 0, 60),
    ];
    const [g] = buildGrids(rules);
    const spans = g!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(spans).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 2],
      [1, 0, 2, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
    ]);
  });

  it('treats a double border as one rule and ignores lone rules (underlines)', () => {
    const rules = [...grid([10, 60, 110], [10, 30, 50]), h(50.8, 10, 110), h(400, 10, 300)];
    const grids = buildGrids(rules);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.rowEdges).toHaveLength(3);
  });
});
