import type { PageImage } from '../image/index.js';

/** Gray level below which a pixel is ink (scans are dark-on-white; mid-gray anti-aliasing counts as paper). */
const INK = 150;

export type TickBox = { ticked: boolean; box: { x: number; y: number; w: number; h: number } };

type Component = { x0: number; y0: number; x1: number; y1: number; pixels: number };

/**
 * A tick box (☐ / ☑) that is all a cell holds: tesseract reads nothing or noise there, yet a plan's quarter
 * columns are such boxes. The largest ink component must be a small square outline (0.05–0.35 in, near-square, ink
 * along all four sides) and every other sizeable component must lie inside it; the box is ticked when its inside
 * holds ink. Returns null for anything else (text, digits, a lone mark).
 */
export function findTickBox(image: PageImage): TickBox | null {
  // Remains of a ruling beside the box (a tilted rule enters the cell's inset) are long thin strokes: not counted.
  const thin = Math.max(3, 0.02 * image.dpi);
  const long = 0.15 * image.dpi;
  const ruling = (c: Component) => {
    const w = c.x1 - c.x0 + 1;
    const h = c.y1 - c.y0 + 1;
    return (w <= thin && h >= long && h >= 3 * w) || (h <= thin && w >= long && w >= 3 * h);
  };
  const comps = components(image).filter((c) => c.pixels >= 4 && !ruling(c));
  if (comps.length === 0) return null;
  const outline = comps.reduce((a, b) => (area(b) > area(a) ? b : a));
  const w = outline.x1 - outline.x0 + 1;
  const h = outline.y1 - outline.y0 + 1;
  const min = 0.05 * image.dpi;
  const max = 0.35 * image.dpi;
  if (w < min || h < min || w > max || h > max || w / h < 0.7 || w / h > 1.45) return null;
  const inside = (c: Component) => c.x0 >= outline.x0 - 1 && c.x1 <= outline.x1 + 1 && c.y0 >= outline.y0 - 1 && c.y1 <= outline.y1 + 1;
  const dust = Math.max(6, (w * h) / 60);
  if (comps.some((c) => c !== outline && !inside(c) && c.pixels > dust)) return null;
  if (!sidesInked(image, outline)) return null;
  // Ink inside the outline, away from its sides.
  const mx = Math.max(2, Math.round(w * 0.2));
  const my = Math.max(2, Math.round(h * 0.2));
  let ink = 0;
  let all = 0;
  for (let y = outline.y0 + my; y <= outline.y1 - my; y++)
    for (let x = outline.x0 + mx; x <= outline.x1 - mx; x++) {
      all++;
      if (image.data[y * image.width + x]! < INK) ink++;
    }
  return { ticked: all > 0 && ink / all >= 0.06, box: { x: outline.x0, y: outline.y0, w, h } };
}

function area(c: Component): number {
  return (c.x1 - c.x0 + 1) * (c.y1 - c.y0 + 1);
}

/**
 * Each side of the box has ink (within a band of 10 % of the box) along at least 85 % of its length, corners
 * included: a round glyph (๑, ๐, o) touches its bounding box only near the middle of each side.
 */
function sidesInked(image: PageImage, c: Component): boolean {
  const band = Math.max(2, Math.round(Math.min(c.x1 - c.x0, c.y1 - c.y0) * 0.1));
  const at = (x: number, y: number) => image.data[y * image.width + x]! < INK;
  const along = (n0: number, n1: number, hit: (i: number) => boolean) => {
    let on = 0;
    for (let i = n0; i <= n1; i++) if (hit(i)) on++;
    return on / (n1 - n0 + 1) >= 0.85;
  };
  const rowHit = (y0: number, y1: number) => (x: number) => {
    for (let y = y0; y <= y1; y++) if (at(x, y)) return true;
    return false;
  };
  const colHit = (x0: number, x1: number) => (y: number) => {
    for (let x = x0; x <= x1; x++) if (at(x, y)) return true;
    return false;
  };
  return (
    along(c.x0, c.x1, rowHit(c.y0, c.y0 + band)) &&
    along(c.x0, c.x1, rowHit(c.y1 - band, c.y1)) &&
    along(c.y0, c.y1, colHit(c.x0, c.x0 + band)) &&
    along(c.y0, c.y1, colHit(c.x1 - band, c.x1))
  );
}

/** 8-connected ink components (iterative flood fill). */
function components(image: PageImage): Component[] {
  const { width, height, data } = image;
  const seen = new Uint8Array(width * height);
  const out: Component[] = [];
  const stack: number[] = [];
  for (let i = 0; i < width * height; i++) {
    if (seen[i] || data[i]! >= INK) continue;
    const c: Component = { x0: width, y0: height, x1: -1, y1: -1, pixels: 0 };
    seen[i] = 1;
    stack.push(i);
    while (stack.length > 0) {
      const p = stack.pop()!;
      const x = p % width;
      const y = (p - x) / width;
      c.pixels++;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (!seen[q] && data[q]! < INK) {
            seen[q] = 1;
            stack.push(q);
          }
        }
    }
    out.push(c);
  }
  return out;
}
