import { describe, expect, it } from '@jest/globals';
import { parseReport } from './parse-report.js';
import { META, readSeed } from './test-support/seed-fixtures.js';
import { seedToPages } from './test-support/seed-pages.js';

const questions = (seed: string) => {
  const pages = seedToPages(seed);
  return parseReport(pages, { ...META, pageCount: pages.length }).report.ita?.questions.map((q) => `${q.tool}:${q.code}`) ?? [];
};

const s001 = readSeed('s001');

// The scanned s001 reads the OIT heading's code as "OT"; the tool's English name still names it.
describe('a question table heading whose tool code OCR garbled', () => {
  it.each([
    ['OIT read as OT', 'แบบวัด OIT Open Data', 'แบบวัด OT Open Data'],
    ['OIT read as 0IT', 'แบบวัด OIT Open Data', 'แบบวัด 0IT Open Data'],
  ])('%s keeps its questions under OIT', (_why, printed, ocr) => {
    expect(s001).toContain(printed);
    const expected = questions(s001);
    expect(expected.filter((k) => k.startsWith('oit:')).length).toBeGreaterThan(10);
    expect(questions(s001.replace(printed, ocr))).toEqual(expected);
  });
});
