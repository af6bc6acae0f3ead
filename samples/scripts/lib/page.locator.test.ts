import { describe, expect, it } from '@jest/globals';
import { locatePage } from './page.locator.js';
import type { PageEntry } from './pages-file.schema.js';

// Shaped like s000-ita-analysis.pages.json: L89's long remarks cell runs over pages 6–8.
const pages: PageEntry[] = [
  { page: 6, method: 'text', text: '๔\tการใช้ทรัพย์สิน ของทางราชการ\tIIT\tข้อ 1๑๐\t๘๓.๓๓\t- ข้อบกพร่องที่ตรวจพบ', seedLines: [84, 89] },
  { page: 7, method: 'text', text: 'ราชการอย่างสม่ำเสมอ เพื่อป้องกันไม่ให้', seedLines: [89, 89] },
  { page: 8, method: 'ocr', text: 'ปฏิบัติงานดังกล่าวนี้ไว้\n\t\t\tข้อ 1๑๑\t๑๐๐', seedLines: [89, 92] },
  { page: 9, method: 'text', text: 'คำอธิบาย', seedLines: null },
];

describe('locatePage', () => {
  it.each([
    ['the page that prints the anchor of a split line', { line: 89, anchor: 'ข้อ 110 83.33' }, { page: 6, how: 'anchor' }],
    ['a later page of the same split line', { line: 89, anchor: 'ราชการอย่างสม่ำเสมอ' }, { page: 7, how: 'anchor' }],
    ['an OCR page, by seed lines and anchor', { line: 90, anchor: 'ข้อ 111 100' }, { page: 8, how: 'anchor' }],
    ['the first page when the anchor is nowhere', { line: 89, anchor: 'ไม่มีข้อความนี้' }, { page: 6, how: 'first-of-split' }],
    ['a single page without the anchor is reported', { line: 91, anchor: 'ไม่มีข้อความนี้' }, { page: 8, how: 'anchor-not-on-page' }],
  ])('%s', (_, loc, want) => {
    expect(locatePage(loc, pages)).toEqual(want);
  });

  it('returns null for a line no page carries', () => {
    expect(locatePage({ line: 140, anchor: 'ข้อ 028' }, pages)).toBeNull();
  });
});
