import { NAME_VARIANT_THRESHOLD, placeKey, thaiNameDistance, toneInsensitiveKey } from '@lao/thai-text';

/**
 * How a printed name met a gazetteer name. `fuzzy` is only offered at or above the
 * thai-text variant threshold, with its distance, so callers decide; a clearly different name
 * ("ภูค้อ", "แม่ตง") gets no match at all rather than the nearest real one.
 */
export type MatchKind = 'exact' | 'normalised' | 'tone-insensitive' | 'fuzzy';

export type PlaceMatch<T> = { place: T; kind: MatchKind; distance: number };

const KIND_RANK: Record<MatchKind, number> = { exact: 0, normalised: 1, 'tone-insensitive': 2, fuzzy: 3 };

/** The keys of one gazetteer name, computed once. */
export type NameKeys = { name: string; key: string; toneKey: string; letters: Set<string> };

export function keysOf(name: string): NameKeys {
  const key = placeKey(name);
  return { name, key, toneKey: toneInsensitiveKey(key), letters: new Set([...key].filter((c) => !/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u.test(c))) };
}

/** The keys of a printed name: prefixes (จังหวัด/จ., อำเภอ/อ., ตำบล/ต., เขต, แขวง, กิ่งอำเภอ) and spaces removed. */
export function queryKeys(printed: string): NameKeys {
  return keysOf(printed.trim());
}

function weight(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0E47-\u0E4C\u0E4E]/u.test(ch) ? 0.2 : /[\u0E31\u0E34-\u0E3A\u0E4Dะ]/u.test(ch) ? 0.5 : 1;
  return w;
}

/** Best match kind of one gazetteer name for a query, or null when the names differ. */
export function matchName(q: NameKeys, g: NameKeys): { kind: MatchKind; distance: number } | null {
  if (!q.key) return null;
  if (q.name === g.name) return { kind: 'exact', distance: 0 };
  if (q.key === g.key) return { kind: 'normalised', distance: 0 };
  if (q.toneKey === g.toneKey) return { kind: 'tone-insensitive', distance: thaiNameDistance(q.key, g.key) };
  // Cheap gates before the O(n·m) distance (7,475 subdistricts per look-up): names of very
  // different length, or sharing under half their letters, cannot reach the variant threshold.
  if (Math.abs(q.key.length - g.key.length) > 3) return null;
  let shared = 0;
  for (const c of q.letters) if (g.letters.has(c)) shared++;
  if (shared * 2 < Math.max(q.letters.size, g.letters.size)) return null;
  const distance = thaiNameDistance(q.key, g.key);
  const len = Math.max(weight(q.key), weight(g.key));
  if (len > 0 && 1 - distance / len >= NAME_VARIANT_THRESHOLD) return { kind: 'fuzzy', distance };
  return null;
}

export function sortMatches<T>(matches: PlaceMatch<T>[]): PlaceMatch<T>[] {
  return matches.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.distance - b.distance);
}

/** Only the best kind survives: an exact hit makes fuzzy neighbours noise. */
export function bestOnly<T>(matches: PlaceMatch<T>[]): PlaceMatch<T>[] {
  const sorted = sortMatches(matches);
  const first = sorted[0];
  if (!first) return [];
  return sorted.filter((m) => m.kind === first.kind && (m.kind !== 'fuzzy' || m.distance === first.distance));
}
