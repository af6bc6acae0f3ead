import { describe, expect, it } from '@jest/globals';
import { ruledPage, type ProseLine } from './test-support/ruled-page.js';
import { buildDoc, proseLines } from './document.model.js';
import { parseIndicators } from './indicator-table.parser.js';
import { parseItaSummary } from './ita-summary.parser.js';
import { parseQuestions } from './question-tables.parser.js';
import { parseReport } from './parse-report.js';
import { withParagraphRest } from './prose-paragraphs.js';

// An ITA analysis laid out unlike the seeds (tests/unseen/u1): the overall result in a paragraph wrapped
// over three lines, tool totals in a two-column table, an indicator table with a tool column, question
// tables per tool with bare codes (i1, e1, o1) and the indicator name in a merged first column.

// Cell lines 14 pt high, as printed in these tables.
const page = (no: number, prose: ProseLine[], tables: string[][][] = []) => ruledPage(no, prose, tables, 14);

const OVERALL: ProseLine[] = [
  { text: 'ส่วนที่ 1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567', w: 450 },
  { text: 'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ', x: 125, w: 390 },
  { text: 'หน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 ของเทศบาลเมือง', w: 425 },
  { text: 'บ้านไผ่ ได้คะแนนรวม 88.36 คะแนน ผลการประเมินอยู่ในระดับ ผ่าน', w: 434 },
  { text: 'โดยมีรายละเอียดคะแนนตามเครื่องมือการประเมิน ดังนี้', w: 347 },
];

const TOOL_TABLE = [
  ['เครื่องมือการประเมิน', 'คะแนน'],
  ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '94.90'],
  ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '92.97'],
  ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '80.00'],
  ['คะแนนรวม', '88.36'],
];

const INDICATOR_TABLE = [
  ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'เครื่องมือ', 'คะแนน', 'ระดับ'],
  ['1', 'การปฏิบัติหน้าที่', 'IIT', '96.30', 'ผ่าน'],
  ['2', 'การใช้งบประมาณ', 'IIT', '97.50', 'ผ่าน'],
  ['3', 'การใช้อำนาจ', 'IIT', '92.50', 'ผ่าน'],
  ['4', 'การใช้ทรัพย์สินของราชการ', 'IIT', '92.92', 'ผ่าน'],
  ['5', 'การแก้ไขปัญหาการทุจริต', 'IIT', '95.28', 'ผ่าน'],
  ['6', 'คุณภาพการดำเนินงาน', 'EIT', '95.56', 'ผ่าน'],
  ['7', 'ประสิทธิภาพการสื่อสาร', 'EIT', '90.56', 'ผ่าน'],
  ['8', 'การปรับปรุงการทำงาน', 'EIT', '92.78', 'ผ่าน'],
  ['9', 'การเปิดเผยข้อมูล', 'OIT', '85.00', 'ผ่าน'],
  ['10', 'การป้องกันการทุจริต', 'OIT', '75.00', 'ไม่ผ่าน'],
];

const IIT_QUESTIONS = [
  ['ตัวชี้วัด', 'รหัส', 'ข้อคำถาม', 'คะแนน'],
  ['1. การปฏิบัติหน้าที่', 'i1', 'การปฏิบัติงานหรือการให้บริการของบุคลากรในหน่วยงานของท่าน เป็นไปตามขั้นตอนและระยะเวลาที่กำหนด มากน้อยเพียงใด', '96.25'],
  ['', 'i2', 'บุคลากรในหน่วยงานของท่าน ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อทั่วไปอย่างเท่าเทียมกัน มากน้อยเพียงใด', '93.75'],
  ['', 'i3', 'บุคลากรในหน่วยงานของท่าน มีการเรียกรับเงิน ทรัพย์สิน หรือประโยชน์อื่นใด เพื่อแลกกับการปฏิบัติหน้าที่ หรือไม่', '98.89'],
  ['2. การใช้งบประมาณ', 'i4', 'หน่วยงานของท่าน ใช้จ่ายงบประมาณโดยคำนึงถึงความคุ้มค่าและเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด', '95.00'],
  ['', 'i5', 'บุคลากรในหน่วยงานของท่าน มีการเบิกจ่ายเงินที่เป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง หรือไม่', '100.00'],
];

const IIT_HEADING: ProseLine[] = [
  { text: 'ผลการประเมินรายข้อคำถาม แบบวัดการรับรู้ของผู้มีส่วนได้ส่วน' },
  { text: 'เสียภายใน (Internal Integrity and Transparency Assessment : IIT)' },
];

