import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TextLine } from '@lao/schemas';
import { buildDoc } from './document.model.js';
import { parseQuestions } from './question-tables.parser.js';

// Rows of seed 001's IIT table as OCR read them from the scanned page: on two rows the column ruling
// was lost, the code cell is empty and the code opens the question text.
const ROWS: Array<[string, string, string]> = [
  ['11', 'การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่าน เป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด', '95.17'],
  ['12', 'ในหน่วยงานของท่าน มีเจ้าหน้าที่ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่ออย่างเท่าเทียมกัน มากน้อยเพียงใด', '95.42'],
  ['', '13 เจ้าหน้าที่ในหน่วยงานของท่าน มีการเรียก รับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่', '100.00'],
  ['', '14 หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด', '97.50'],
  ['15', 'ในหน่วยงานของท่าน มีเจ้าหน้าที่เบิกจ่ายเงินเป็นเท็จ มากน้อยเพียงใด', '100.00'],
];

// Rows of u1-scan's IIT table (รหัส | ข้อคำถาม | คะแนน) as OCR read them: on the i11 row the ruling was lost
// and the i of the code read as a bracket, "[11" opening the question text.
const U1_ROWS: Array<[string, string, string]> = [
  ['i10', 'การยืมทรัพย์สินของราชการไบใช้ปฏิบัติงานในหน่วยงานของท่าน มีความสะดวก มากน้อยเพียงใด', '88.75'],
  ['', '[11 บุคลากรในหน่วยงานของท่าน นำทรัพย์สินของราชการไบใช้เพื่อประโยชน์ส่วนตัว กลุ่ม หรือพวกพ้อง หรือไม่', '96.67'],
  ['i12', 'หน่วยงานของท่าน มีการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ์ มากน้อยเพียงใด', '93.33'],
  ['i13', 'ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการต่อต้านการทุจริต มากน้อยเพียงใด', '98.33'],
];

function page(rowsIn: Array<[string, string, string]> = ROWS, head: [string, string, string] = ['ข้อ', 'คำถาม', 'คะแนน']): PageText {
  const lines: TextLine[] = [];
  const line = (text: string, x: number, y: number): TextLine => {
    const l = { id: `p3-l${lines.length}`, raw: text, text, box: { x, y, w: 50, h: 10 }, confidence: 90 };
    lines.push(l);
    return l;
  };
  line('รายละเอียดตัวชี้วัดและข้อคำถามของแบบวัด IIT (Internal Integrity and Transparency Assessment)', 85, 60);
  const cell = (text: string, x: number, y: number): TableCell => {
    const ids = text === '' ? [] : [line(text, x + 2, y + 5).id];
    return { raw: text, text, box: { x, y, w: 80, h: 30 }, lineIds: ids, confidence: 90 };
  };
  const rows = [head, ...rowsIn].map((r, i) => {
    const y = 100 + i * 30;
    return { box: { x: 85, y, w: 400, h: 30 }, cells: [cell(r[0], 85, y), cell(r[1], 165, y), cell(r[2], 405, y)] };
  });
  return { page: 3, width: 595, height: 842, method: 'ocr', confidence: 90, lostChars: 0, notes: [], lines, tables: [{ id: 'p3-t0', source: 'ruled', box: { x: 85, y: 100, w: 400, h: 180 }, rows }] };
}

describe('a question row whose code OCR put into the question text', () => {
  it('keeps its code, score and the text without the code', () => {
    const { questions } = parseQuestions(buildDoc([page()]));
    // Five rows alone cannot tell "11" (i1 with the i read as 1) from i11; the run stays in sequence.
    expect(questions.map((q) => [q.code, q.score])).toEqual([
      ['i11', 95.17],
      ['i12', 95.42],
      ['i13', 100],
      ['i14', 97.5],
      ['i15', 100],
    ]);
    expect(questions[2]!.text).toBe(ROWS[2]![1].slice(3));
  });
});

describe('a code whose i OCR read as a bracket, put into the question text', () => {
  it('is the code its place says, with the text after it (u1-scan i11)', () => {
    const { questions } = parseQuestions(buildDoc([page(U1_ROWS, ['รหัส', 'ข้อคำถาม', 'คะแนน'])]));
    expect(questions.map((q) => [q.code, q.score])).toEqual([
      ['i10', 88.75],
      ['i11', 96.67],
      ['i12', 93.33],
      ['i13', 98.33],
    ]);
    expect(questions[1]!.text).toBe(U1_ROWS[1]![1].slice(4));
  });
});
