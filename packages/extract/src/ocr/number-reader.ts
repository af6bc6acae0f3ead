import { thaiDigitsToAscii } from '@lao/thai-text';
import { binarize, cropImage, PixelBoxSchema, type PageImage, type PixelBox } from '../image/index.js';
import { DIGIT_TEMPLATE_ROWS } from './digit-templates.data.js';
import { boxFeature, components, featureDistance, FEATURE_LENGTH, GRID, type Component } from './glyph-features.js';

export type NumberReading = {
  /** Digits as printed (Thai or Arabic), with '.' and ','. */
  text: string;
  /** The number, or null when the reading is not a well-formed number. */
  value: number | null;
  /** 0–100: the lowest per-glyph margin between the best and the next-best digit. */
  confidence: number;
  method: 'digit-templates';
};

type Template = { glyph: string; font: string; thai: boolean; feature: Float32Array };

export type ReadNumberOptions = {
  /** Leave these template fonts out (to measure how the reader does on a font it has not seen). */
  excludeFonts?: readonly string[];
};

let templates: Template[] | null = null;
function loadTemplates(): Template[] {
  templates ??= DIGIT_TEMPLATE_ROWS.map(([glyph, font, aspect, grid]) => {
    const feature = new Float32Array(FEATURE_LENGTH);
    const bytes = Buffer.from(grid, 'base64');
    for (let i = 0; i < GRID * GRID; i++) feature[i] = bytes[i]! / 255;
    feature[GRID * GRID] = aspect;
    return { glyph, font, thai: /[\u0E50-\u0E59]/u.test(glyph), feature };
  });
  return templates;
}

type Scored = { glyph: string; distance: number; runnerUp: number };

/** Best digit of one script for a glyph, with the distance to the best different digit. */
function bestOf(feature: Float32Array, thai: boolean, excluded: ReadonlySet<string>): Scored {
  const perGlyph = new Map<string, number>();
  for (const t of loadTemplates()) {
    if (t.thai !== thai || excluded.has(t.font.replace(/-Bold$/u, ''))) continue;
    const d = featureDistance(feature, t.feature);
    if (d < (perGlyph.get(t.glyph) ?? Infinity)) perGlyph.set(t.glyph, d);
  }
  const ranked = [...perGlyph.entries()].sort((a, b) => a[1] - b[1]);
  return { glyph: ranked[0]![0], distance: ranked[0]![1], runnerUp: ranked[1]![1] };
}

/**
 * Glyphs of a number: ink components around the word box, minus specks, rulings and neighbours.
 * Tesseract's word boxes often cut into the first or last glyph, so the crop is widened and a
 * component is kept when it overlaps the box at all (a neighbouring word is separated by a space).
 */
function segment(image: PageImage, box: PixelBox) {
  const padX = Math.round(0.6 * box.h);
  const padY = Math.round(0.25 * box.h);
  const crop = cropImage(image, { x: box.x - padX, y: box.y - padY, w: box.w + 2 * padX, h: box.h + 2 * padY });
  const left = box.x - Math.max(0, Math.floor(box.x - padX));
  const top = box.y - Math.max(0, Math.floor(box.y - padY));
  const mask = binarize(crop.data, crop.width, crop.height);
  eraseRulings(mask.ink, crop.width, crop.height, Math.min(1.2 * box.h, 0.9 * crop.width), 0.9 * crop.height);
  const { list, labels } = components(mask);
  const size = (c: Component) => ({ w: c.x1 - c.x0 + 1, h: c.y1 - c.y0 + 1 });
  let kept = list.filter((c) => {
    const { w, h } = size(c);
    if (c.area < 4) return false;
    if (w >= 3 * h && w > 0.8 * box.h) return false; // horizontal ruling
    if (h >= 0.95 * crop.height && w < 0.25 * h) return false; // vertical ruling through the crop
    if (c.x1 < left || c.x0 > left + box.w) return false;
    const cy = (c.y0 + c.y1) / 2;
    return cy >= top && cy <= top + box.h;
  });
  const heights = kept.map((c) => size(c).h).sort((a, b) => a - b);
  const digitH = heights[Math.floor(0.8 * (heights.length - 1))] ?? 0;
  kept = kept.filter((c) => {
    const { w, h } = size(c);
    if (h > 1.6 * digitH && w < 0.3 * digitH) return false; // vertical ruling beside the number
    return c.area >= (0.08 * digitH) ** 2;
  });
  kept.sort((a, b) => a.x0 - b.x0);
  // Parts overlapping in x by half the narrower one belong to one glyph (broken strokes).
  const glyphs: Component[][] = [];
  for (const c of kept) {
    const last = glyphs[glyphs.length - 1];
    if (last) {
      const x1 = Math.max(...last.map((p) => p.x1));
      const x0 = Math.min(...last.map((p) => p.x0));
      const overlap = Math.min(x1, c.x1) - Math.max(x0, c.x0) + 1;
      if (overlap >= 0.5 * Math.min(x1 - x0 + 1, c.x1 - c.x0 + 1)) {
        last.push(c);
        continue;
      }
    }
    glyphs.push([c]);
  }
  return { glyphs, labels, width: crop.width };
}

