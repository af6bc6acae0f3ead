import { describe, it, expect, afterAll } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLaoError, PageTextSchema, type PageText } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';
import { extractDocument, type ExtractedDocument } from './extract-document.js';
import { closePdfWorker } from './pdf/pdf-text-layer.client.js';
import { characterErrorRate } from './cer.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures');
const fixture = (name: string) => path.join(fixtures, name);

// The visible text of test-fixtures/src/tables.html, page by page, in reading order.
const PAGE1 = `รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ องค์การบริหารส่วนตำบลขอนแก่น อำเภอภูค้อ จังหวัดอุดรธานี ปีงบประมาณ พ.ศ. ๒๕๖๘ เพื่อนำไปปรับปรุงทั้งหมด
ตัวชี้วัดที่ รายละเอียดตัวชี้วัด คะแนน
1 การปฏิบัติงานที่ 94.44
2 การใช้งบประมาณ 100.00
3 การใช้จ่ายเงิน 100.00
ลำดับ ตัวชี้วัด ข้อคำถาม ข้อบกพร่อง/ข้อแก้ไข
๑ การปฏิบัติหน้าที่ ข้อ i๑ - ข้อบกพร่องที่ตรวจพบ คือ - ไม่มี - ข้อที่ต้องแก้ไขปรับปรุง คือ - ไม่มี - ข้อที่ต้องพัฒนาให้ดีขึ้นต่อไป
๒ การใช้ทรัพย์สิน ของทางราชการ ข้อ i๑๐ รักษาระดับ`;
const PAGE2 = `ผลการประเมินรายตัวชี้วัด ขององค์การบริหารส่วนตำบลขอนแก่น
ตัวชี้วัดที่ รายละเอียดตัวชี้วัด คะแนน
6 คุณภาพการดำเนินงาน 97.00
7 ประสิทธิภาพการสื่อสาร 95.00
8 การปรับปรุงการทำงาน 95.17
9 การเปิดเผยข้อมูล 77.50
สำนักปลัด องค์การบริหารส่วนตำบลขอนแก่น หวังเป็นอย่างยิ่งว่า ผลการประเมินครั้งนี้จะช่วยสนับสนุนส่งเสริม`;

const pageText = (p: PageText) => p.lines.map((l) => l.text).join('\n');
const cells = (p: PageText, t: number) => p.tables[t]!.rows.map((r) => r.cells.map((c) => c.text));

const cache = new Map<string, Promise<ExtractedDocument>>();
const extract = (name: string) => {
  if (!cache.has(name)) cache.set(name, extractDocument({ path: fixture(name) }));
  return cache.get(name)!;
};
afterAll(async () => {
  cache.clear();
  await closePdfWorker();
});

