import type { Org } from '@lao/schemas';
import { orgNameKey, parseOrgName, placeKey } from '@lao/thai-text';

/** A province or district without its prefix and spaces: "จังหวัด นราธิวาส", "จ.นราธิวาส" → "นราธิวาส". */
export const provinceKey = (province: string): string => placeKey(province);
export const districtKey = (district: string): string => placeKey(district);

export interface OrganisationIdentity {
  /** Unique per LAO: `${nameKey}|${kind}|${province}`. */
  key: string;
  /** The name's core ("ขอนแก่น" for อบต.ขอนแก่น / องค์กรบริหารส่วนตำบล ขอนแก่น), what analysts search by. */
  nameKey: string;
  kind: Org['kind'];
  province: string | null;
}

/**
 * One identity per LAO across documents and years: the normalised name core (@lao/thai-text
 * orgNameKey: repaired, no spaces, องค์กร → องค์การ, prefix removed) + kind + province. The kind
 * comes from the report, or from the name's prefix when the report left it out. Null without a name.
 */
export function organisationIdentity(org: Pick<Org, 'name' | 'kind' | 'province'>): OrganisationIdentity | null {
  if (org.name === null) return null;
  const nameKey = orgNameKey(org.name);
  if (nameKey === '') return null;
  const kind = org.kind ?? parseOrgName(org.name)?.kind ?? null;
  const province = org.province === null ? null : provinceKey(org.province) || null;
  return { key: [nameKey, kind ?? '', province ?? ''].join('|'), nameKey, kind, province };
}
