import { createGazetteer, type Gazetteer } from './gazetteer.js';
import { SNAPSHOT } from './gazetteer.snapshot.js';

export { createGazetteer } from './gazetteer.js';
export type { Gazetteer, Province, District, Subdistrict, DistrictInProvince, GazetteerStats } from './gazetteer.js';
export type { MatchKind, PlaceMatch } from './place-match.js';
export type { GazetteerSnapshot } from './gazetteer-snapshot.types.js';
export { SNAPSHOT as GAZETTEER_SNAPSHOT } from './gazetteer.snapshot.js';

let instance: Gazetteer | null = null;

/** The gazetteer over the vendored thai-address-universal snapshot, indexed on first use. */
export function gazetteer(): Gazetteer {
  instance ??= createGazetteer(SNAPSHOT);
  return instance;
}

export const findProvince: Gazetteer['findProvince'] = (name) => gazetteer().findProvince(name);
export const findDistrict: Gazetteer['findDistrict'] = (name, province) => gazetteer().findDistrict(name, province);
export const findSubdistrict: Gazetteer['findSubdistrict'] = (name, where) => gazetteer().findSubdistrict(name, where);
export const isDistrictInProvince: Gazetteer['isDistrictInProvince'] = (d, p) => gazetteer().isDistrictInProvince(d, p);
export const whereIsSubdistrict: Gazetteer['whereIsSubdistrict'] = (name) => gazetteer().whereIsSubdistrict(name);
export const isRealSubdistrictName: Gazetteer['isRealSubdistrictName'] = (name) => gazetteer().isRealSubdistrictName(name);
