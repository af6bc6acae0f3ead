import { describe, expect, it } from '@jest/globals';
import { normalizeText } from '@lao/thai-text';
import { ruledPage } from './test-support/ruled-page.js';
import { buildDoc, proseLines } from './document.model.js';
import { parseIndicators } from './indicator-table.parser.js';
import { parseItaSummary } from './ita-summary.parser.js';
import { parseQuestions } from './question-tables.parser.js';
import { joinQuestionLines } from './question-text.js';

// Layouts of tests/unseen round 3: indicator rows "๑. name | IIT | score"; the summary printed across
// (ตัวชี้วัดที่ | 1 … 10 over a row of scores) and the tool totals across (IIT | EIT | OIT | คะแนนภาพรวม);
// a total labelled คะแนนเฉลี่ย with the level in a sentence of its own; the overall score stated only deep
// in a paragraph with the organisation as its subject; question texts wrapped over cell lines.

const NAMES = ['การปฏิบัติหน้าที่', 'การใช้งบประมาณ', 'การใช้อำนาจ', 'การใช้ทรัพย์สินของราชการ', 'การแก้ไขปัญหาการทุจริต', 'คุณภาพการดำเนินงาน', 'ประสิทธิภาพการสื่อสาร', 'การปรับปรุงการทำงาน', 'การเปิดเผยข้อมูล', 'การป้องกันการทุจริต'];
const TOOL_OF = ['IIT', 'IIT', 'IIT', 'IIT', 'IIT', 'EIT', 'EIT', 'EIT', 'OIT', 'OIT'];
const SCORES = ['๙๑.๒๐', '๘๘.๔๕', '๙๐.๓๐', '๘๖.๗๕', '๘๙.๘๐', '๘๘.๑๐', '๘๔.๖๐', '๘๕.๙๐', '๗๘.๐๐', '๗๕.๐๐'];
const THAI_NO = ['๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙', '๑๐'];

describe('indicator rows "๑. name | IIT | score" and the overall score deep in a paragraph', () => {
  const table = [['ตัวชี้วัด', 'เครื่องมือ', 'คะแนน'], ...NAMES.map((n, k) => [`${THAI_NO[k]}. ${n}`, TOOL_OF[k]!, SCORES[k]!])];
  const doc = buildDoc([
    ruledPage(2, ['ผลคะแนนรายตัวชี้วัด'], [table]),
    ruledPage(3, [
      'แบบวัด IIT ได้คะแนนเฉลี่ย ๘๙.๓๐ คะแนน แสดงว่าบุคลากร',
      'ส่วนแบบวัด EIT ได้คะแนนเฉลี่ย ๘๖.๒๐ คะแนน โดยตัวชี้วัดที่ ๗',
      'แบบตรวจ OIT ได้คะแนนเฉลี่ย ๗๖.๕๐ คะแนน ซึ่งต่ำกว่าเครื่อง',
      'มืออื่น ซึ่งคิดเป็นสัดส่วนร้อยละ ๔๐ ของคะแนนทั้งหมด ดังนั้นเมื่อรวมคะแนนทั้ง ๓ เครื่องมือตามสัดส่วน',
      'ร้อยละ ๓๐ ๓๐ และ ๔๐ ตามลำดับแล้ว องค์การบริหารส่วนตำบลโนนสูงได้คะแนน ๘๓.๒๕ คะแนน',
      'ผลการประเมินอยู่ในระดับผ่าน แต่ยังต่ำกว่าค่าเป้าหมายที่ ๘๕ คะแนน',
    ]),
  ]);

  it('splits the number from the name when a tool cell sits between name and score', () => {
    const { indicators } = parseIndicators(doc, 2566);
    expect(indicators.map((i) => [i.no, i.name, i.score])).toEqual(NAMES.map((n, k) => [k + 1, n, Number(normalizeText(SCORES[k]!))]));
  });

  it('reads the organisation\'s score and level from the sentence, and each tool named in a line before an indicator', () => {
    const s = parseItaSummary(proseLines(doc), 2566, doc.tables);
    expect(s.totalScore).toBe(83.25);
    expect(s.level).toBe('ผ่าน');
    expect(s.tools).toEqual({ iit: 89.3, eit: 86.2, oit: 76.5 });
  });

  it('takes no indicator\'s or tool\'s score for the organisation\'s', () => {
    const d = buildDoc([ruledPage(3, ['ตัวชี้วัดที่ ๗ ของเทศบาลตำบลนาอานได้คะแนน ๘๔.๖๐ คะแนน ในแบบวัด EIT ซึ่งต่ำที่สุด'])]);
    expect(parseItaSummary(proseLines(d), 2568, d.tables).totalScore).toBeNull();
    const e = buildDoc([ruledPage(3, ['เทศบาลตำบลนาอานได้คะแนน ๗๖.๕๐ คะแนน ในแบบตรวจ OIT ซึ่งต่ำกว่าเครื่องมืออื่น'])]);
    expect(parseItaSummary(proseLines(e), 2568, e.tables).totalScore).toBeNull();
  });
});