describe('the overall result stated in a paragraph', () => {
  const lines = () => proseLines(buildDoc([page(3, OVERALL)]));

  it('reads a sentence wrapped over three lines, and its level', () => {
    const s = parseItaSummary(lines(), 2567);
    expect(s.totalScore).toBe(88.36);
    expect(s.level).toBe('ผ่าน');
    // The score is traced to the lines the sentence takes.
    expect(s.provenance.find((p) => p.path === 'ita.totalScore')?.lineIds).toEqual(['p3-l1', 'p3-l2', 'p3-l3']);
  });

  it('takes a total without a tool name as the overall score', () => {
    const doc = buildDoc([page(2, [{ text: 'เทศบาลตำบลหนองบัว ได้คะแนนรวม 91.04 คะแนน อยู่ในระดับ ผ่านดี', w: 400 }])]);
    expect(parseItaSummary(proseLines(doc), 2568)).toMatchObject({ totalScore: 91.04, level: 'ผ่านดี' });
  });

  it('does not take a tool total, named on the line or before it in the paragraph, as the overall score', () => {
    const doc = buildDoc([
      page(2, [
        { text: 'ผลการประเมินคุณธรรมและความโปร่งใส แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', w: 440 },
        { text: '(IIT) คะแนนรวม 96.65 คะแนน', w: 150 },
      ]),
    ]);
    const s = parseItaSummary(proseLines(doc), 2568);
    expect(s.totalScore).toBeNull();
    expect(s.tools.iit).toBe(96.65);
  });

  it('ends a paragraph at an indented line, a short line or a wide gap', () => {
    const doc = buildDoc([
      page(2, [
        { text: 'ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมิน', x: 125, w: 400 },
        { text: 'ITAS เรียบร้อยแล้ว', w: 119 },
        { text: 'เทศบาลเมืองบ้านไผ่จึงได้จัดทำรายงานการวิเคราะห์ผลการ', x: 125, w: 366 },
        { text: 'ประเมินฉบับนี้ขึ้น เพื่อนำผลการประเมินและข้อเสนอแนะไปใช้ในการ', w: 430 },
      ]),
    ]);
    const paras = withParagraphRest(proseLines(doc));
    expect(paras.map((p) => p.lines.length)).toEqual([2, 1, 2, 1]);
  });

  it('does not read a score from another paragraph', () => {
    const doc = buildDoc([
      page(2, [
        { text: 'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ', x: 125, w: 400 },
        { text: 'มีรายละเอียดดังนี้', w: 100 },
        { text: 'ปี 2566 ได้ 80.50 ตามลำดับ', x: 125, w: 150 },
      ]),
    ]);
    expect(parseItaSummary(proseLines(doc), 2567).totalScore).toBeNull();
  });
});

describe('tool totals in a two-column table', () => {
  it('reads each tool and the total row', () => {
    const doc = buildDoc([page(3, [{ text: 'ผลการประเมิน ดังนี้', w: 100 }], [TOOL_TABLE])]);
    const s = parseItaSummary(proseLines(doc), 2567, doc.tables);
    expect(s.tools).toEqual({ iit: 94.9, eit: 92.97, oit: 80 });
    expect(s.totalScore).toBe(88.36);
  });

  it('keeps what the prose states first', () => {
    const doc = buildDoc([page(3, OVERALL, [TOOL_TABLE.map((r) => (r[0] === 'คะแนนรวม' ? [r[0], '88.00'] : r))])]);
    expect(parseItaSummary(proseLines(doc), 2567, doc.tables).totalScore).toBe(88.36);
  });

  it('reads no tools from an indicator table or a theme table with tool cells', () => {
    const theme = [
      ['ลำดับ', 'หัวข้อ', 'เครื่องมือการประเมิน', 'ข้อคำถาม', 'คะแนน'],
      ['1.', 'กระบวนการปฏิบัติงานที่โปร่งใส', 'IIT', 'ข้อ i1', '94.17'],
      ['', '', 'EIT', 'ข้อ e7', '100'],
      ['', '', 'OIT', 'ข้อ o5', '100'],
    ];
    const doc = buildDoc([page(3, [], [INDICATOR_TABLE, theme])]);
    expect(parseItaSummary([], 2567, doc.tables).tools).toEqual({ iit: null, eit: null, oit: null });
  });
});

describe('an indicator table with a tool column', () => {
  it('gives the ten indicators and no questions', () => {
    const doc = buildDoc([page(3, [{ text: 'ผลการประเมินรายตัวชี้วัด', w: 170 }], [INDICATOR_TABLE])]);
    const { indicators } = parseIndicators(doc, 2567);
    expect(indicators.map((i) => [i.no, i.name, i.score])).toEqual(INDICATOR_TABLE.slice(1).map((r) => [Number(r[0]), r[1], Number(r[3])]));
    expect(parseQuestions(doc, 2567).questions).toEqual([]);
  });

  it('does not read a row whose tool cell is not the tool of its indicator number', () => {
    const wrong = INDICATOR_TABLE.map((r, i) => (i === 6 ? [r[0]!, r[1]!, 'IIT', r[3]!, r[4]!] : r));
    const { indicators } = parseIndicators(buildDoc([page(3, [], [wrong])]), 2567);
    expect(indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10]);
  });

  it('a headerless continuation whose numbers carry on across tools gives no questions', () => {
    const rows = INDICATOR_TABLE.slice(4);
    expect(parseQuestions(buildDoc([page(4, [], [rows])]), 2567).questions).toEqual([]);
  });

  it('question rows numbered per tool stay questions', () => {
    const rows = [
      ['ข้อ', 'เครื่องมือ', 'คำถาม', 'คะแนน'],
      ['1', 'IIT', 'บุคลากรในหน่วยงานของท่าน ปฏิบัติงานอย่างเท่าเทียมกัน', '96.25'],
      ['2', 'IIT', 'ผู้บังคับบัญชาของท่าน มอบหมายงานอย่างเป็นธรรม', '93.75'],
      ['1', 'EIT', 'เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงานตามขั้นตอน', '94.17'],
      ['2', 'EIT', 'หน่วยงานที่ท่านติดต่อ มีช่องทางรับฟังคำติชม', '92.50'],
    ];
    const { questions } = parseQuestions(buildDoc([page(4, [], [rows])]), 2567);
    expect(questions.map((q) => [q.code, q.score])).toEqual([
      ['i1', 96.25],
      ['i2', 93.75],
      ['e1', 94.17],
      ['e2', 92.5],
    ]);
  });
});

