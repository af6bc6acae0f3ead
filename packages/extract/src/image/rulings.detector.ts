import { binarize } from './binarize.js';
import type { PageImage } from './page-image.js';

/** A straight table ruling in image pixels: `at` is y for horizontal ones and x for vertical ones. */
export type PixelRuling = { orientation: 'h' | 'v'; at: number; from: number; to: number };

type Run = { line: number; start: number; end: number };

/**
 * Long straight ink runs — table rulings — found on a gray page. Runs at least `minInches` long
 * (0.4 in, far longer than any Thai stroke) are collected per row and per column; runs on nearby
 * rows that touch are one ruling (a scan tilted by 1° spreads a 1-pixel rule over many rows).
 */
export function findRulings(image: PageImage, minInches = 0.4): { rulings: PixelRuling[]; runs: { h: Run[]; v: Run[] } } {
  const { width, height } = image;
  const { ink } = binarize(image.data, width, height);
  const minLen = Math.max(20, Math.round(minInches * image.dpi));
  const h: Run[] = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const on = x < width && ink[y * width + x] === 1;
      if (on && start < 0) start = x;
      else if (!on && start >= 0) {
        if (x - start >= minLen) h.push({ line: y, start, end: x - 1 });
        start = -1;
      }
    }
  }
  // Vertical runs row by row (one open run start per column), so memory is read in order.
  const v: Run[] = [];
  const openAt = new Int32Array(width).fill(-1);
  for (let y = 0; y <= height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const on = y < height && ink[row + x] === 1;
      const start = openAt[x]!;
      if (on && start < 0) openAt[x] = y;
      else if (!on && start >= 0) {
        if (y - start >= minLen) v.push({ line: x, start, end: y - 1 });
        openAt[x] = -1;
      }
    }
  }
  // Grouping expects runs ordered by line (column), then start.
  v.sort((a, b) => a.line - b.line || a.start - b.start);
  const slack = Math.max(2, Math.round(image.dpi / 100));
  return { rulings: [...group(h, 'h', slack), ...group(v, 'v', slack)], runs: { h, v } };
}

/** Runs on lines at most `slack` apart that overlap or nearly touch make one ruling. */
function group(runs: Run[], orientation: 'h' | 'v', slack: number): PixelRuling[] {
  const open: Array<{ runs: Run[]; last: number; start: number; end: number }> = [];
  const done: (typeof open)[number][] = [];
  for (const run of runs) {
    // Runs arrive line by line, so groups whose last line is too far back are finished.
    for (let i = open.length - 1; i >= 0; i--)
      if (run.line - open[i]!.last > slack) done.push(...open.splice(i, 1));
    const target = open.find((g) => run.start <= g.end + slack * 4 && run.end >= g.start - slack * 4);
    if (target) {
      target.runs.push(run);
      target.last = run.line;
      target.start = Math.min(target.start, run.start);
      target.end = Math.max(target.end, run.end);
    } else open.push({ runs: [run], last: run.line, start: run.start, end: run.end });
  }
  done.push(...open);
  return done.map((g) => {
    const weight = g.runs.reduce((s, r) => s + (r.end - r.start + 1), 0);
    const at = g.runs.reduce((s, r) => s + r.line * (r.end - r.start + 1), 0) / weight;
    return { orientation, at, from: g.start, to: g.end };
  });
}

/**
 * Copy of the page with ruling runs (and the pixel either side, their anti-aliased edge) painted
 * white: tesseract reads rulings as "|" and "l" inside tables otherwise.
 */
export function eraseRulings(image: PageImage, runs: { h: Run[]; v: Run[] }): PageImage {
  const data = image.data.slice();
  const { width, height } = image;
  for (const r of runs.h)
    for (let dy = -1; dy <= 1; dy++) {
      const y = r.line + dy;
      if (y >= 0 && y < height) data.fill(255, y * width + r.start, y * width + r.end + 1);
    }
  for (const r of runs.v)
    for (let dx = -1; dx <= 1; dx++) {
      const x = r.line + dx;
      if (x < 0 || x >= width) continue;
      for (let y = r.start; y <= r.end; y++) data[y * width + x] = 255;
    }
  return { ...image, data };
}
