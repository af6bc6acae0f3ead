import { IDENTITY, apply, multiply, toMatrix, type Matrix } from './matrix.js';
import type { Ruling } from './raw-page.types.js';

/** pdf.js 5 OPS codes used here (pdfjs-dist/legacy/build/pdf.mjs `OPS`, `DrawOPS`); numbers so this file stays pure. */
const OP = {
  setLineWidth: 2,
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
} as const;
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

const STROKES = new Set<number>([OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
const FILLS = new Set<number>([OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

/** A drawn rule is at most this thick (points) and at least this long. */
export const MAX_THICKNESS = 3;
const MIN_LENGTH = 4;

export type Point = [number, number];

/**
 * Walks a pdf.js operator list and returns the thin axis-aligned shapes (filled hairline rectangles, stroked
 * segments) that draw table rules, in page points with a top-left origin. `toPage` maps PDF user space to that
 * space (the scale-1 viewport transform). Curves are ignored: tables are drawn with straight lines.
 */
export function collectRulings(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, toPage: Matrix): Ruling[] {
  const out: Ruling[] = [];
  let ctm: Matrix = IDENTITY;
  let lineWidth = 1;
  const stack: Array<{ ctm: Matrix; lineWidth: number }> = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OP.save:
        stack.push({ ctm, lineWidth });
        break;
      case OP.restore: {
        const s = stack.pop();
        if (s) ({ ctm, lineWidth } = s);
        break;
      }
      case OP.transform: {
        const m = toMatrix(args);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case OP.paintFormXObjectBegin: {
        stack.push({ ctm, lineWidth });
        const m = toMatrix(args?.[0]);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case OP.paintFormXObjectEnd: {
        const s = stack.pop();
        if (s) ({ ctm, lineWidth } = s);
        break;
      }
      case OP.setLineWidth:
        if (typeof args?.[0] === 'number') lineWidth = args[0];
        break;
      case OP.constructPath: {
        const paint = args?.[0];
        const data = (args?.[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | undefined;
        if (typeof paint !== 'number' || !data) break;
        const m = multiply(toPage, ctm);
        const subpaths = decodePath(data).map((sp) => ({ closed: sp.closed, pts: sp.pts.map(([x, y]) => apply(m, x, y)) }));
        if (FILLS.has(paint)) for (const sp of subpaths) pushThinRect(sp.pts, out);
        if (STROKES.has(paint)) {
          const width = lineWidth * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
          if (width <= MAX_THICKNESS) for (const sp of subpaths) pushSegments(sp.pts, sp.closed, out);
        }
        break;
      }
    }
  }
  return out;
}

function decodePath(data: ArrayLike<number>): Array<{ pts: Point[]; closed: boolean }> {
  const paths: Array<{ pts: Point[]; closed: boolean }> = [];
  let cur: { pts: Point[]; closed: boolean } | null = null;
  let i = 0;
  while (i < data.length) {
    const op = data[i++];
    if (op === DRAW.moveTo) {
      cur = { pts: [[data[i]!, data[i + 1]!]], closed: false };
      paths.push(cur);
      i += 2;
    } else if (op === DRAW.lineTo) {
      cur?.pts.push([data[i]!, data[i + 1]!]);
      i += 2;
    } else if (op === DRAW.curveTo) {
      // A curve breaks the straight run: start a fresh subpath at its end point.
      cur = { pts: [[data[i + 4]!, data[i + 5]!]], closed: false };
      paths.push(cur);
      i += 6;
    } else if (op === DRAW.quadraticCurveTo) {
      cur = { pts: [[data[i + 2]!, data[i + 3]!]], closed: false };
      paths.push(cur);
      i += 4;
    } else if (op === DRAW.closePath) {
      if (cur) cur.closed = true;
    } else break;
  }
  return paths;
}

/** Adds the rectangle as a ruling when it is a thin axis-aligned bar (points already in page space). */
export function pushThinRect(pts: Point[], out: Ruling[]): void {
  if (pts.length < 3 || pts.length > 5) return;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // Every point must sit on the bounding box's corners, or this is not an axis-aligned rectangle.
  const onCorners = pts.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)));
  if (!onCorners) return;
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_THICKNESS && w >= MIN_LENGTH) out.push({ orientation: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (w <= MAX_THICKNESS && h >= MIN_LENGTH) out.push({ orientation: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
}

/** Adds every axis-aligned segment of a stroked path (points already in page space). */
export function pushSegments(pts: Point[], closed: boolean, out: Ruling[]): void {
  const n = pts.length;
  const last = closed ? n : n - 1;
  for (let k = 0; k < last; k++) {
    const [ax, ay] = pts[k]!;
    const [bx, by] = pts[(k + 1) % n]!;
    if (near(ay, by) && Math.abs(bx - ax) >= MIN_LENGTH)
      out.push({ orientation: 'h', at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (near(ax, bx) && Math.abs(by - ay) >= MIN_LENGTH)
      out.push({ orientation: 'v', at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  }
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.5;
}
