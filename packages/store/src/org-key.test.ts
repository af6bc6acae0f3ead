import { describe, expect, it } from '@jest/globals';
import { districtKey, organisationKey, orgNameKey, provinceKey } from './org-key.js';

describe('orgNameKey', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลขอนแก่น', 'องค์การบริหารส่วนตำบลขอนแก่น'],
    // S000 L111: the common misspelling of the same organisation
    ['องค์กรบริหารส่วนตำบลขอนแก่น', 'องค์การบริหารส่วนตำบลขอนแก่น'],
    // S001 L357: spaces inside the name
    ['องค์การ บริหารส่วนตำบลแม่ตง', 'องค์การบริหารส่วนตำบลแม่ตง'],
    ['อบต.ขอนแก่น', 'องค์การบริหารส่วนตำบลขอนแก่น'],
    ['ทต.มะรือโบตก', 'เทศบาลตำบลมะรือโบตก'],
    ['เทศบาลตำบล มะรือโบตก', 'เทศบาลตำบลมะรือโบตก'],
    // decomposed sara am (U+0E4D U+0E32) is not changed by NFC; it is the extractor's job, the key keeps it
    ['อบจ.ยโสธร', 'องค์การบริหารส่วนจังหวัดยโสธร'],
  ])('%s → %s', (input, expected) => {
    expect(orgNameKey(input)).toBe(expected);
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

describe('organisationKey', () => {
  it('is the same for spellings of one LAO and differs across provinces', () => {
    const a = organisationKey({ name: 'องค์การบริหารส่วนตำบลขอนแก่น', kind: 'sao', province: 'อุดรธานี' });
    const b = organisationKey({ name: 'องค์กร บริหารส่วนตำบลขอนแก่น', kind: 'sao', province: 'จังหวัดอุดรธานี' });
    const c = organisationKey({ name: 'องค์การบริหารส่วนตำบลขอนแก่น', kind: 'sao', province: 'ร้อยเอ็ด' });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
  it('is null without a name', () => {
    expect(organisationKey({ name: null, kind: 'sao', province: 'ยโสธร' })).toBeNull();
  });
});