describe('a summary printed across the page (landscape)', () => {
  const doc = buildDoc([
    ruledPage(3, ['ผลการประเมินจากระบบ ITAS แสดงคะแนนแยกตามเครื่องมือและคะแนนภาพรวม ดังนี้'], [
      [
        ['IIT', 'EIT', 'OIT', 'คะแนนภาพรวม', 'ระดับผลการประเมิน'],
        ['93.05', '89.55', '82.50', '86.78', 'ผ่าน'],
      ],
    ]),
    ruledPage(4, ['คะแนนรายตัวชี้วัด'], [
      [
        ['ตัวชี้วัดที่', ...THAI_NO.map((n) => normalizeText(n))],
        ['ชื่อตัวชี้วัด', ...NAMES],
        ['คะแนน', '93.40', '92.10', '95.00', '90.55', '94.20', '90.30', '88.75', '89.61', '85.00', '75.00'],
      ],
    ]),
  ]);

  it('reads ten indicators from the numbers row, the names row and the scores row', () => {
    const { indicators } = parseIndicators(doc, 2567);
    expect(indicators.map((i) => [i.no, i.name, i.score, i.page])).toEqual(
      NAMES.map((n, k) => [k + 1, n, [93.4, 92.1, 95, 90.55, 94.2, 90.3, 88.75, 89.61, 85, 75][k], 4]),
    );
  });

  it('gives the framework\'s names when only numbers and scores are printed', () => {
    const d = buildDoc([ruledPage(4, [], [[['ตัวชี้วัดที่', '1', '2', '3'], ['คะแนน', '93.40', '92.10', '95.00']]])]);
    expect(parseIndicators(d, 2567).indicators.map((i) => [i.no, i.name, i.score])).toEqual([
      [1, 'การปฏิบัติหน้าที่', 93.4],
      [2, 'การใช้งบประมาณ', 92.1],
      [3, 'การใช้อำนาจ', 95],
    ]);
  });

  it('reads the tool totals, the overall score and the level from the row under their heads', () => {
    const s = parseItaSummary(proseLines(doc), 2567, doc.tables);
    expect(s.tools).toEqual({ iit: 93.05, eit: 89.55, oit: 82.5 });
    expect(s.totalScore).toBe(86.78);
    expect(s.level).toBe('ผ่าน');
  });
});

describe('a tool table whose total is labelled คะแนนเฉลี่ย, the level in a sentence of its own', () => {
  const doc = buildDoc([
    ruledPage(
      3,
      ['เมื่อพิจารณาคะแนนทุกเครื่องมือซึ่งสูงกว่า 85 คะแนน ผลการประเมินของเทศบาลตำบลนาอานจึงอยู่ในระดับผ่านดี ซึ่งดีขึ้นจากปีที่ผ่านมา'],
      [
        [
          ['เครื่องมือ', 'คะแนน'],
          ['แบบวัด IIT', '95.25'],
          ['แบบวัด EIT', '91.78'],
          ['แบบตรวจ OIT', '88.75'],
          ['คะแนนเฉลี่ย', '91.61'],
        ],
      ],
    ),
  ]);

  it('reads the total and the level', () => {
    const s = parseItaSummary(proseLines(doc), 2568, doc.tables);
    expect(s.totalScore).toBe(91.61);
    expect(s.level).toBe('ผ่านดี');
    expect(s.tools).toEqual({ iit: 95.25, eit: 91.78, oit: 88.75 });
  });

  it('takes no level an indicator or tool is said to reach', () => {
    const d = buildDoc([
      ruledPage(3, ['ผลการประเมินตัวชี้วัดที่ 9 อยู่ในระดับผ่าน'], [[['เครื่องมือ', 'คะแนน'], ['แบบวัด IIT', '95.25'], ['แบบวัด EIT', '91.78'], ['คะแนนเฉลี่ย', '91.61']]]),
    ]);
    expect(parseItaSummary(proseLines(d), 2568, d.tables).level).toBeNull();
  });
});

