import { describe, it, expect } from '@jest/globals';
import { buildAlignedTables, type AlignedLine } from './aligned-tables.builder.js';

let n = 0;
const line = (text: string, x: number, y: number, w: number, h = 16): AlignedLine => ({ id: `l${n++}`, raw: text, text, box: { x, y, w, h }, confidence: null });

describe('buildAlignedTables', () => {
  it('finds columns from x-positions, right-aligned numbers included', () => {
    const lines = [
      line('ผลการประเมินรายตัวชี้วัด ขององค์การบริหารส่วนตำบลขอนแก่น', 63, 60, 400),
      line('ตัวชี้วัดที่', 73, 100, 58), line('รายละเอียดตัวชี้วัด', 160, 100, 124), line('คะแนน', 320, 100, 48),
      line('6', 73, 124, 9), line('คุณภาพการดำเนินงาน', 160, 124, 130), line('97.00', 329, 124, 39),
      line('10', 73, 148, 17), line('การป้องกันการทุจริต', 160, 148, 120), line('65.00', 329, 148, 39),
      line('สำนักปลัด องค์การบริหารส่วนตำบลขอนแก่น หวังเป็นอย่างยิ่งว่า', 63, 190, 420),
    ];
    const tables = buildAlignedTables(lines, { idPrefix: 'p2-t' });
    expect(tables).toHaveLength(1);
    expect(tables[0]!.id).toBe('p2-t0');
    expect(tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ['6', 'คุณภาพการดำเนินงาน', '97.00'],
      ['10', 'การป้องกันการทุจริต', '65.00'],
    ]);
  });

  it('keeps a wrapped cell whole and leaves empty cells in place', () => {
    const lines = [
      line('๑', 70, 100, 10), line('การปฏิบัติ', 120, 100, 65), line('ข้อ i๑', 230, 100, 38), line('- ข้อบกพร่องที่ตรวจพบ', 300, 100, 150),
      line('หน้าที่', 120, 117, 38), line('คือ - ไม่มี -', 300, 117, 80),
      line('', 0, 0, 0),
      line('ข้อ i๒', 230, 145, 38), line('๘๓.๓๓', 300, 145, 40),
    ].filter((l) => l.text);
    const [t] = buildAlignedTables(lines);
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['๑', 'การปฏิบัติหน้าที่', 'ข้อ i๑', '- ข้อบกพร่องที่ตรวจพบคือ - ไม่มี -'],
      ['', '', 'ข้อ i๒', '๘๓.๓๓'],
    ]);
    expect(t!.rows[0]!.cells[1]!.lineIds).toHaveLength(2);
  });

  it('finds no table in prose', () => {
    const lines = [line('รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส', 63, 80, 450), line('ของหน่วยงานภาครัฐ ในปีงบประมาณ พ.ศ. ๒๕๖๘', 63, 100, 300)];
    expect(buildAlignedTables(lines)).toEqual([]);
  });
});
