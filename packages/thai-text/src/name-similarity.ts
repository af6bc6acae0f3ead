import { compactThaiName, parseOrgName, placeKey } from './org-name.parser.js';

/**
 * Tone marks, thanthakhat, maitaikhu and yamakkan removed: "กระจ่าย" → "กระจาย",
 * "ดงครั้งน้อย" → "ดงครงนอย". For gazetteer look-ups that must survive tone-mark typos.
 */
export function toneInsensitiveKey(s: string): string {
  return compactThaiName(s).replace(/[\u0E47-\u0E4C\u0E4E]/gu, '');
}

type CharClass = 'tone' | 'mark' | 'light' | 'base' | 'foreign';

function classOf(ch: string): CharClass {
  if (ch < '\u0E00' || ch > '\u0E7F') return 'foreign';
  if ((ch >= '\u0E47' && ch <= '\u0E4C') || ch === '\u0E4E') return 'tone';
  if (ch === '\u0E31' || (ch >= '\u0E34' && ch <= '\u0E3A') || ch === '\u0E4D') return 'mark';
  if (ch === 'ะ') return 'light';
  return 'base';
}

/** Weight of a character in a name's length, and the cost of adding or dropping it. */
const WEIGHT: Record<CharClass, number> = { tone: 0.2, mark: 0.5, light: 0.5, base: 1, foreign: 1 };
/** Dropping or adding a whole letter inside a name: rarely OCR noise, usually another name. */
const INNER_BASE_INDEL = 1.5;
/**
 * OCR dropping a name's first letters ("ครั้งน้อย" for "ดงครั่งน้อย", "ระือโบทก" for มะรือโบตก):
 * up to two are cheap. Only at the start: a different ending is how real names differ
 * (นาดี / นาดูน, กระจาย / กระจายใต้).
 */
const EDGE_BASE_INDEL = 0.75;
const EDGE_CHEAP_LETTERS = 2;
const TONE_SUB = 0.2;
const MARK_SUB = 0.4;
const CONFUSABLE_SUB = 0.4;
/** A letter replaced by an unrelated one: the signature of a different name. */
const HARD_SUB = 3;
/** A letter of another script in a Thai name (มะรือโบटक): a misread glyph, not another name. */
const FOREIGN_SUB = 0.6;
const TRANSPOSE = 0.5;

// Letters that OCR or typists swap (look-alike glyphs and same-sound letters). Seeds: ด/ค
// (คงครั่งน้อย), ต/ท (ระือโบทก), บ/ป (มะรุือโปตก).
const CONFUSABLE_GROUPS = [
  'ดคฅ', 'ตทฑฏ', 'บปษ', 'ปฝ', 'พฟผฝ', 'ผพ', 'ถภ', 'ขชฃ', 'ชซ', 'ศสษ', 'ธท', 'ฎฏด', 'ญณ', 'นณ',
  'อฮ', 'ลฬ', 'ยญ', 'เแ', 'ใไโ',
];
const CONFUSABLE = new Set<string>();
for (const g of CONFUSABLE_GROUPS) for (const x of g) for (const y of g) if (x !== y) CONFUSABLE.add(x + y);

function subCost(x: string, y: string): number {
  if (x === y) return 0;
  const cx = classOf(x);
  const cy = classOf(y);
  if (cx === 'tone' && cy === 'tone') return TONE_SUB;
  if (cx === 'mark' && cy === 'mark') return MARK_SUB;
  if (cx === 'base' && cy === 'base') return CONFUSABLE.has(x + y) ? CONFUSABLE_SUB : HARD_SUB;
  if ((cx === 'foreign' && cy === 'base') || (cx === 'base' && cy === 'foreign')) return FOREIGN_SUB;
  return indelCost(x) + indelCost(y);
}

function indelCost(ch: string): number {
  const c = classOf(ch);
  return c === 'base' || c === 'foreign' ? INNER_BASE_INDEL : WEIGHT[c];
}

/** out[k] = cost of dropping the first k chars, cheap for the first EDGE_CHEAP_LETTERS letters. */
function leadingDropCosts(chars: string[]): number[] {
  const out = [0];
  let bases = 0;
  for (const ch of chars) {
    const c = classOf(ch);
    let cost = indelCost(ch);
    if (c === 'base' || c === 'foreign') cost = bases++ < EDGE_CHEAP_LETTERS ? EDGE_BASE_INDEL : INNER_BASE_INDEL;
    out.push((out[out.length - 1] ?? 0) + cost);
  }
  return out;
}

/** Weighted Damerau–Levenshtein (optimal string alignment) with a cheap truncated start. */
export function thaiNameDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const n = x.length;
  const m = y.length;
  const preA = leadingDropCosts(x);
  const preB = leadingDropCosts(y);
  const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 0; i <= n; i++) (d[i] as number[])[0] = preA[i] ?? 0;
  for (let j = 0; j <= m; j++) (d[0] as number[])[j] = preB[j] ?? 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const xi = x[i - 1] ?? '';
      const yj = y[j - 1] ?? '';
      let v = Math.min(at(i - 1, j) + indelCost(xi), at(i, j - 1) + indelCost(yj), at(i - 1, j - 1) + subCost(xi, yj));
      if (i > 1 && j > 1 && xi === y[j - 2] && x[i - 2] === yj) v = Math.min(v, at(i - 2, j - 2) + TRANSPOSE);
      (d[i] as number[])[j] = v;
    }
  }
  return at(n, m);
}

/** A name key's length as the distance counts it (letters 1, vowel marks 0.5, tone marks 0.2). */
export function thaiNameWeight(s: string): number {
  let w = 0;
  for (const ch of s) w += WEIGHT[classOf(ch)];
  return w;
}

/**
 * nameSimilarity on keys that are already compacted and stripped (e.g. placeKey output), for
 * callers that compare one name against thousands and prepare the keys once.
 */
export function keySimilarity(x: string, y: string): number {
  if (!x && !y) return 1;
  const len = Math.max(thaiNameWeight(x), thaiNameWeight(y));
  if (len === 0) return 0;
  return Math.max(0, 1 - thaiNameDistance(x, y) / len);
}

// Checks compare the same few names many times; repairing them once is enough.
const CORE_CACHE = new Map<string, string>();
const CORE_CACHE_MAX = 10_000;

/** The part of an organisation or place name that tells it apart: no kind or place prefix. */
export function nameCore(s: string): string {
  const hit = CORE_CACHE.get(s);
  if (hit !== undefined) return hit;
  const org = parseOrgName(s);
  const core = placeKey(org?.core ?? compactThaiName(s));
  if (CORE_CACHE.size >= CORE_CACHE_MAX) CORE_CACHE.clear();
  CORE_CACHE.set(s, core);
  return core;
}

/**
 * Similarity of two organisation or place names in 0..1, comparing their cores (prefixes such as
 * องค์การบริหารส่วนตำบล, ทต., อำเภอ, จ. removed). Built so that OCR and typing noise (tone marks,
 * doubled or swapped vowel marks, look-alike letters, a truncated first syllable) costs little
 * and a replaced or inserted letter costs a lot.
 */
export function nameSimilarity(a: string, b: string): number {
  return keySimilarity(nameCore(a), nameCore(b));
}

/**
 * At or above this, two names are the same name with OCR or typing noise; below, different
 * names. Measured on the seed variants and the subdistrict table in name-similarity.test.ts.
 */
export const NAME_VARIANT_THRESHOLD = 0.75;

export function isSameNameWithNoise(a: string, b: string): boolean {
  return nameSimilarity(a, b) >= NAME_VARIANT_THRESHOLD;
}
