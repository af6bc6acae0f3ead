import { describe, expect, it } from '@jest/globals';
import { districtKey, organisationIdentity, provinceKey } from './org-key.js';

describe('organisationIdentity', () => {
  it.each([
    ['the canonical name', { name: 'องค์การบริหารส่วนตำบลขอนแก่น', kind: 'sao' as const, province: 'อุดรธานี' }],
    // S000 L111: the common misspelling องค์กร
    ['the misspelling องค์กร', { name: 'องค์กรบริหารส่วนตำบลขอนแก่น', kind: 'sao' as const, province: 'อุดรธานี' }],
    ['spaces and a prefixed province', { name: 'องค์การ บริหารส่วนตำบล ขอนแก่น', kind: 'sao' as const, province: 'จังหวัด อุดรธานี' }],
    ['the abbreviation, kind taken from it', { name: 'อบต.ขอนแก่น', kind: null, province: 'จ.อุดรธานี' }],
  ])('is the same for %s', (_label, org) => {
    expect(organisationIdentity(org)).toEqual({ key: 'ขอนแก่น|sao|อุดรธานี', nameKey: 'ขอนแก่น', kind: 'sao', province: 'อุดรธานี' });
  });

  it.each([
    ['another province (ต.ขอนแก่น of ร้อยเอ็ด)', { name: 'องค์การบริหารส่วนตำบลขอนแก่น', kind: 'sao' as const, province: 'ร้อยเอ็ด' }],
    ['another kind', { name: 'เทศบาลตำบลขอนแก่น', kind: 'subdistrict_municipality' as const, province: 'อุดรธานี' }],
    ['another name (S001 template leftover)', { name: 'องค์การบริหารส่วนตำบลแม่ตง', kind: 'sao' as const, province: 'อุดรธานี' }],
  ])('differs for %s', (_label, org) => {
    expect(organisationIdentity(org)?.key).not.toBe('ขอนแก่น|sao|อุดรธานี');
  });

  it('keys ทต.มะรือโบตก without a province', () => {
    expect(organisationIdentity({ name: 'ทต.มะรือโบตก', kind: 'subdistrict_municipality', province: null })?.key).toBe(
      'มะรือโบตก|subdistrict_municipality|',
    );
  });

  it.each([null, '', 'องค์การบริหารส่วนตำบล'])('is null without a usable name (%p)', (name) => {
    expect(organisationIdentity({ name, kind: 'sao', province: 'ยโสธร' })).toBeNull();
  });
});

describe('place keys', () => {
  it.each([
    ['จังหวัด นราธิวาส', 'นราธิวาส'],
    ['จ.นครพนม', 'นครพนม'],
    ['อุดรธานี', 'อุดรธานี'],
  ])('province %s → %s', (input, expected) => expect(provinceKey(input)).toBe(expected));
  it.each([
    ['อำเภอภูผาจำบัง', 'ภูผาจำบัง'],
    ['อ.ระแงะ', 'ระแงะ'],
    ['เกษตรวิสัย', 'เกษตรวิสัย'],
  ])('district %s → %s', (input, expected) => expect(districtKey(input)).toBe(expected));
});
