import { describe, it, expect } from '@jest/globals';
import { selectPages } from './scan-samples.build.js';
import type { PagesFile } from './pages-json.schema.js';

const pages: PagesFile = {
  file: 's004-anticorruption-plan.pdf',
  seed: '004_85bef1f827b5141b.txt',
  font: 'Laksaman',
  pages: [
    { page: 1, method: 'text', text: 'แผนปฏิบัติการป้องกันการทุจริต', seedLines: [5, 11] },
    { page: 2, method: 'text', text: 'คำนำ', seedLines: [15, 43] },
    { page: 3, method: 'text', text: 'มิติ\tภารกิจตามมิติ', seedLines: [118, 123] },
    { page: 4, method: 'text', text: 'มิติ\tภารกิจตามมิติ', seedLines: [124, 137] },
    { page: 5, method: 'text', text: 'ส่วนที่ ๓', seedLines: [139, 141] },
  ],
};

describe('selectPages', () => {
  it('takes every page overlapping a seed-line range', () => {
    expect(selectPages(pages, [[5, 11], [118, 122]])).toEqual([1, 3]);
    expect(selectPages(pages, [[120, 130]])).toEqual([3, 4]);
  });
  it('takes all pages for "all"', () => {
    expect(selectPages(pages, 'all')).toEqual([1, 2, 3, 4, 5]);
  });
});
