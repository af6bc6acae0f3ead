import { describe, expect, it } from '@jest/globals';
import type { PageText } from '@lao/schemas';
import { reorderCellPieces } from './cell-line-order.js';
import { buildDoc } from './document.model.js';

// s004-scan page 7: OCR cut "โครงการเสริมสร้างวัฒนธรรมการให้" in two and listed the right piece first (its box
// 0.4 pt higher), so the cell read "ารให้โครงการเสริมสร้างวัฒนธรรมกบริการอย่างเท่าเทียมกัน".
const LINES = [
  { id: 'p7-l86', raw: 'ารให้', text: 'ารให้', box: { x: 271.08, y: 560.88, w: 23.76, h: 12.24 }, confidence: 94 },
  { id: 'p7-l87', raw: 'โครงการเสริมสร้างวัฒนธรรมก', text: 'โครงการเสริมสร้างวัฒนธรรมก', box: { x: 126.72, y: 561.24, w: 143.28, h: 11.88 }, confidence: 95 },
  { id: 'p7-l88', raw: 'บริการอย่างเท่าเทียมกัน', text: 'บริการอย่างเท่าเทียมกัน', box: { x: 127.8, y: 576.72, w: 112.68, h: 11.52 }, confidence: 94 },
];
const CELL_TEXT = 'ารให้โครงการเสริมสร้างวัฒนธรรมกบริการอย่างเท่าเทียมกัน';
const byId = (id: string) => LINES.find((l) => l.id === id);

function page(method: 'ocr' | 'text'): PageText {
  const cell = { raw: LINES.map((l) => l.raw).join('\n'), text: CELL_TEXT, box: { x: 123.57, y: 558.88, w: 175.32, h: 32.4 }, lineIds: LINES.map((l) => l.id), confidence: 94 };
  return {
    page: 7, width: 595, height: 842, method, confidence: 90, lostChars: 0, notes: [], lines: LINES,
    tables: [{ id: 'p7-t0', source: 'ruled', box: cell.box, rows: [{ box: cell.box, cells: [cell] }] }],
  };
}

describe('reorderCellPieces', () => {
  it('puts the right piece of a cut line after the left one, joined where they touch (s004-scan)', () => {
    expect(reorderCellPieces(CELL_TEXT, LINES.map((l) => l.id), byId)).toEqual({
      text: 'โครงการเสริมสร้างวัฒนธรรมการให้บริการอย่างเท่าเทียมกัน',
      lineIds: ['p7-l87', 'p7-l86', 'p7-l88'],
    });
  });

  it('keeps a space where a word gap lies between the pieces', () => {
    const lines = [
      { text: 'ประชาชน', box: { x: 230, y: 100, w: 40, h: 12 } },
      { text: 'โครงการจัดทำมาตรฐานการให้บริการ', box: { x: 120, y: 100.5, w: 100, h: 12 } },
    ];
    const got = reorderCellPieces('ประชาชน โครงการจัดทำมาตรฐานการให้บริการ', ['a', 'b'], (id) => lines[id === 'a' ? 0 : 1]);
    expect(got.text).toBe('โครงการจัดทำมาตรฐานการให้บริการ ประชาชน');
  });

  it('leaves lines one above the other, and lines already in order, as they are', () => {
    const ids = ['p7-l87', 'p7-l88'];
    expect(reorderCellPieces('โครงการเสริมสร้างวัฒนธรรมกบริการอย่างเท่าเทียมกัน', ids, byId).lineIds).toEqual(ids);
    const inOrder = ['p7-l87', 'p7-l86'];
    expect(reorderCellPieces('โครงการเสริมสร้างวัฒนธรรมการให้', inOrder, byId).text).toBe('โครงการเสริมสร้างวัฒนธรรมการให้');
  });
});

describe('buildDoc on a scanned page', () => {
  it('reads the cell in reading order; a text page keeps its cell text', () => {
    expect(buildDoc([page('ocr')]).tables[0]!.rows[0]!.cells[0]!.text).toBe('โครงการเสริมสร้างวัฒนธรรมการให้บริการอย่างเท่าเทียมกัน');
    expect(buildDoc([page('text')]).tables[0]!.rows[0]!.cells[0]!.text).toBe(CELL_TEXT);
  });
});
