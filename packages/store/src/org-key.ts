import type { Org } from '@lao/schemas';

/*
 * Organisation identity. @lao/thai-text is meant to export `orgNameKey`; until it does, the key
 * lives here, in this one file, so swapping it for the shared one is a one-line change.
 */

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^อบจ\.?/, 'องค์การบริหารส่วนจังหวัด'],
  [/^อบต\.?/, 'องค์การบริหารส่วนตำบล'],
  [/^ทน\.?/, 'เทศบาลนคร'],
  [/^ทม\.?/, 'เทศบาลเมือง'],
  [/^ทต\.?/, 'เทศบาลตำบล'],
];

/** NFC, no whitespace (incl. zero-width), the common misspelling องค์กร → องค์การ, abbreviations expanded. */
export function orgNameKey(name: string): string {
  let key = name.normalize('NFC').replace(/[\s\u200b\u200c\u200d\ufeff]+/gu, '');
  key = key.replace(/องค์กร(?=บริหารส่วน)/gu, 'องค์การ');
  for (const [pattern, full] of ABBREVIATIONS) key = key.replace(pattern, full);
  return key;
}

/** A place name without its prefix and spaces: "จังหวัด นราธิวาส" and "จ.นราธิวาส" both give "นราธิวาส". */
export function placeKey(place: string, prefixes: readonly string[]): string {
  let key = place.normalize('NFC').replace(/[\s\u200b\u200c\u200d\ufeff]+/gu, '');
  for (const prefix of prefixes) {
    if (key.startsWith(prefix)) {
      key = key.slice(prefix.length);
      break;
    }
  }
  return key;
}

export const provinceKey = (p: string): string => placeKey(p, ['จังหวัด', 'จ.']);
export const districtKey = (d: string): string => placeKey(d, ['อำเภอ', 'อ.', 'เขต']);

/** One identity per LAO across documents and years: normalised name + kind + province. Null when the name is unknown. */
export function organisationKey(org: Pick<Org, 'name' | 'kind' | 'province'>): string | null {
  if (org.name === null || org.name.trim() === '') return null;
  return [orgNameKey(org.name), org.kind ?? '', org.province === null ? '' : provinceKey(org.province)].join('|');
}
