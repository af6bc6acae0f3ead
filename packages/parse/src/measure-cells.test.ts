import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TextLine } from '@lao/schemas';
import { buildDoc } from './document.model.js';
import { respreadRow } from './measure-cells.js';
import { restoreToneMarks } from './measure-text.js';

// A scanned two-column row (title | guideline, cells at x 85–162 and 162–260) where OCR read words of
// both columns as one line starting in the first.
function page(lines: Array<[string, number, number, number, number]>): PageText {
  const ls: TextLine[] = lines.map(([text, _col, x, y, w], i) => ({ id: `p1-l${i}`, raw: text, text, box: { x, y, w, h: 14 }, confidence: 80 }));
  const cell = (col: number, x: number, w: number): TableCell => {
    const ids = ls.filter((_, i) => lines[i]![1] === col).map((l) => l.id);
    const text = ls.filter((l) => ids.includes(l.id)).map((l) => l.text).join(' ');
    return { raw: text, text, box: { x, y: 300, w, h: 200 }, lineIds: ids, confidence: 80 };
  };
  return {
    page: 1,
    width: 595,
    height: 842,
    method: 'ocr',
    confidence: 80,
    lines: ls,
    tables: [{ id: 't1', box: { x: 85, y: 300, w: 175, h: 200 }, source: 'ruled', rows: [{ cells: [cell(0, 85, 77), cell(1, 162, 98)], box: { x: 85, y: 300, w: 175, h: 200 } }] }],
    lostChars: 0,
    notes: [],
  };
}

describe('respreadRow: a line OCR read across two columns', () => {
  it('gives each word to the column under it, top to bottom', () => {
    const doc = buildDoc([
      page([
        ['เจตจำนง', 0, 91, 323, 58],
        ['การบริหาร หรือคำมั่น', 0, 90, 339, 133],
        ['งานด้วย', 0, 90, 356, 50],
        ['แสดงเจตจำนง', 1, 167, 323, 86],
        ['มีคุณธรรม สุจริตอย่างมี', 1, 90, 372, 146],
        ['คุณธรรมและ', 1, 168, 390, 73],
      ]),
    ]);
    const row = respreadRow(doc, doc.tables[0]!.rows[0]!);
    expect(row.cells.map((c) => c.text.replace(/\s/g, ''))).toEqual(['เจตจำนงการบริหารงานด้วยมีคุณธรรม', 'แสดงเจตจำนงหรือคำมั่นสุจริตอย่างมีคุณธรรมและ']);
  });

  it('leaves a row whose lines stay inside their cells as it is', () => {
    const doc = buildDoc([page([['มาตรการ ตรวจสอบ', 0, 90, 323, 70], ['จัดทำมาตรการ', 1, 167, 323, 80]])]);
    const printed = doc.tables[0]!.rows[0]!;
    expect(respreadRow(doc, printed)).toBe(printed);
  });
});

describe('restoreToneMarks', () => {
  it.each([
    ['ความซือสัตย์สุจริต', 'ความซื่อสัตย์สุจริต'], // mai ek lost
    ['มาตรการตรวจสอบการใช้ดุลพินิจ', 'มาตรการตรวจสอบการใช้ดุลพินิจ'], // nothing to put back
  ])('%s → %s', (text, fixed) => {
    expect(restoreToneMarks(text)).toBe(fixed);
  });
});