describe('extractDocument on a born-digital Chromium PDF (Laksaman)', () => {
  it('reads every page on the text path with no lost characters and CER 0 against the source', async () => {
    const doc = await extract('tables-laksaman.pdf');
    expect(doc.pageCount).toBe(2);
    expect(doc.failures).toEqual([]);
    expect(doc.pages.map((p) => p.method)).toEqual(['text', 'text']);
    expect(doc.pages.map((p) => p.lostChars)).toEqual([0, 0]);
    expect(characterErrorRate(normalizeText(PAGE1), pageText(doc.pages[0]!))).toBe(0);
    expect(characterErrorRate(normalizeText(PAGE2), pageText(doc.pages[1]!))).toBe(0);
    for (const p of doc.pages) expect(() => PageTextSchema.parse(p)).not.toThrow();
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('tables and reading order (tables-laksaman.pdf)', () => {
  it('builds two ruled tables on page 1, one grid each, cells per row, multi-line cells whole', async () => {
    const [p1] = (await extract('tables-laksaman.pdf')).pages;
    const ruled = p1!.tables.filter((t) => t.source === 'ruled');
    expect(ruled).toHaveLength(2);
    expect(cells(p1!, 0)).toEqual([
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ['1', 'การปฏิบัติงานที่', '94.44'],
      ['2', 'การใช้งบประมาณ', '100.00'],
      ['3', 'การใช้จ่ายเงิน', '100.00'],
    ]);
    const second = cells(p1!, 1);
    expect(second.map((r) => r.length)).toEqual([4, 4, 4]);
    expect(second[0]).toEqual(['ลำดับ', 'ตัวชี้วัด', 'ข้อคำถาม', 'ข้อบกพร่อง/ข้อแก้ไข']);
    // A three-line cell is one cell, its lines joined without a space at the Thai–Thai wraps.
    expect(second[1]![3]).toBe('- ข้อบกพร่องที่ตรวจพบ คือ - ไม่มี - ข้อที่ต้องแก้ไขปรับปรุง คือ - ไม่มี - ข้อที่ต้องพัฒนาให้ดีขึ้นต่อไป');
    expect(p1!.tables[1]!.rows[1]!.cells[3]!.lineIds).toHaveLength(3);
    expect(second[2]).toEqual(['2', 'การใช้ทรัพย์สินของทางราชการ', 'ข้อ i10', 'รักษาระดับ']);
  });

  it('puts a multi-line cell’s lines next to each other in reading order, after the cells before it', async () => {
    const [p1] = (await extract('tables-laksaman.pdf')).pages;
    const texts = p1!.lines.map((l) => l.text);
    const at = (s: string) => texts.indexOf(s);
    expect(at('ข้อที่ต้องแก้ไขปรับปรุง คือ - ไม่มี -')).toBe(at('- ข้อบกพร่องที่ตรวจพบ คือ - ไม่มี -') + 1);
    expect(at('หน้าที่')).toBe(at('การปฏิบัติ') + 1);
    expect(at('การปฏิบัติ')).toBeLessThan(at('ข้อ i1'));
    expect(p1!.lines[0]!.text.startsWith('รายงานการวิเคราะห์ผลการประเมิน')).toBe(true);
    expect(p1!.lines.map((l) => l.id)).toEqual(p1!.lines.map((_, i) => `p1-l${i}`));
    // Boxes are in points from the top-left: the first line is near the top of an A4 page.
    expect(p1!.lines[0]!.box.y).toBeGreaterThan(50);
    expect(p1!.lines[0]!.box.y).toBeLessThan(120);
  });

  it('finds the borderless table on page 2 as an aligned table', async () => {
    const [, p2] = (await extract('tables-laksaman.pdf')).pages;
    expect(p2!.tables).toHaveLength(1);
    expect(p2!.tables[0]!.source).toBe('aligned');
    expect(cells(p2!, 0)).toEqual([
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ['6', 'คุณภาพการดำเนินงาน', '97.00'],
      ['7', 'ประสิทธิภาพการสื่อสาร', '95.00'],
      ['8', 'การปรับปรุงการทำงาน', '95.17'],
      ['9', 'การเปิดเผยข้อมูล', '77.50'],
    ]);
  });
});

describe('crafted broken text layers', () => {
  it('repairs private-use glyphs and decomposed sara am when the ActualText is gone (Loma)', async () => {
    const doc = await extract('pua-no-actualtext.pdf');
    expect(doc.pages.map((p) => p.method)).toEqual(['text', 'text']);
    expect(doc.pages[0]!.lines.some((l) => /[\uE000-\uF8FF]/u.test(l.raw))).toBe(true);
    expect(characterErrorRate(normalizeText(PAGE1), pageText(doc.pages[0]!))).toBe(0);
    expect(characterErrorRate(normalizeText(PAGE2), pageText(doc.pages[1]!))).toBe(0);
  });

  it('recovers NUL glyphs from ActualText spans (what Skia writes for GSUB alternates)', async () => {
    const doc = await extract('nul-glyphs-actualtext.pdf');
    expect(doc.pages.map((p) => p.lostChars)).toEqual([0, 0]);
    expect(doc.pages[0]!.notes).toContain('decision:text');
    expect(characterErrorRate(normalizeText(PAGE1), pageText(doc.pages[0]!))).toBe(0);
  });

  it('routes NUL glyphs without ActualText to OCR, counting what was lost', async () => {
    const doc = await extract('nul-glyphs.pdf');
    const p1 = doc.pages[0]!;
    expect(p1.lostChars).toBeGreaterThan(50);
    expect(p1.notes.some((n) => n.startsWith('decision:ocr-needed(lost-chars:'))).toBe(true);
  });

  it('routes a font without ToUnicode (glyph-id soup) to OCR', async () => {
    const doc = await extract('no-tounicode.pdf');
    for (const p of doc.pages) expect(p.notes.some((n) => /^decision:ocr-needed\(.*foreign-chars/.test(n))).toBe(true);
  });
});

describe('bad input', () => {
  const code = async (name: string) => {
    try {
      await extractDocument({ path: fixture(name) });
      return 'none';
    } catch (err) {
      return isLaoError(err) ? err.code : String(err);
    }
  };
  it.each([
    ['encrypted.pdf', 'ENCRYPTED_PDF'],
    ['empty.pdf', 'EMPTY_FILE'],
    ['not-a-pdf.pdf', 'UNSUPPORTED_TYPE'],
    ['no-such-file.pdf', 'FILE_NOT_FOUND'],
  ])('%s → %s', async (name, expected) => {
    expect(await code(name)).toBe(expected);
  });

  it('a truncated PDF gives its readable pages and reports the rest by number', async () => {
    const doc = await extract('truncated.pdf');
    expect(doc.pageCount).toBe(2);
    expect(doc.pages.map((p) => p.page)).toEqual([1]);
    expect(doc.failures.map((f) => [f.page, f.error.code])).toEqual([[2, 'CORRUPT_PDF']]);
    expect(characterErrorRate(normalizeText(PAGE1), pageText(doc.pages[0]!))).toBe(0);
  });

  it('sniffs bytes, not names: a PDF passed as bytes with a .png name is read as a PDF', async () => {
    const { readFile } = await import('node:fs/promises');
    const bytes = new Uint8Array(await readFile(fixture('tables-laksaman.pdf')));
    const doc = await extractDocument({ bytes, fileName: 'scan.png' });
    expect(doc.kind).toBe('pdf');
    expect(doc.pageCount).toBe(2);
  });
});
