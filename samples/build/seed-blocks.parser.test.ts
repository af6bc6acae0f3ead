import { describe, it, expect } from '@jest/globals';
import { parseSeed } from './seed-blocks.parser.js';
import type { TableBlock } from './report-blocks.js';

const tables = (text: string): TableBlock[] => parseSeed(text).filter((b): b is TableBlock => b.kind === 'table');

describe('parseSeed', () => {
  it('keeps the cover apart and opens a page at คำนำ', () => {
    const blocks = parseSeed('\n\nรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส\nองค์การบริหารส่วนตำบลขอนแก่น\n\nคำนำ\n\nการประเมินคุณคุณธรรม และความโปร่งใสในการดำเนินงานหน่วยงานภาครัฐ (Integrity And Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ มีเจตนารมณ์\n');
    expect(blocks.map((b) => [b.kind, b.lines[0], b.breakBefore])).toEqual([
      ['title', 3, false],
      ['title', 4, false],
      ['section', 6, true],
      ['paragraph', 8, false],
    ]);
  });

  it('merges a table split by the original page break (same header) and continuation rows after a blank line', () => {
    const seed = [
      'ตัวชี้วัด\tมาตรการ/โครงการ/กิจกรรม\tผู้รับผิดชอบ',
      '๑.การปฏิบัติหน้าที่\t๑. จัดทำคู่มือ\tสำนักปลัด',
      '',
      'ตัวชี้วัด\tมาตรการ/โครงการ/กิจกรรม\tผู้รับผิดชอบ',
      '๒. การใช้งบประมาณ\t๑. การพัฒนาวิธีการเผยแพร่\tกองคลัง',
      '',
      '\t๒. จัดให้บุคลากรภายในหน่วยงานได้มีส่วนร่วม\t',
    ].join('\n');
    const [table, ...rest] = tables(seed);
    expect(rest).toHaveLength(0);
    expect(table!.lines).toEqual([1, 7]);
    expect(table!.body.map((r) => r.line)).toEqual([2, 5, 7]);
    expect(table!.body[2]!.cells[0]!.continued).toBe(true);
    expect(table!.body[1]!.cells[0]!.open).toBe(true);
  });

  it('reads a two-row header with a spanning cell (ผลการดำเนินการ over ผลผลิต/ผลลัพธ์)', () => {
    const seed = 'มาตรการ\tระยะเวลา\tผลการดำเนินการ\t\tหมายเหตุ\n\t\tผลผลิต\tผลลัพธ์\t\nประกาศเจตจำนง\tเดือนเมษายน ๒๕๖๓\tประกาศ\tรายงานผล -รอบ 6 เดือน\t';
    const [table] = tables(seed);
    expect(table!.header.map((r) => r.cells.map((c) => [c.html, c.colspan, c.rowspan]))).toEqual([
      [['มาตรการ', 1, 2], ['ระยะเวลา', 1, 2], ['ผลการดำเนินการ', 2, 1], ['หมายเหตุ', 1, 2]],
      [['ผลผลิต', 1, 1], ['ผลลัพธ์', 1, 1]],
    ]);
    expect(table!.body).toHaveLength(1);
  });

  it('joins an OCR-wrapped paragraph without inventing a space inside Thai', () => {
    const seed = 'x\n\nคำนำ\n\nตัวชี้วัดที่ ๒ การใช้งบประมาณ ได้คะแนน ๙๙.๑๗ คะแนน เป็นคะแนนจากการประเมินการรับรู้ของ บุคลากรภายใน\nหน่วยงานต่อการดำเนินการต่าง ๆ ของหน่วยงานในประเด็นที่เกี่ยวข้องกับการใช้จ่ายงบประมาณ';
    const paragraph = parseSeed(seed).find((b) => b.kind === 'paragraph');
    expect(paragraph?.lines).toEqual([5, 6]);
    expect(paragraph?.kind === 'paragraph' && paragraph.html).toContain('บุคลากรภายในหน่วยงานต่อ');
  });

  it('drops a markdown table rule and turns checkboxes into ☑', () => {
    const seed = 'ลำดับ\tรายการโครงการ (ตั้งต้น)\tไตรมาส 1\n---\t---\t---\n1\tโครงการโรงเรียนคุณธรรม\t<input checked="" type="checkbox"/>';
    const [table] = tables(seed);
    expect(table!.body).toHaveLength(1);
    expect(table!.body[0]!.cells[2]!.html).toContain('☑');
  });
});
