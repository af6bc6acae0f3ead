import { bestOnly, keysOf, matchName, queryKeys, type NameKeys, type PlaceMatch } from './place-match.js';
import type { GazetteerSnapshot } from './gazetteer-snapshot.types.js';

export type Province = { code: string | null; name: string; nameEn: string };
export type District = { code: string | null; name: string; nameEn: string; province: Province };
export type Subdistrict = {
  code: string | null;
  name: string;
  nameEn: string;
  district: District;
  province: Province;
  postalCodes: string[];
};

export type DistrictInProvince = {
  ok: boolean;
  districtExists: boolean;
  provinceExists: boolean;
  /** Provinces that do have a district of that name (Thai names). */
  actualProvinces: string[];
};

export type GazetteerStats = {
  source: GazetteerSnapshot['source'];
  provinces: number;
  districts: number;
  subdistricts: number;
  districtsWithoutCode: number;
  subdistrictsWithoutCode: number;
  /** Subdistrict names that occur in more than one district. */
  sharedSubdistrictNames: number;
  /** District names that occur in more than one province. */
  sharedDistrictNames: number;
};

export type Gazetteer = {
  findProvince(name: string): PlaceMatch<Province>[];
  findDistrict(name: string, province?: string): PlaceMatch<District>[];
  findSubdistrict(name: string, where?: { district?: string; province?: string }): PlaceMatch<Subdistrict>[];
  isDistrictInProvince(district: string, province: string): DistrictInProvince;
  whereIsSubdistrict(name: string): Subdistrict[];
  isRealSubdistrictName(name: string): boolean;
  stats(): GazetteerStats;
};

type Indexed<T> = { place: T; keys: NameKeys };

// Names people write for Bangkok that the postal data does not carry.
const PROVINCE_ALIASES: Record<string, string> = { กรุงเทพฯ: 'กรุงเทพมหานคร', กรุงเทพ: 'กรุงเทพมหานคร', กทม: 'กรุงเทพมหานคร', 'กทม.': 'กรุงเทพมหานคร' };

function find<T>(items: readonly Indexed<T>[], printed: string, keep: (t: T) => boolean = () => true): PlaceMatch<T>[] {
  const q = queryKeys(printed);
  const out: PlaceMatch<T>[] = [];
  for (const it of items) {
    if (!keep(it.place)) continue;
    const m = matchName(q, it.keys);
    if (m) out.push({ place: it.place, ...m });
  }
  return bestOnly(out);
}

/** Builds the look-ups over a snapshot; everything is indexed once, every call is synchronous. */
export function createGazetteer(snapshot: GazetteerSnapshot): Gazetteer {
  const provinces = snapshot.provinces.map(([code, name, nameEn]) => ({ place: { code: code || null, name, nameEn }, keys: keysOf(name) }));
  const districts = snapshot.districts.map(([code, name, nameEn, p]) => {
    const province = provinces[p]?.place;
    if (!province) throw new Error(`snapshot: district ${name} points at missing province ${p}`);
    return { place: { code: code || null, name, nameEn, province }, keys: keysOf(name) };
  });
  const subdistricts = snapshot.subdistricts.map(([code, name, nameEn, d, zips]) => {
    const district = districts[d]?.place;
    if (!district) throw new Error(`snapshot: subdistrict ${name} points at missing district ${d}`);
    const place: Subdistrict = { code: code || null, name, nameEn, district, province: district.province, postalCodes: zips ? zips.split(',') : [] };
    return { place, keys: keysOf(name) };
  });
  const subByKey = new Map<string, Subdistrict[]>();
  for (const s of subdistricts) subByKey.set(s.keys.key, [...(subByKey.get(s.keys.key) ?? []), s.place]);

  const findProvince = (name: string): PlaceMatch<Province>[] => {
    const alias = PROVINCE_ALIASES[queryKeys(name).key];
    return find(provinces, alias ?? name);
  };
  /** Provinces a printed province name may mean: its best matches, else none (no filter is applied). */
  const provinceFilter = (province: string | undefined): ((p: Province) => boolean) => {
    if (!province) return () => true;
    const names = new Set(findProvince(province).map((m) => m.place.name));
    return (p) => names.has(p.name);
  };
  const findDistrict = (name: string, province?: string): PlaceMatch<District>[] => {
    const inProvince = provinceFilter(province);
    return find(districts, name, (d) => inProvince(d.province));
  };

  return {
    findProvince,
    findDistrict,
    findSubdistrict(name, where = {}) {
      const inProvince = provinceFilter(where.province);
      const districtNames = where.district ? new Set(findDistrict(where.district, where.province).map((m) => m.place.name)) : null;
      return find(subdistricts, name, (s) => inProvince(s.province) && (!districtNames || districtNames.has(s.district.name)));
    },
    isDistrictInProvince(district, province) {
      const provinceExists = findProvince(province).some((m) => m.kind !== 'fuzzy');
      const anywhere = findDistrict(district).filter((m) => m.kind !== 'fuzzy');
      const inside = provinceExists ? findDistrict(district, province).filter((m) => m.kind !== 'fuzzy') : [];
      return {
        ok: inside.length > 0,
        districtExists: anywhere.length > 0,
        provinceExists,
        actualProvinces: [...new Set(anywhere.map((m) => m.place.province.name))],
      };
    },
    whereIsSubdistrict(name) {
      return subByKey.get(queryKeys(name).key) ?? [];
    },
    isRealSubdistrictName(name) {
      return subByKey.has(queryKeys(name).key);
    },
    stats() {
      const countShared = (names: string[]): number => {
        const seen = new Map<string, number>();
        for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
        return [...seen.values()].filter((c) => c > 1).length;
      };
      return {
        source: snapshot.source,
        provinces: provinces.length,
        districts: districts.length,
        subdistricts: subdistricts.length,
        districtsWithoutCode: districts.filter((d) => !d.place.code).length,
        subdistrictsWithoutCode: subdistricts.filter((s) => !s.place.code).length,
        sharedSubdistrictNames: countShared(subdistricts.map((s) => s.place.name)),
        sharedDistrictNames: countShared(districts.map((d) => d.place.name)),
      };
    },
  };
}