/** Clears ink runs longer than any digit stroke: table rulings around and through a cell. */
function eraseRulings(ink: Uint8Array, width: number, height: number, minRow: number, minColumn: number): void {
  const rowRuns: Array<[number, number]> = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const on = x < width && ink[y * width + x] === 1;
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - start >= minRow) rowRuns.push([y * width + start, x - start]);
        start = -1;
      }
    }
  }
  const columnRuns: Array<[number, number]> = [];
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const on = y < height && ink[y * width + x] === 1;
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        if (y - start >= minColumn) columnRuns.push([start * width + x, y - start]);
        start = -1;
      }
    }
  }
  // Both passes find runs before either erases, so a crossing does not split a ruling in two.
  for (const [at, n] of rowRuns) ink.fill(0, at, at + n);
  for (const [at, n] of columnRuns) for (let i = 0; i < n; i++) ink[at + i * width] = 0;
}

/**
 * Second reading of a number from the page pixels, independent of tesseract, whose Thai model
 * misreads ๔ ๖ ๘ (and a digit whitelist does not help: measured in the README). Each glyph is
 * matched against digit shapes rendered from nine Thai font families; a number is read in one
 * script (Thai or Arabic digits, whichever matches better overall) unless a glyph clearly belongs to
 * the other, as in question codes like "1๒".
 */
export function readNumber(image: PageImage, box: PixelBox, options: ReadNumberOptions = {}): NumberReading {
  const b = PixelBoxSchema.parse(box);
  const excluded = new Set(options.excludeFonts ?? []);
  const { glyphs, labels, width } = segment(image, b);
  const empty: NumberReading = { text: '', value: null, confidence: 0, method: 'digit-templates' };
  if (glyphs.length === 0) return empty;
  const bounds = glyphs.map((parts) => ({
    parts,
    y0: Math.min(...parts.map((p) => p.y0)),
    y1: Math.max(...parts.map((p) => p.y1)),
    x0: Math.min(...parts.map((p) => p.x0)),
    x1: Math.max(...parts.map((p) => p.x1)),
  }));
  const digitH = Math.max(...bounds.map((g) => g.y1 - g.y0 + 1));
  // Bold or blurred digits touch and come out as one component twice as wide as a digit: cut apart.
  const pieces = bounds.flatMap((g) => (g.x1 - g.x0 + 1 > SPLIT_WIDTH * digitH ? splitTouching(g, labels, width, digitH, excluded) : [g]));
  bounds.splice(0, bounds.length, ...pieces);
  const big = bounds.filter((g) => g.y1 - g.y0 + 1 >= 0.5 * digitH);
  const baseline = big.map((g) => g.y1).sort((p, q) => p - q)[Math.floor(big.length / 2)] ?? 0;

  type Read = { punct: string } | { thai: Scored; arabic: Scored };
  const reads: Read[] = bounds.map((g) => {
    const gh = g.y1 - g.y0 + 1;
    const gw = g.x1 - g.x0 + 1;
    if (gh < 0.55 * digitH && gw < 0.45 * digitH) return { punct: g.y1 > baseline + 0.1 * digitH ? ',' : '.' };
    const feature = boxFeature(labels, width, g.parts, g);
    return { thai: bestOf(feature, true, excluded), arabic: bestOf(feature, false, excluded) };
  });
  const digits = reads.filter((r): r is { thai: Scored; arabic: Scored } => 'thai' in r);
  if (digits.length === 0) return empty;
  const thaiTotal = digits.reduce((s, r) => s + r.thai.distance, 0);
  const arabicTotal = digits.reduce((s, r) => s + r.arabic.distance, 0);
  const preferThai = thaiTotal <= arabicTotal;

  let text = '';
  let confidence = 100;
  for (const r of reads) {
    if ('punct' in r) {
      text += r.punct;
      continue;
    }
    const [own, other] = preferThai ? [r.thai, r.arabic] : [r.arabic, r.thai];
    const pick = other.distance < 0.6 * own.distance ? other : own;
    const rival = Math.min(pick.runnerUp, pick === own ? other.distance : own.distance);
    text += pick.glyph;
    confidence = Math.min(confidence, 100 * Math.max(0, 1 - pick.distance / Math.max(rival, 1e-6)));
  }
  return { text, value: parseReading(text), confidence: Math.round(confidence), method: 'digit-templates' };
}