describe('question texts wrapped over the lines of their cell', () => {
  it('puts back the space printed before มากน้อยเพียงใด, around เช่น and ไม้ยมก, before พ.ศ.', () => {
    expect(joinQuestionLines(['ให้บริการแก่ผู้มาติดต่อทั่วไปอย่างเท่าเทียมกัน', 'มากน้อยเพียงใด'])).toBe('ให้บริการแก่ผู้มาติดต่อทั่วไปอย่างเท่าเทียมกัน มากน้อยเพียงใด');
    expect(joinQuestionLines(['งานหรือให้บริการแก่ท่านและผู้มาติดต่ออื่น', 'ๆ อย่างเท่าเทียมกัน'])).toBe('งานหรือให้บริการแก่ท่านและผู้มาติดต่ออื่น ๆ อย่างเท่าเทียมกัน');
    expect(joinQuestionLines(['มีเจ้าหน้าที่เบิกจ่ายเงินเป็นเท็จ เช่น', 'ค่าทำงานล่วงเวลา'])).toBe('มีเจ้าหน้าที่เบิกจ่ายเงินเป็นเท็จ เช่น ค่าทำงานล่วงเวลา');
    expect(joinQuestionLines(['รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'พ.ศ. 2568'])).toBe('รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี พ.ศ. 2568');
  });

  it('joins a word or phrase broken by the line with nothing, as the extractor does', () => {
    expect(joinQuestionLines(['เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติ', 'งานหรือให้บริการ'])).toBe('เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงานหรือให้บริการ');
    expect(joinQuestionLines(['บุคลากรในหน่วยงานของท่าน ปฏิบัติงานหรือ', 'ให้บริการ'])).toBe('บุคลากรในหน่วยงานของท่าน ปฏิบัติงานหรือให้บริการ');
    expect(joinQuestionLines(['มีการเข้าใช้งาน E-', 'Service'])).toBe('มีการเข้าใช้งาน E-Service');
  });

  it('reads a question cell line by line in a question table', () => {
    const p = ruledPage(4, ['ผลคะแนนรายข้อของแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)'], [
      [
        ['ข้อ', 'คำถาม', 'คะแนน'],
        ['1', 'บุคลากรในหน่วยงานของท่านปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อตามขั้นตอน', '96.25'],
        ['2', 'หน่วยงานของท่านมีการกำกับดูแลการใช้ทรัพย์สินของราชการ', '92.50'],
      ],
    ]);
    // The first question's cell holds a second line, as a wrapped cell does.
    const cell = p.tables[0]!.rows[1]!.cells[1]!;
    const line = { id: 'p4-wrap', raw: 'มากน้อยเพียงใด', text: 'มากน้อยเพียงใด', box: { x: cell.box.x + 4, y: cell.box.y + 17, w: 60, h: 16 }, confidence: null };
    p.lines.push(line);
    cell.lineIds.push(line.id);
    cell.text = `${cell.text}มากน้อยเพียงใด`;
    cell.raw = `${cell.raw}\nมากน้อยเพียงใด`;
    const { questions } = parseQuestions(buildDoc([p]), 2568);
    expect(questions.map((q) => [q.code, q.text, q.score])).toEqual([
      ['i1', 'บุคลากรในหน่วยงานของท่านปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อตามขั้นตอน มากน้อยเพียงใด', 96.25],
      ['i2', 'หน่วยงานของท่านมีการกำกับดูแลการใช้ทรัพย์สินของราชการ', 92.5],
    ]);
  });
});

describe('the organisation\'s score in a paragraph of an older report (u7)', () => {
  const doc = buildDoc([
    ruledPage(2, [
      'โดยใช้แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) จำนวน 30 ข้อ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) จำนวน 15 ข้อ',
      'และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) จำนวน 43 ข้อ เทศบาลเมืองกาฬสินธุ์ได้คะแนน 85.26 คะแนน อยู่ในระดับ A หรือ ผ่าน',
    ]),
  ]);

  it('reads the score with no table, and the letter level of the year\'s scheme', () => {
    const s = parseItaSummary(proseLines(doc), 2565, doc.tables);
    expect(s.totalScore).toBe(85.26);
    expect(s.level).toBe('A');
    expect(parseItaSummary(proseLines(doc), 2566, doc.tables).level).toBe('ผ่าน');
  });
});
