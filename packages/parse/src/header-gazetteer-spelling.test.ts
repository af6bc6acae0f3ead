import { describe, expect, it } from '@jest/globals';
import { gazetteer } from '@lao/gazetteer';
import { parseReport } from './parse-report.js';
import { META, readSeed } from './test-support/seed-fixtures.js';
import { seedToPages } from './test-support/seed-pages.js';

const parse = (seed: string, places: boolean) => {
  const pages = seedToPages(seed);
  return parseReport(pages, { ...META, pageCount: pages.length }, places ? { places: gazetteer() } : {});
};

const s002 = readSeed('s002');

// OCR of the scanned s002 drops the tone mark of ดงครั่งน้อย on every clean mention.
describe('an OCR spelling of the org that names no real subdistrict takes the gazetteer spelling', () => {
  it.each([
    ['tone mark lost', 'ดงครังน้อย'],
    ['tone mark changed', 'ดงครั้งน้อย'],
  ])('%s (%s)', (_why, ocr) => {
    const seed = s002.replaceAll('ดงครั่งน้อย', ocr);
    expect(parse(seed, false).report.org.name).toBe(`องค์การบริหารส่วนตำบล${ocr}`);
    const { org } = parse(seed, true).report;
    expect(org.name).toBe('องค์การบริหารส่วนตำบลดงครั่งน้อย');
    expect(org.district).toBe('เกษตรวิสัย');
    expect(org.variants).toContain(`องค์การบริหารส่วนตำบล${ocr}`);
  });

  it('keeps a real subdistrict name as printed', () => {
    expect(parse(s002, true).report.org.name).toBe('องค์การบริหารส่วนตำบลดงครั่งน้อย');
  });
});
