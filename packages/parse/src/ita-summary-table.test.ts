import { describe, expect, it } from '@jest/globals';
import { ruledPage } from './test-support/ruled-page.js';
import { buildDoc, proseLines } from './document.model.js';
import { parseIndicators } from './indicator-table.parser.js';
import { parseItaSummary } from './ita-summary.parser.js';
import { parseQuestions } from './question-tables.parser.js';

// Layouts of tests/unseen round 2: an older-framework (2565) analysis with one short table of indicator
// rows "n. name | score", tool totals, the total and the level; an e-PlanNACC year table, which is no
// indicator table although its rows start with a number and hold small numbers (มิติ, 0.00).

const page = (no: number, prose: string[], tables: string[][][] = []) => ruledPage(no, prose, tables);

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
