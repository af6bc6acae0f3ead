import type { PageImage, PixelBox } from '../image/index.js';
import { components, type Component } from './glyph-features.js';

/** Gray level below which a pixel is ink (as in cell-reread). */
const INK = 150;
/** A component no taller than this share of the median text band is a mark (vowel above or below, tone mark, dot). */
const MARK_HEIGHT = 0.45;
/** Pixels around a band's own ink kept in its crop (the soft edge of the strokes). */
const HALO = 2;

/** Which text band owns each ink component of a cell crop, and the marks each band may have lost to the one above. */
export type BandLayout = {
  labels: Int32Array;
  /** Band index per component label (index 0 unused): the band holding the component's middle row. */
  owner: Int32Array;
  /**
   * Per band: labels of marks of the band above lying below that band's baseline and not hanging straight from one
   * of its letters: its lower vowels, or this band's upper vowels and tone marks that share pixel rows with it.
   */
  borrow: number[][];
  /** Per band: the rows of its components and of the marks it may borrow. */
  rows: Array<{ y0: number; y1: number }>;
};

/**
 * Text bands found by blank pixel rows own whatever ink lies in their rows. In a multi-line cell the tone marks
 * and vowels stacked over a line (เรื่อง, เกี่ยว, เพื่อ) often share pixel rows with the line above's lower vowels and
 * tails, so the line above takes them and the line they belong to is read without them ("เรือง"). Which line such a
 * mark belongs to cannot be told from its place alone (it sits as close to one as to the other), so the marks are
 * only listed here: the cell reader reads the line again with them and lets the dictionary choose (cell-reread).
 */
export function assignMarks(crop: PageImage, bands: readonly PixelBox[]): BandLayout {
  const { width, height } = crop;
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = crop.data[i]! < INK ? 1 : 0;
  const { list, labels } = components({ width, height, ink });
  const owner = new Int32Array(list.length + 1).fill(-1);
  const rows = bands.map((b) => ({ y0: b.y, y1: b.y + b.h - 1 }));
  const bandOf = (c: Component) => {
    const cy = (c.y0 + c.y1) / 2;
    let best = 0;
    let dist = Infinity;
    rows.forEach((r, i) => {
      const d = cy < r.y0 ? r.y0 - cy : cy > r.y1 ? cy - r.y1 : 0;
      if (d < dist) {
        dist = d;
        best = i;
      }
    });
    return best;
  };
  for (const c of list) owner[c.label] = bandOf(c);
  const borrow: number[][] = bands.map(() => []);
  if (bands.length >= 2) {
    const heights = bands.map((b) => b.h).sort((a, b) => a - b);
    const typical = heights[Math.floor(heights.length / 2)]!;
    const isMark = (c: Component) => c.y1 - c.y0 + 1 <= MARK_HEIGHT * typical;
    for (let i = 1; i < bands.length; i++) {
      const above = list.filter((c) => owner[c.label] === i - 1 && c.area >= 3);
      const bodies = above.filter((c) => !isMark(c));
      if (bodies.length === 0) continue;
      // The baseline: where most letters of the band above end (tails of ฤ ญ ฐ reach lower).
      const baseline = bodies.map((c) => c.y1).sort((a, b) => a - b)[Math.floor(bodies.length / 2)]!;
      for (const m of above) {
        if (!isMark(m) || m.y0 <= baseline) continue;
        // A lower vowel hangs straight under its letter, at most one blank pixel row away: it stays where it is.
        const hangs = bodies.some(
          (c) =>
            c.y1 < m.y0 &&
            m.y0 - c.y1 <= 2 &&
            Math.min(c.x1, m.x1) - Math.max(c.x0, m.x0) + 1 >= Math.max(1, 0.3 * Math.min(c.x1 - c.x0 + 1, m.x1 - m.x0 + 1)),
        );
        if (hangs) continue;
        borrow[i]!.push(m.label);
        rows[i]!.y0 = Math.min(rows[i]!.y0, m.y0);
      }
    }
  }
  return { labels, owner, borrow, rows };
}

/**
 * The rows of the given bands cut from the crop (with `pad` pixels around), keeping only their own components, the
 * marks the first of them may borrow from the band above, and the paper around them (other ink, specks and its
 * anti-aliasing painted white). Returns the image and its top-left corner in the crop.
 */
export function bandImage(
  crop: PageImage,
  layout: BandLayout,
  members: readonly number[],
  x: { x0: number; x1: number },
  pad: number,
): { image: PageImage; left: number; top: number } {
  const y0 = Math.max(0, Math.min(...members.map((m) => layout.rows[m]!.y0)) - pad);
  const y1 = Math.min(crop.height - 1, Math.max(...members.map((m) => layout.rows[m]!.y1)) + pad);
  const left = Math.max(0, x.x0 - pad);
  const right = Math.min(crop.width - 1, x.x1 + pad);
  const width = right - left + 1;
  const height = y1 - y0 + 1;
  const data = new Uint8Array(width * height);
  const mine = new Set(members);
  const borrowed = new Set(layout.borrow[members[0]!] ?? []);
  for (let y = 0; y < height; y++)
    for (let x2 = 0; x2 < width; x2++) {
      const cx = left + x2;
      const cy = y0 + y;
      let keep = false;
      for (let dy = -HALO; dy <= HALO && !keep; dy++)
        for (let dx = -HALO; dx <= HALO && !keep; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= crop.width || ny >= crop.height) continue;
          const label = layout.labels[ny * crop.width + nx]!;
          keep = label > 0 && (mine.has(layout.owner[label]!) || borrowed.has(label));
        }
      data[y * width + x2] = keep ? crop.data[cy * crop.width + cx]! : 255;
    }
  return { image: { ...crop, width, height, data, notes: [] }, left, top: y0 };
}
