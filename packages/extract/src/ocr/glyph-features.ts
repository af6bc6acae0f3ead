/**
 * Pure pixel work for reading digits: connected components, glyph grouping and
 * a fixed-size shape descriptor. Shared by the template generator and the number reader so both
 * sides of a comparison go through exactly the same steps.
 */

import type { Mask } from '../image/index.js';

/** Side of the square ink grid a glyph is reduced to. */
export const GRID = 16;
/** Descriptor length: the ink grid plus aspect ratio. */
export const FEATURE_LENGTH = GRID * GRID + 1;

export type Component = { x0: number; y0: number; x1: number; y1: number; area: number; label: number };

/** 8-connected components of the ink; `labels` maps each pixel to its component's label (0 = paper). */
export function components(mask: Mask): { list: Component[]; labels: Int32Array } {
  const { width, height, ink } = mask;
  const labels = new Int32Array(width * height);
  const list: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || labels[start]) continue;
    const label = list.length + 1;
    const c: Component = { x0: width, y0: height, x1: -1, y1: -1, area: 0, label };
    labels[start] = label;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop()!;
      const x = p % width;
      const y = (p - x) / width;
      c.area++;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (ink[q] && !labels[q]) {
            labels[q] = label;
            stack.push(q);
          }
        }
      }
    }
    list.push(c);
  }
  return { list, labels };
}

/**
 * Shape descriptor of one glyph: the glyph's own pixels (only its components, so a neighbour
 * reaching into the box does not count), fitted into a GRID×GRID square keeping the aspect ratio,
 * area-averaged; plus the aspect ratio itself.
 */
export function glyphFeature(labels: Int32Array, width: number, parts: readonly Component[]): Float32Array {
  return boxFeature(labels, width, parts, {
    x0: Math.min(...parts.map((p) => p.x0)),
    y0: Math.min(...parts.map((p) => p.y0)),
    x1: Math.max(...parts.map((p) => p.x1)),
    y1: Math.max(...parts.map((p) => p.y1)),
  });
}

/**
 * The descriptor of the parts' pixels inside one box (inclusive bounds): a slice of touching glyphs cut apart
 * by columns. The box should be tight around those pixels.
 */
export function boxFeature(
  labels: Int32Array,
  width: number,
  parts: readonly Component[],
  box: { x0: number; y0: number; x1: number; y1: number },
): Float32Array {
  const { x0, y0, x1, y1 } = box;
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const own = new Set(parts.map((p) => p.label));
  const scale = GRID / Math.max(w, h);
  const offX = (GRID - w * scale) / 2;
  const offY = (GRID - h * scale) / 2;
  const sum = new Float32Array(GRID * GRID);
  const count = new Float32Array(GRID * GRID);
  // Map every source pixel into the grid; sub-sample 2×2 so small glyphs still fill their cells.
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const v = own.has(labels[y * width + x]!) ? 1 : 0;
      for (const sy of [0.25, 0.75])
        for (const sx of [0.25, 0.75]) {
          const gx = Math.min(GRID - 1, Math.floor(offX + (x - x0 + sx) * scale));
          const gy = Math.min(GRID - 1, Math.floor(offY + (y - y0 + sy) * scale));
          sum[gy * GRID + gx]! += v;
          count[gy * GRID + gx]! += 1;
        }
    }
  const feature = new Float32Array(FEATURE_LENGTH);
  for (let i = 0; i < GRID * GRID; i++) feature[i] = count[i]! > 0 ? sum[i]! / count[i]! : 0;
  feature[GRID * GRID] = Math.log(w / h);
  return feature;
}

/** Squared Euclidean distance, aspect ratio weighted like a few grid cells. */
export function featureDistance(a: Float32Array, b: Float32Array): number {
  let d = 0;
  for (let i = 0; i < GRID * GRID; i++) d += (a[i]! - b[i]!) ** 2;
  return d + 4 * (a[GRID * GRID]! - b[GRID * GRID]!) ** 2;
}
