import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TextLine } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';
import { buildDoc, proseLines } from './document.model.js';
import { parseIndicators } from './indicator-table.parser.js';
import { parseItaSummary } from './ita-summary.parser.js';
import { parseQuestions } from './question-tables.parser.js';

// Layouts of tests/unseen round 2: an older-framework (2565) analysis with one short table of indicator
// rows "n. name | score", tool totals, the total and the level; an e-PlanNACC year table, which is no
// indicator table although its rows start with a number and hold small numbers (มิติ, 0.00).

function page(no: number, prose: string[], tables: string[][][] = []): PageText {
  const lines: TextLine[] = [];
  let y = 76;
  const add = (text: string, x: number, w: number): TextLine => {
    const l: TextLine = { id: `p${no}-l${lines.length}`, raw: text, text: normalizeText(text), box: { x, y, w, h: 16 }, confidence: null };
    lines.push(l);
    return l;
  };
  for (const p of prose) {
    add(p, 85, 440);
    y += 22;
  }
  const out = tables.map((rows, t) => {
    const top = y;
    const cols = Math.max(...rows.map((r) => r.length));
    const cw = 450 / cols;
    const tableRows = rows.map((r) => {
      const rowY = y;
      const cells: TableCell[] = r.map((text, j) => {
        const box = { x: 85 + j * cw, y: rowY, w: cw, h: 20 };
        const ids = text === '' ? [] : [add(text, box.x + 4, Math.min(cw - 8, text.length * 5)).id];
        return { raw: text, text: normalizeText(text), box, lineIds: ids, confidence: null };
      });
      y += 20;
      return { box: { x: 85, y: rowY, w: 450, h: 20 }, cells };
    });
    y += 10;
    return { id: `p${no}-t${t}`, source: 'ruled' as const, box: { x: 85, y: top, w: 450, h: y - top }, rows: tableRows };
  });
  return { page: no, width: 595, height: 842, method: 'text', confidence: null, lostChars: 0, notes: [], lines, tables: out };
}

const SHORT_SUMMARY = [
  ['ตัวชี้วัด', 'คะแนน'],
  ['1. การปฏิบัติหน้าที่', '92.45'],
  ['2. การใช้งบประมาณ', '88.20'],
  ['3. การใช้อำนาจ', '90.10'],
  ['4. การใช้ทรัพย์สินของราชการ', '86.35'],
  ['5. การแก้ไขปัญหาการทุจริต', '89.90'],
  ['6. คุณภาพการดำเนินงาน', '91.20'],
  ['7. ประสิทธิภาพการสื่อสาร', '87.60'],
  ['8. การปรับปรุงการทำงาน', '86.40'],
  ['9. การเปิดเผยข้อมูล', '81.82'],
  ['10. การป้องกันการทุจริต', '77.78'],
  ['IIT', '89.40'],
  ['EIT', '88.40'],
  ['OIT', '79.80'],
  ['คะแนนรวม', '85.26'],
  ['ระดับผลการประเมิน', 'A'],
];

describe('a short ITA summary table (ตัวชี้วัด | คะแนน with "n. name" rows, tools, total and level)', () => {
  const doc = buildDoc([
    page(
      2,
      [
        'โดยใช้แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) จำนวน 30 ข้อ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) จำนวน 15 ข้อ',
        'และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) จำนวน 43 ข้อ เทศบาลเมืองกาฬสินธุ์ได้คะแนน 85.26 คะแนน',
      ],
      [SHORT_SUMMARY],
    ),
  ]);

  it('reads the ten indicators with their number split from the name', () => {
    const { indicators } = parseIndicators(doc, 2565);
    expect(indicators.map((i) => [i.no, i.name, i.score])).toEqual(SHORT_SUMMARY.slice(1, 11).map((r, k) => [k + 1, r[0]!.replace(/^\d+\. /, ''), Number(r[1])]));
  });

  it('reads tool totals, the total and the level from the same table; a tool described by its item count is no tool score', () => {
    const s = parseItaSummary(proseLines(doc), 2565, doc.tables);
    expect(s.tools).toEqual({ iit: 89.4, eit: 88.4, oit: 79.8 });
    expect(s.totalScore).toBe(85.26);
    expect(s.level).toBe('A');
  });
});

describe('an e-PlanNACC year table is no indicator table', () => {
  it('rows "ลำดับ | โครงการ… | มิติ | งบประมาณ | ไตรมาส ☑" give no indicators', () => {
    const doc = buildDoc([
      page(4, ['แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 ของ องค์การบริหารส่วนตำบลดอนแก้ว'], [
        [
          ['ลำดับ', 'รายการโครงการ (ตั้งต้น)', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', '', 'หมายเหตุ'],
          ['', '', '', '', '1', '2', '3', '4', ''],
          ['1', 'มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม', '1', '0.00', '☑', '☑', '☑', '☑', ''],
          ['2', 'โครงการอบรมคุณธรรมจริยธรรมพนักงานส่วนตำบล', '1', '30,000.00', '', '☑', '', '', ''],
          ['3', 'กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร', '2', '0.00', '☑', '', '', '', ''],
          ['4', 'จัดทำรายงานการควบคุมภายใน', '4', '15,000.00', '', '', '', '☑', ''],
        ],
      ]),
    ]);
    expect(parseIndicators(doc, 2566).indicators).toEqual([]);
  });
});

describe('question lists coded "EIT 1" and "O1", the OIT items under a ข้อมูล head (tests/unseen u6)', () => {
  const doc = buildDoc([
    page(3, ['รายละเอียดตัวชี้วัดและข้อคำถามของแบบวัด EIT (External Integrity and Transparency Assessment) และคะแนนที่ได้'], [
      [
        ['ข้อ', 'คำถาม', 'ระดับคะแนน'],
        ['EIT 1', 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา', '๙๓.๓๓'],
        ['EIT 2', 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้มาติดต่ออื่นอย่างเท่าเทียมกัน', '๙๕.๐๐'],
        ['EIT 3', 'ท่านเคยถูกเจ้าหน้าที่เรียกรับสินบน หรือไม่', '๑๐๐'],
      ],
    ]),
    page(4, ['รายละเอียดตัวชี้วัดและข้อมูลของแบบตรวจ OIT (Open Data Integrity and Transparency Assessment) และคะแนนที่ได้'], [
      [
        ['ข้อ', 'ข้อมูล', 'ระดับคะแนน'],
        ['O1', 'โครงสร้างและอำนาจหน้าที่', '๑๐๐'],
        ['O2', 'ข้อมูลผู้บริหาร', '๑๐๐'],
        ['O3', 'ข้อมูลการติดต่อ', '๐'],
      ],
    ]),
  ]);

  it('reads e1-e3 and o1-o3 with their texts and scores', () => {
    const { questions } = parseQuestions(doc, 2568);
    expect(questions.map((q) => [q.code, q.text, q.score])).toEqual([
      ['e1', 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา', 93.33],
      ['e2', 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้มาติดต่ออื่นอย่างเท่าเทียมกัน', 95],
      ['e3', 'ท่านเคยถูกเจ้าหน้าที่เรียกรับสินบน หรือไม่', 100],
      ['o1', 'โครงสร้างและอำนาจหน้าที่', 100],
      ['o2', 'ข้อมูลผู้บริหาร', 100],
      ['o3', 'ข้อมูลการติดต่อ', 0],
    ]);
  });
});
