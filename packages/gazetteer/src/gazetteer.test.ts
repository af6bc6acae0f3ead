import { describe, it, expect } from '@jest/globals';
import {
  findDistrict,
  findProvince,
  findSubdistrict,
  gazetteer,
  isDistrictInProvince,
  isRealSubdistrictName,
  whereIsSubdistrict,
} from './index.js';

describe('seed subdistricts resolve to exactly one place (DOMAIN.md §4)', () => {
  it.each([
    ['ขอนแก่น', '450104', 'เมืองร้อยเอ็ด', 'ร้อยเอ็ด'],
    ['มะรือโบตก', '960510', 'ระแงะ', 'นราธิวาส'],
    ['ดงครั่งน้อย', '450213', 'เกษตรวิสัย', 'ร้อยเอ็ด'],
    ['กระจาย', '350502', 'ป่าติ้ว', 'ยโสธร'],
    ['เขาหัวควาย', '841715', 'พุนพิน', 'สุราษฎร์ธานี'],
    ['ตำบลขอนแก่น', '450104', 'เมืองร้อยเอ็ด', 'ร้อยเอ็ด'],
    ['ต.มะรือ โบตก', '960510', 'ระแงะ', 'นราธิวาส'],
  ])('%s → %s %s/%s', (name, code, district, province) => {
    const all = whereIsSubdistrict(name);
    expect(all.map((s) => [s.code, s.district.name, s.province.name])).toEqual([[code, district, province]]);
    expect(isRealSubdistrictName(name)).toBe(true);
  });
});

describe('names from the seeds that are not subdistricts', () => {
  it.each(['แม่ตง', 'แม่งดง', 'กระจ่าย', 'กระเจา', 'ภูผาจำบัง', 'ภูค้อ'])('%s', (name) => {
    expect(whereIsSubdistrict(name)).toEqual([]);
    expect(isRealSubdistrictName(name)).toBe(false);
  });
  it('แม่ตง and แม่งดง are not snapped onto any real subdistrict', () => {
    expect(findSubdistrict('แม่ตง')).toEqual([]);
    expect(findSubdistrict('แม่งดง')).toEqual([]);
  });
  it('the tone slip กระจ่าย resolves to ต.กระจาย, tone-insensitively', () => {
    const m = findSubdistrict('กระจ่าย');
    expect(m.map((x) => [x.place.name, x.kind])).toEqual([['กระจาย', 'tone-insensitive']]);
  });
  it('OCR noise in มะรือโบตก resolves fuzzily, with a distance', () => {
    const m = findSubdistrict('มะรุือโปตก');
    expect(m[0]?.place.name).toBe('มะรือโบตก');
    expect(m[0]?.kind).toBe('fuzzy');
    expect(m[0]?.distance).toBeGreaterThan(0);
  });
});

