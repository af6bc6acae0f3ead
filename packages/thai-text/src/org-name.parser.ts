import { repairThai } from './thai-unicode.repair.js';

export type OrgKind = 'sao' | 'subdistrict_municipality' | 'town_municipality' | 'city_municipality' | 'pao';

export const ORG_KIND_FULL_PREFIX: Readonly<Record<OrgKind, string>> = {
  sao: 'องค์การบริหารส่วนตำบล',
  subdistrict_municipality: 'เทศบาลตำบล',
  town_municipality: 'เทศบาลเมือง',
  city_municipality: 'เทศบาลนคร',
  pao: 'องค์การบริหารส่วนจังหวัด',
};

// Longest first so "องค์การบริหารส่วนตำบล" wins over shorter spellings; abbreviations with or
// without their dot. Applied to text without spaces and with องค์กร already unified to องค์การ.
const KIND_PREFIXES: ReadonlyArray<[RegExp, OrgKind]> = [
  [/^องค์การบริหารส่วนตำบล/u, 'sao'],
  [/^องค์การบริหารส่วนจังหวัด/u, 'pao'],
  [/^เทศบาลตำบล/u, 'subdistrict_municipality'],
  [/^เทศบาลเมือง/u, 'town_municipality'],
  [/^เทศบาลนคร/u, 'city_municipality'],
  [/^อบต\.?/u, 'sao'],
  [/^อบจ\.?/u, 'pao'],
  [/^ทต\.?/u, 'subdistrict_municipality'],
  [/^ทม\.?/u, 'town_municipality'],
  [/^ทน\.?/u, 'city_municipality'],
];

// Where an organisation's name ends in running text: its district or province follows.
const TRAILING_PLACE = /(?:อำเภอ|จังหวัด|อ\.|จ\.|กิ่งอำเภอ).*$/u;

/** Repaired, without spaces, the common misspelling องค์กร unified to องค์การ. */
export function compactThaiName(s: string): string {
  return repairThai(s)
    .replace(/\s+/gu, '')
    .replace(/องค์กร(?=บริหารส่วน)/gu, 'องค์การ');
}

export type ParsedOrgName = {
  kind: OrgKind | null;
  /** The name without its kind prefix: "มะรือโบตก". */
  core: string;
  /** The canonical full name, "เทศบาลตำบลมะรือโบตก"; null when the kind is unknown. */
  full: string | null;
};

/**
 * Splits an organisation name as printed ("องค์กร บริหารส่วนตำบลแม่งดง", "ทต.มะรือโบตก",
 * "องค์การบริหารส่วนตำบลขอนแก่น อำเภอภูค้อ") into its kind and core, and gives the canonical full
 * name. Null when nothing is left after the prefix.
 */
export function parseOrgName(s: string): ParsedOrgName | null {
  let t = compactThaiName(s);
  let kind: OrgKind | null = null;
  for (const [re, k] of KIND_PREFIXES) {
    if (re.test(t)) {
      kind = k;
      t = t.replace(re, '');
      break;
    }
  }
  const core = t.replace(TRAILING_PLACE, '');
  if (!core) return null;
  return { kind, core, full: kind ? `${ORG_KIND_FULL_PREFIX[kind]}${core}` : null };
}

/** The matching key of an organisation name: its core, compacted. "" when there is none. */
export function orgNameKey(s: string): string {
  return parseOrgName(s)?.core ?? '';
}

const PLACE_PREFIX = /^(?:ตำบล|ต\.|อำเภอ|กิ่งอำเภอ|อ\.|จังหวัด|จ\.|เขต|แขวง)/u;

/** The matching key of a place name: "อำเภอ ภูผาจำบัง" → "ภูผาจำบัง", "จ.อุดรธานี" → "อุดรธานี". */
export function placeKey(s: string): string {
  return compactThaiName(s).replace(PLACE_PREFIX, '');
}
