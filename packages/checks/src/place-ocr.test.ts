import { describe, it, expect } from '@jest/globals';
import type { Flag, Report } from '@lao/schemas';
import { gazetteer } from '@lao/gazetteer';
import { runChecks } from './index.js';
import { goldenReport } from './test-support/sample-input.js';
import type { CheckMention } from './check-input.schema.js';

const deps = { gazetteer: gazetteer(), config: { lowOcrConfidence: 70 } };
const place = (kind: 'district' | 'province', page: number, value: string): CheckMention => {
  const match = `${kind === 'district' ? 'อำเภอ' : 'จังหวัด'}${value}`;
  return { kind, page, text: `องค์การบริหารส่วนตำบลดงครั่งน้อย ${match}`, match, value };
};

/** Seed 002 (อ.เกษตรวิสัย จ.ร้อยเอ็ด) with page 3 read by OCR (or not). */
function run(mentions: CheckMention[], ocr: boolean): string[] {
  const r: Report = { ...goldenReport('s002-measures-progress'), flags: [] };
  r.pages = r.pages.map((p) => (ocr && p.no === 3 ? { ...p, method: 'ocr', confidence: 90 } : p));
  const stated = [place('district', 1, 'เกษตรวิสัย'), place('province', 1, 'ร้อยเอ็ด'), ...mentions];
  return runChecks({ report: r, mentions: stated }, deps)
    .filter((f: Flag) => f.code === 'PROVINCE_MISMATCH' || f.code === 'DISTRICT_MISMATCH')
    .map((f) => f.code);
}

describe('place names misread by OCR', () => {
  it.each([
    ['province', 'ร้อยเอ็ต', 'PROVINCE_MISMATCH'],
    ['district', 'เกษตรวิลัย', 'DISTRICT_MISMATCH'],
  ] as const)('a %s one letter off a stated one (%s) on an OCR page names no second place; printed, it does', (kind, misread, code) => {
    expect(run([place(kind, 3, misread)], true)).toEqual([]);
    expect(run([place(kind, 3, misread)], false)).toEqual([code]);
  });

  it('a real other province on an OCR page is still PROVINCE_MISMATCH', () => {
    expect(run([place('province', 3, 'นครพนม')], true)).toEqual(['PROVINCE_MISMATCH']);
  });

  it('a district far from the stated one on an OCR page is still DISTRICT_MISMATCH', () => {
    expect(run([place('district', 3, 'ภูค้อ')], true)).toEqual(['DISTRICT_MISMATCH']);
  });
});