describe('question tables per tool with bare codes and a merged indicator column', () => {
  it('reads the codes and scores of the question table, not the indicator table before it', () => {
    const doc = buildDoc([page(3, [{ text: 'ผลการประเมินรายตัวชี้วัด', w: 170 }], [INDICATOR_TABLE]), page(4, IIT_HEADING, [IIT_QUESTIONS])]);
    const { questions, conflicts } = parseQuestions(doc, 2567);
    expect(questions.map((q) => [q.code, q.score, q.page])).toEqual(IIT_QUESTIONS.slice(1).map((r) => [r[1], Number(r[3]), 4]));
    expect(questions[0]!.text).toBe(IIT_QUESTIONS[1]![2]);
    expect(conflicts).toEqual([]);
  });
});

describe('the same code in two main lists', () => {
  it('keeps the reading of the table that prints the question; the other is a conflict', () => {
    const codesOnly = [
      ['รหัส', 'คะแนน'],
      ['i1', '90.00'],
      ['i2', '93.75'],
      ['i3', '98.89'],
    ];
    const doc = buildDoc([page(3, [{ text: 'สรุปคะแนนรายข้อ แบบวัด IIT', w: 170 }], [codesOnly]), page(4, IIT_HEADING, [IIT_QUESTIONS])]);
    const { questions, conflicts } = parseQuestions(doc, 2567);
    expect(questions.find((q) => q.code === 'i1')).toMatchObject({ score: 96.25, page: 4, text: IIT_QUESTIONS[1]![2] });
    expect(conflicts.map((c) => [c.code, c.kept.value, c.others.map((o) => o.value)])).toEqual([['i1', 96.25, [90]]]);
  });
});

describe('the whole layout through parseReport', () => {
  it('gives the overall score, level, tool totals, indicators and questions', () => {
    const pages = [
      page(1, [{ text: 'รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567', w: 440 }, { text: 'เทศบาลเมืองบ้านไผ่', w: 150 }]),
      page(3, OVERALL, [TOOL_TABLE, INDICATOR_TABLE]),
      page(4, IIT_HEADING, [IIT_QUESTIONS]),
    ];
    const ita = parseReport(pages, { fileName: 'u.pdf', sha256: 'b'.repeat(64), pageCount: 4 }).report.ita!;
    expect(ita).toMatchObject({ year: 2567, totalScore: 88.36, level: 'ผ่าน', tools: { iit: 94.9, eit: 92.97, oit: 80 } });
    expect(ita.indicators.map((i) => i.score)).toEqual(INDICATOR_TABLE.slice(1).map((r) => Number(r[3])));
    expect(ita.questions.map((q) => [q.code, q.score])).toEqual(IIT_QUESTIONS.slice(1).map((r) => [r[1], Number(r[3])]));
  });
});

describe('a provincial administrative organisation (อบจ.)', () => {
  const meta = { fileName: 'pao.pdf', sha256: 'a'.repeat(64), pageCount: 1 };
  const cover = (extra: ProseLine[] = []) => [
    page(1, [
      { text: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', w: 440 },
      { text: 'ประจำปีงบประมาณ พ.ศ. 2567', w: 180 },
      { text: 'องค์การบริหารส่วนจังหวัดลำปาง', w: 200 },
      ...extra,
    ]),
  ];

  it('is in the province it is named after, when no province is printed', () => {
    expect(parseReport(cover(), meta).report.org).toMatchObject({ name: 'องค์การบริหารส่วนจังหวัดลำปาง', kind: 'pao', province: 'ลำปาง', district: null });
  });

  it('is in the province it is named after, whatever other province a line names', () => {
    const org = parseReport(cover([{ text: 'สำนักงานจังหวัดลำพูน', w: 150 }]), meta).report.org;
    expect(org.province).toBe('ลำปาง');
  });

  it('a municipality takes the printed province only', () => {
    const pages = [page(1, [{ text: 'เทศบาลเมืองบ้านไผ่', w: 150 }, { text: 'อำเภอบ้านไผ่ จังหวัดขอนแก่น', w: 200 }])];
    expect(parseReport(pages, meta).report.org).toMatchObject({ kind: 'town_municipality', district: 'บ้านไผ่', province: 'ขอนแก่น' });
  });
});