describe('districts and provinces', () => {
  it('ภูผาจำบัง and ภูค้อ are not districts of อุดรธานี, nor anywhere', () => {
    for (const d of ['ภูผาจำบัง', 'อำเภอภูค้อ']) {
      expect(isDistrictInProvince(d, 'จังหวัดอุดรธานี')).toEqual({ ok: false, districtExists: false, provinceExists: true, actualProvinces: [] });
      expect(findDistrict(d)).toEqual([]);
    }
  });
  it('วานรนิวาส is a district of สกลนคร and also a tambon there', () => {
    expect(findDistrict('วานรนิวาส').map((m) => [m.place.code, m.place.province.name])).toEqual([['4708', 'สกลนคร']]);
    expect(whereIsSubdistrict('วานรนิวาส').map((s) => [s.code, s.district.name, s.province.name])).toEqual([['470801', 'วานรนิวาส', 'สกลนคร']]);
    expect(isDistrictInProvince('วานรนิวาส', 'ร้อยเอ็ด')).toEqual({ ok: false, districtExists: true, provinceExists: true, actualProvinces: ['สกลนคร'] });
  });
  it.each([
    ['อำเภอ ป่าติ้ว', 'จ.ยโสธร'],
    ['อ.ป่าติ้ว', 'จังหวัด ยโสธร'],
    ['ระแงะ', 'นราธิวาส'],
    ['อำเภอเกษตรวิสัย', 'จังหวัดร้อยเอ็ด'],
  ])('%s is in %s', (d, p) => {
    expect(isDistrictInProvince(d, p).ok).toBe(true);
  });
  it('ระแงะ is not in นครพนม (seed 001 cover)', () => {
    expect(isDistrictInProvince('อำเภอระแงะ', 'จังหวัด นครพนม')).toEqual({ ok: false, districtExists: true, provinceExists: true, actualProvinces: ['นราธิวาส'] });
  });
  it('ป่าดัว (seed 004 typo) is not a district of ยโสธร and is not snapped onto ป่าติ้ว', () => {
    expect(isDistrictInProvince('อำเภอป่าดัว', 'จังหวัดยโสธร').ok).toBe(false);
    expect(findDistrict('ป่าดัว', 'ยโสธร')).toEqual([]);
  });
  it('a tone-mark slip in a district name resolves with kind tone-insensitive', () => {
    const m = findDistrict('อำเภอป่าติ๊ว');
    expect(m.map((x) => [x.place.name, x.kind])).toEqual([['ป่าติ้ว', 'tone-insensitive']]);
  });
  it.each([
    ['จ.ยโสธร', 'ยโสธร', 'normalised'],
    ['ยโสธร', 'ยโสธร', 'exact'],
    ['จังหวัด นราธิวาส', 'นราธิวาส', 'normalised'],
    ['กทม.', 'กรุงเทพมหานคร', 'exact'],
  ])('province %s → %s (%s)', (printed, name, kind) => {
    expect(findProvince(printed).map((m) => [m.place.name, m.kind])).toEqual([[name, kind]]);
  });
  it('Bangkok: เขต and แขวง prefixes, and the short names of the city', () => {
    expect(findDistrict('เขตปทุมวัน', 'กรุงเทพฯ').map((m) => [m.place.name, m.kind])).toEqual([['ปทุมวัน', 'normalised']]);
    expect(findSubdistrict('แขวงลุมพินี', { district: 'เขต ปทุมวัน' }).map((m) => m.place.code)).toEqual(['100704']);
  });
  it('กิ่งอำเภอ is a prefix like อำเภอ', () => {
    expect(findDistrict('กิ่งอำเภอป่าติ้ว').map((m) => [m.place.name, m.kind])).toEqual([['ป่าติ้ว', 'normalised']]);
  });
  it('district look-up can be narrowed by province', () => {
    expect(findDistrict('เมืองร้อยเอ็ด', 'ยโสธร')).toEqual([]);
    expect(findDistrict('เมืองร้อยเอ็ด', 'ร้อยเอ็ด')).toHaveLength(1);
  });
  it('subdistrict look-up can be narrowed by district and province', () => {
    expect(findSubdistrict('ขอนแก่น', { province: 'อุดรธานี' })).toEqual([]);
    expect(findSubdistrict('ขอนแก่น', { district: 'เมืองร้อยเอ็ด', province: 'ร้อยเอ็ด' })).toHaveLength(1);
  });
});

describe('snapshot counts (measured from thai-address-universal 2.2.0)', () => {
  it('has 77 provinces, 928 districts and 7,475 subdistricts, with the known gaps in codes', () => {
    expect(gazetteer().stats()).toMatchObject({
      source: { package: 'thai-address-universal', version: '2.2.0', licence: 'ISC', rows: 7498, duplicateRows: 23 },
      provinces: 77,
      districts: 928,
      subdistricts: 7475,
      districtsWithoutCode: 8,
      subdistrictsWithoutCode: 114,
    });
  });
});
