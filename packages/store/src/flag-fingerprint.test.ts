import { describe, expect, it } from '@jest/globals';
import type { Flag } from '@lao/schemas';
import { flagFingerprints } from './flag-fingerprint.js';

const province: Flag = {
  code: 'PROVINCE_MISMATCH',
  severity: 'error',
  message: 'เอกสารระบุจังหวัดของหน่วยงานไม่ตรงกัน: นครพนม และ นราธิวาส',
  messageEn: 'The document names two provinces: นครพนม and นราธิวาส',
  evidence: [
    { page: 1, text: 'อำเภอระแงะ จังหวัด นครพนม' },
    { page: 1, text: 'จังหวัด นราธิวาส' },
  ],
};

describe('flagFingerprints', () => {
  it('ignores wording and evidence order, keeps code and evidence', () => {
    const reworded: Flag = { ...province, message: 'จังหวัดไม่ตรงกัน', evidence: [...province.evidence].reverse() };
    const [a] = flagFingerprints([province]);
    const [b] = flagFingerprints([reworded]);
    expect(a).toBe(b);
    expect(a).toMatch(/^PROVINCE_MISMATCH:[0-9a-f]{32}$/);
  });

  it.each([
    ['another page', { ...province, evidence: [{ page: 2, text: 'จังหวัด นราธิวาส' }] }],
    ['another code', { ...province, code: 'DISTRICT_MISMATCH' } as Flag],
  ])('changes with %s', (_label, other) => {
    const [a, b] = flagFingerprints([province, other]);
    expect(a).not.toBe(b);
  });

  it('numbers identical flags within one report', () => {
    const fps = flagFingerprints([province, province, province]);
    expect(new Set(fps).size).toBe(3);
    expect(fps[1]).toBe(`${fps[0]}#1`);
  });
});