type GlyphBox = { parts: Component[]; x0: number; y0: number; x1: number; y1: number };

/** A glyph wider than this many digit heights is taken for touching digits (the widest digit, ๓, is 1.25). */
const SPLIT_WIDTH = 1.4;
/** Width of one piece of a cut, in digit heights: the narrowest digit (Arabic 1) to the widest (๓, bold). */
const PIECE_MIN = 0.3;
const PIECE_MAX = 1.35;

/**
 * Touching digits cut apart where the pieces match digits best: cuts at columns crossing little ink, chosen by
 * dynamic programming over the summed distance of each piece to its nearest digit template (either script).
 * Returns the glyph whole when no cut into pieces of digit width exists.
 */
function splitTouching(g: GlyphBox, labels: Int32Array, width: number, digitH: number, excluded: ReadonlySet<string>): GlyphBox[] {
  const own = new Set(g.parts.map((p) => p.label));
  const inked = (x: number, y: number) => own.has(labels[y * width + x]!);
  const w = g.x1 - g.x0 + 1;
  const column = new Int32Array(w);
  for (let x = g.x0; x <= g.x1; x++) for (let y = g.y0; y <= g.y1; y++) if (inked(x, y)) column[x - g.x0]!++;
  // Cut only where a column crosses at most about one stroke: the thinnest of the glyph's columns, doubled.
  const inner = [...column.subarray(Math.round(PIECE_MIN * digitH), w - Math.round(PIECE_MIN * digitH))];
  if (inner.length === 0) return [g];
  const thinnest = Math.min(...inner);
  const cuts = [0];
  for (let i = 1; i < w; i++) if (column[i]! <= Math.max(2, 2 * thinnest)) cuts.push(i);
  cuts.push(w);
  const slice = (a: number, b: number): GlyphBox | null => {
    let y0 = -1;
    let y1 = -1;
    for (let y = g.y0; y <= g.y1; y++)
      for (let x = g.x0 + a; x < g.x0 + b; x++)
        if (inked(x, y)) {
          if (y0 < 0) y0 = y;
          y1 = y;
          break;
        }
    return y0 < 0 ? null : { parts: g.parts, x0: g.x0 + a, x1: g.x0 + b - 1, y0, y1 };
  };
  const lo = PIECE_MIN * digitH;
  const hi = PIECE_MAX * digitH;
  const best = new Float64Array(cuts.length).fill(Infinity);
  const from = new Int32Array(cuts.length).fill(-1);
  best[0] = 0;
  for (let i = 1; i < cuts.length; i++)
    for (let j = i - 1; j >= 0; j--) {
      const span = cuts[i]! - cuts[j]!;
      if (span > hi) break;
      if (span < lo || best[j] === Infinity) continue;
      const piece = slice(cuts[j]!, cuts[i]!);
      if (!piece) continue;
      const f = boxFeature(labels, width, g.parts, piece);
      const d = Math.min(bestOf(f, true, excluded).distance, bestOf(f, false, excluded).distance);
      if (best[j]! + d < best[i]!) {
        best[i] = best[j]! + d;
        from[i] = j;
      }
    }
  if (best[cuts.length - 1] === Infinity) return [g];
  const out: GlyphBox[] = [];
  for (let i = cuts.length - 1; i > 0; i = from[i]!) out.unshift(slice(cuts[from[i]!]!, cuts[i]!)!);
  return out;
}

function parseReading(text: string): number | null {
  const ascii = thaiDigitsToAscii(text).replace(/,(?=\d{3}(\D|$))/gu, '');
  return /^\d+(\.\d+)?$/u.test(ascii) ? Number(ascii) : null;
}
