import { describe, expect, it } from '@jest/globals';
import { displayWidth, renderCsv, renderTable } from './text-table.js';

describe('displayWidth (Thai marks above/below take no column)', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลขอนแก่น', 24],
    ['ข้อสังเกต Flags', 13],
    ['ดงครั่งน้อย', 8],
    ['s002-measures-progress.pdf', 26],
  ])('%s → %i', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });
});

describe('renderTable / renderCsv', () => {
  const rows = [{ org: 'องค์การบริหารส่วนตำบลดงครั่งน้อย', flags: 2 }, { org: 'อบต.ขอนแก่น', flags: 11 }];
  const cols = [
    { header: 'หน่วยงาน Organisation', value: (r: (typeof rows)[number]) => r.org },
    { header: 'ข้อสังเกต Flags', value: (r: (typeof rows)[number]) => String(r.flags), align: 'right' as const },
  ];
  it('pads Thai cells by display width so columns line up', () => {
    const lines = renderTable(rows, cols).trimEnd().split('\n');
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1);
    expect(lines[3]).toMatch(/^อบต\.ขอนแก่น +11$/);
  });
  it('quotes CSV fields holding commas or quotes', () => {
    expect(renderCsv([{ org: 'ก, "ข"', flags: 1 }], cols)).toBe('หน่วยงาน Organisation,ข้อสังเกต Flags\r\n"ก, ""ข""",1\r\n');
  });
});
