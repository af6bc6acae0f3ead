/** [DOPA code ('' when the source has none), Thai name, English name] */
export type ProvinceRow = [code: string, th: string, en: string];
/** […, index of the province in `provinces`] */
export type DistrictRow = [code: string, th: string, en: string, province: number];
/** […, index of the district in `districts`, postal codes joined by ","] */
export type SubdistrictRow = [code: string, th: string, en: string, district: number, postalCodes: string];

export type GazetteerSnapshot = {
  source: { package: string; version: string; licence: string; rows: number; duplicateRows: number };
  provinces: ProvinceRow[];
  districts: DistrictRow[];
  subdistricts: SubdistrictRow[];
};
