import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TextLine } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';
import { buildDoc } from './document.model.js';
import { ocrIndicatorName } from './indicator-table.parser.js';
import { parseItaSummary } from './ita-summary.parser.js';
import { parseQuestions, toolCell } from './question-tables.parser.js';
import { findDateRangeMentions } from './date-mentions.js';
import { findYearMentions } from './year-mentions.js';

// The strings below are as OCR read the scanned samples s000/s001 (tests/support/dump-pages.ts output).

/** One OCR page: prose lines above an optional ruled table of cells (raw as OCR read them, text normalised). */
function ocrPage(page: number, prose: string[], table?: string[][]): PageText {
  const lines: TextLine[] = [];
  const line = (text: string, x: number, y: number): TextLine => {
    const l = { id: `p${page}-l${lines.length}`, raw: text, text: normalizeText(text), box: { x, y, w: 60, h: 10 }, confidence: 90 };
    lines.push(l);
    return l;
  };
  prose.forEach((t, i) => line(t, 80, 40 + i * 12));
  const tables = [];
  if (table) {
    const top = 60 + prose.length * 12;
    const rows = table.map((r, i) => {
      const y = top + i * 30;
      const cells: TableCell[] = r.map((text, j) => {
        const x = 80 + j * 90;
        const ids = text === '' ? [] : [line(text, x + 2, y + 5).id];
        return { raw: text, text: normalizeText(text), box: { x, y, w: 90, h: 30 }, lineIds: ids, confidence: 90 };
      });
      return { box: { x: 80, y, w: 90 * r.length, h: 30 }, cells };
    });
    tables.push({ id: `p${page}-t0`, source: 'ruled' as const, box: { x: 80, y: top, w: 450, h: 30 * table.length }, rows });
  }
  return { page, width: 595, height: 842, method: 'ocr', confidence: 90, lostChars: 0, notes: [], lines, tables };
}

describe('fiscal-year statements read by OCR', () => {
  const years = (prose: string[]) => findYearMentions(buildDoc([ocrPage(1, prose)]).lines).map((m) => [m.form, m.year]);

  it('reads the year after a fiscal-year word with a stray tone mark or a garbled era', () => {
    expect(years(['ปีงบประม้าณ พ.ศ. 2568 มีเจตนารมณ์มุ่งหวังให้หน่วยงานภาครัฐกลุ่ม'])).toEqual([['fiscal', 2568]]);
    expect(years(['เห็นถึงการปฏิบัติงานของหน่วยงานในรอบปีงบประมาณ 6.2.2568'])).toEqual([['fiscal', 2568]]);
    expect(years(['รายงานผลการดำเนินงานประจำปีงบประมาณ WA. 2568'])).toEqual([['fiscal', 2568]]);
  });

  it('rejects years OCR made implausible or longer than a year', () => {
    expect(years(['ของหน่วยงานภาครัฐ ในปีงบประมาณ พ.ศ. 278'])).toEqual([]);
    expect(years(['ปีงบประมาณ พ.ศ. 2525'])).toEqual([]);
    expect(years(['หรือพัฒนาองค์กร หรือรักษาระดับ ในปีงบประมาณ พ.ศ. 25251'])).toEqual([]);
  });
});

describe('indicator names read by OCR', () => {
  it('take the framework spelling when only marks above or below the line differ', () => {
    expect(ocrIndicatorName('ประสิทธิภาพการสือสาร', 7, 2568, true)).toBe('ประสิทธิภาพการสื่อสาร');
    expect(ocrIndicatorName('ประสิทธิภาพการสือสาร', 7, null, true)).toBe('ประสิทธิภาพการสื่อสาร');
  });

  it('keep a name that differs in its letters, and what a text layer prints', () => {
    expect(ocrIndicatorName('การป้องกันและการทุจริต', 10, 2568, true)).toBe('การป้องกันและการทุจริต');
    expect(ocrIndicatorName('การปฏิบัติงานที่', 1, 2568, true)).toBe('การปฏิบัติงานที่');
    expect(ocrIndicatorName('ประสิทธิภาพการสือสาร', 7, 2568, false)).toBe('ประสิทธิภาพการสือสาร');
  });
});

describe('tool totals whose code OCR garbled', () => {
  it('are read by the tool name in Thai', () => {
    const doc = buildDoc([
      ocrPage(2, [
        'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IM) คะแนนรวม',
        '96.65 คะแนน',
        'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) คะแนนรวม',
        '100.00 คะแนน',
        'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) คะแนนรวม 91.25',
      ]),
    ]);
    expect(parseItaSummary(doc.lines, 2568).tools).toEqual({ iit: 96.65, eit: 100, oit: 91.25 });
  });

  it('not from prose that names a tool without a total', () => {
    const doc = buildDoc([ocrPage(2, ['โดยประเมินผลจากการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (External) และการเผยแพร่ข้อมูล', 'ซึ่งผลคะแนนครั้งนี้จะสะท้อนให้'])]);
    expect(parseItaSummary(doc.lines, 2568).tools).toEqual({ iit: null, eit: null, oit: null });
  });
});

describe('tool cells read by OCR', () => {
  it('map the garbled short codes to their tool', () => {
    expect(['IT', 'IIT', 'เท', 'EIT', 'ElT', 'OT', 'OIT', 'ฆา', 'ข้อ'].map(toolCell)).toEqual(['iit', 'iit', 'iit', 'eit', 'eit', 'oit', 'oit', null, null]);
  });
});

describe('question codes OCR could not read', () => {
  const EIT_HEADING = 'รายละเอียดตัวชี่วัด ข้อคำถามของแบบวัด EIT (External';
  const EIT_ROWS = [
    ['ข้อ', 'คำถาม', 'ระดับ คะแนน'],
    ['Ea', 'เจ้าหน้าทีปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา', '100.00'],
    ['Elo', 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน', '100.00'],
    ['Een', 'ท่านเคยถูกเจ้าหน้าทีเรียกรับสินบน เพื่อแลกกับการปฏิบัติงาน หรือไม่', '100.00'],
    ['5๕', 'หน่วยงานมีช่องทางเผยแพร่ข้อมูลข่าวสารที่สามารถเข้าถึงได้ง่าย', '100.00'],
    ['8๕', 'หน่วยงานมีการประชาสัมพันธ์ข้อมูลข่าวสารที่ประชาชนหรือผู้รับบริการควรได้รับทราบอย่างชัดเจน', '100.00'],
    ['Eo', 'เจ้าหน้าทิสามารถสือสาร ตอบข้อซักถาม หรือให้คำอธิบายแก่ท่านได้อย่างชัดเจน', '100.00'],
    ['Ee', 'หน่วยงานมีการเปิดโอกาสให้บุคคลภายนอกได้เข้าไปมีส่วนร่วมในการปรับปรุง', '100.00'],
    ['Ec', 'หน่วยงานมีการปรับปรุงการดำเนินงานให้ตอบสนองต่อประชาชน', '100.00'],
    ['Ex', 'ท่านเคยใช้งานระบบการให้บริการออนไลน์ (E-Service) ของหน่วยงานหรือไม่', '97.50'],
  ];

  it('take 1… in a main list as long as the year has questions for its tool', () => {
    const { questions } = parseQuestions(buildDoc([ocrPage(4, [EIT_HEADING], EIT_ROWS)]), 2568);
    expect(questions.map((q) => q.code)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9']);
    expect(questions[8]!.score).toBe(97.5);
  });

  it('stay unread when the year (so the number of questions) is unknown or the list is shorter', () => {
    expect(parseQuestions(buildDoc([ocrPage(4, [EIT_HEADING], EIT_ROWS)]), null).questions).toEqual([]);
    expect(parseQuestions(buildDoc([ocrPage(4, [EIT_HEADING], EIT_ROWS.slice(0, 8))]), 2568).questions).toEqual([]);
  });

  const IIT_ROWS = [
    ['ข้อ', 'คำถาม', 'ระดับ คะแนน'],
    ['1๕', 'ในหน่วยงานของท่าน มีเจ้าหน้าที่เบิกจ่ายเงินเป็นเท็จ มากน้อยเพียงใด', '100.00'],
    ['1๖', 'หน่วยงานของท่าน มีการใช้งบประมาณหรือการจัดซื้อจัดจ้างที่ เอื้อประโยชน์ให้บุคคลใดบุคคลหนึ่ง มากน้อยเพียงใด', '100.00'],
    ['lev', 'ผู้บังคับบัญชาในหน่วยงานของท่าน มีการสั่งให้เจ้าหน้าที่ทํา ธุรกรรมตัวของผู้บังคับบัญชา มากน้อยเพียงใด', '99.58'],
    ['1๘', 'ผู้บังคับบัญชาในหน่วยงานของท่าน มีการสังให้เจ้าหน้าที่ทําในสิง ๙๙.๕๘ ที่เป็นการทุจริตหรือประพฤติมิชอบ มากน้อยเพียงใด', ''],
    ['1๙', 'การบริหารงานบุคคลในหน่วยงานขูองท่าน มีการให้หรือรับ สินบน เพื่อแลกกับการบรรจุ แต่งตัง โยกย้าย หรือเลือนตําแหน่ง หรือไม่', '100'],
  ];

  it('between two read codes that leave room for one, take the code between; a score OCR left in the text is the score', () => {
    const { questions } = parseQuestions(buildDoc([ocrPage(3, ['รายละเอียดตัวชีวัดและข้อคำถามของแบบวัด IIT (Internal'], IIT_ROWS)]), 2568);
    expect(questions.map((q) => [q.code, q.score])).toEqual([
      ['i5', 100],
      ['i6', 100],
      ['i7', 99.58],
      ['i8', 99.58],
      ['i9', 100],
    ]);
    expect(questions[3]!.text).not.toContain('99.58');
  });

  it('do not take a code already read elsewhere in the run', () => {
    const rows = IIT_ROWS.map((r) => [...r]);
    rows[2]![0] = '1๗'; // i7 read on the row before "lev": no room is left for it
    const { questions } = parseQuestions(buildDoc([ocrPage(3, ['ข้อคำถามของแบบวัด IIT (Internal'], rows)]), 2568);
    expect(questions.map((q) => q.code)).toEqual(['i5', 'i7', 'i8', 'i9']);
  });
});

describe('EIT rows read by OCR', () => {
  // s000 p6: the tool and indicator cells came out empty; the two part scores ran together into one cell.
  const ROWS = [
    ['ลำดับ', 'ตัวชี้วัด', 'เครื่องมือ การประเมิน', 'ข้อความ', 'คะแนน', 'ข้อบกพร่อง/ข้อแก้ไข/ข้อปรับปรุง/รักษาระดับ'],
    ['', '', '', 'ข้อ ๑', '', '๑๐๐ ๘๙.๐๐'],
    ['', '', '', 'ข้อ [๒', '', '๑๐๐ ๙๓.๐๐'],
    ['', '', '', 'ข้อ ๓', '๑๐๐', '๑๐๐'],
  ];
  // The page before left the tool at IIT (its last rows were IIT's).
  const before = ocrPage(5, ['ข้อคำถามของแบบวัด IIT'], [
    ['ข้อ', 'คำถาม', 'คะแนน'],
    ['ข้อ ๕', '', '๑๐๐'],
    ['ข้อ 1๖', '', '๑๐๐'],
  ]);

  it('are EIT by their two parts, with both parts read from one cell', () => {
    const { questions } = parseQuestions(buildDoc([before, ocrPage(6, ['-5-'], ROWS)]), 2568);
    expect(questions.filter((q) => q.tool === 'eit').map((q) => [q.code, q.score, q.parts])).toEqual([
      ['e1', 94.5, [100, 89]],
      ['e2', 96.5, [100, 93]],
      ['e3', 100, [100, 100]],
    ]);
    expect(questions.filter((q) => q.tool === 'iit').map((q) => q.code)).toEqual(['i5', 'i6']);
  });
});

describe('a main-list score OCR could not read', () => {
  it('is taken from a theme table that prints the same question, without a conflict', () => {
    const main = ocrPage(3, ['ข้อคำถามของแบบวัด IIT'], [
      ['ข้อ', 'คำถาม', 'ระดับ คะแนน'],
      ['1๒', 'ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่ออย่างเท่าเทียมกัน มากน้อยเพียงใด', '95.42'],
      ['1๓', 'เจ้าหน้าที่ในหน่วยงานของท่าน มีการเรียก รับสินบนเพื่อแลกกับ การปฏิบัติงานหรือการให้บริการหรือไม่', 'eco'],
      ['1๔', 'หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด', '97.50'],
    ]);
    const theme = ocrPage(8, ['ประเด็นที 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ'], [
      ['ลำดับ', 'หัวข้อ', 'เครื่องมือประเมิน', 'ข้อคำถาม', 'คะแนน'],
      ['1.', 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ', 'IIT', 'ข้อ ๒', '95.42'],
      ['', '', '', 'ข้อ ๓', '100'],
      ['', '', '', 'ข้อ ๔', '97.50'],
    ]);
    const { questions, conflicts } = parseQuestions(buildDoc([main, theme]), 2568);
    expect(questions.map((q) => [q.code, q.score, q.page])).toEqual([
      ['i2', 95.42, 3],
      ['i3', 100, 3],
      ['i4', 97.5, 3],
    ]);
    expect(conflicts).toEqual([]);
  });
});

describe('a plan project table read by OCR', () => {
  // s004 p11: numbered projects with dimension, budget and quarter columns; no question codes there.
  const ROWS = [
    ['๐ ๓', 'ย ลําดับ รายการโครงการ (ตั้งต้น) ๒', 'aa', 'งบ มิติ ประมาณ (บาท)', 'ดําเนินการ ไตรมาส'],
    ['', '', '', '', '๑', '๒', '๓', '๔'],
    ['๑', 'มาตรการ “ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมขององค์การบริหารส่วนตำบลกระจ่าย”', '๑', '๐.๐๐', '', '', '', ''],
    ['๕', 'กิจกรรมยกย่องและเชิดชูเกียรติแก่บุคคล หน่วยงานองค์กรดีเด่น', '๑', '๐.๐๐', '', '', '', ''],
    ['๖', 'มาตรการแสดงเจตนากรณีในการนำหลักคุณธรรมมาใช้ในการบริหารงาน', '๒', '๐.๐๐', '', '', '', ''],
    ['๗', 'กิจกรรม “วิเคราะห์ผลการจัด ซือจัดจ้างประจําปี”', '๒', '๐.๐๐', '', '', '', ''],
  ];

  it('gives no question rows, even after a question table', () => {
    const questions = ocrPage(4, ['ข้อคำถามของแบบวัด EIT'], [
      ['ข้อ', 'คำถาม', 'คะแนน'],
      ['E๑', 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา', '100'],
      ['E๒', 'เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน', '100'],
    ]);
    const read = parseQuestions(buildDoc([questions, ocrPage(11, ['แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2568 ขององค์การบริหาร'], ROWS)]), 2568);
    expect(read.questions.map((q) => q.code)).toEqual(['e1', 'e2']);
  });
});

describe('a period whose day OCR could not read', () => {
  const ranges = (text: string) => findDateRangeMentions(buildDoc([ocrPage(10, [text])]).lines).map((m) => [m.match, m.range]);

  it('is still inverted when it is so whatever the day was', () => {
    expect(ranges('1 ตุลาคม 2568 - mo กันยายน 2568')).toEqual([
      ['1 ตุลาคม 2568 - mo กันยายน 2568', { start: '2025-10-01', end: '2025-09-30', inverted: true, invalid: [] }],
    ]);
  });

  it('is left out when the day would decide', () => {
    expect(ranges('1 ตุลาคม 2568 - mo กันยายน 2569')).toEqual([]);
  });
});

describe('question rows of a scanned per-indicator table (s000 p4, p5)', () => {
  // Columns: ลำดับ | ตัวชี้วัด | เครื่องมือ | ข้อ | คะแนน (x 80, 170, 260, 350, 440; 90 wide).
  const ROWS = [
    ['', 'ตัวชี้วัด', 'เครื่องมือ', 'ข้อ | คำถาม', 'คะแนน'],
    ['๑', 'การปฏิบัติหน้าที', 'IT', 'ข้อ ๑', ''],
    ['', '', '', 'ข้อ 1๒', '๘๓.๓๓'],
    ['', '', '', 'ข้อ [๓', '๑๐๐'],
    ['๒', 'การใช้งบ ประมาณ', 'IT', 'ข้อ ๔', ''],
    ['', '', '', 'ข้อ ๕', '๑๐๐'],
    ['', '', '', 'ข้อ 1๖', '๑๐๐'],
    ['', 'การใช้ อานาจ', 'เท', 'ข้อ 10)', '๑๐๐'],
  ];
  const page = () => {
    const p = ocrPage(4, ['ส่วนที่ 1 ข้อมูลแสดงรายละเอียดการวิเคราะห์ผลการประเมิน'], ROWS);
    // The score and the remark beside it, read as one line running past the grid's border, level with the code.
    const y = p.tables[0]!.rows[1]!.box.y + 5;
    p.lines.push({ id: 'p4-l99', raw: '100 - ข้อบกพร่องทีตรวจพบ คือ -', text: '100 - ข้อบกพร่องทีตรวจพบ คือ -', box: { x: 446, y, w: 200, h: 10 }, confidence: 90 });
    return p;
  };

  it('take a score read outside the grid level with the code, and a code outside the named indicator by sequence', () => {
    const { questions } = parseQuestions(buildDoc([page()]), 2568);
    expect(questions.map((q) => [q.code, q.score])).toEqual([
      ['i1', 100],
      ['i2', 83.33],
      ['i3', 100],
      ['i4', null],
      ['i5', 100],
      ['i6', 100],
      ['i7', 100],
    ]);
  });

  it('keep the score empty when the line is not level with the code', () => {
    const p = page();
    p.lines[p.lines.length - 1]!.box.y += 40;
    const { questions } = parseQuestions(buildDoc([p]), 2568);
    expect(questions[0]!.score).toBeNull();
  });
});

describe('a period wrapped over the lines of one table cell', () => {
  // u2 p4: the period column is narrow; "๑ มีนาคม ๒๕๖๙ - ๓๑ มกราคม ๒๕๖๙" takes two lines of its cell.
  function page(first: string, second: string): PageText {
    const p = ocrPage(4, ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], [
      ['ลำดับ', 'มาตรการ', 'ระยะเวลา'],
      ['๑', 'มาตรการกำกับดูแลการยืมและใช้ทรัพย์สินของทางราชการ', first],
    ]);
    const cell = p.tables[0]!.rows[1]!.cells[2]!;
    const l = { id: 'p4-l99', raw: second, text: normalizeText(second), box: { x: cell.box.x + 2, y: cell.box.y + 17, w: 60, h: 10 }, confidence: null };
    p.lines.push(l);
    cell.lineIds.push(l.id);
    cell.raw = `${first} ${second}`;
    cell.text = normalizeText(cell.raw);
    return p;
  }
  const ranges = (p: PageText) => findDateRangeMentions(buildDoc([p]).lines, buildDoc([p]).tables).map((m) => [m.text, m.range?.inverted]);

  it('is read from the cell, once', () => {
    expect(ranges(page('๑ มีนาคม ๒๕๖๙ -', '๓๑ มกราคม ๒๕๖๙'))).toEqual([['1 มีนาคม 2569 - 31 มกราคม 2569', true]]);
  });

  it('is read from its line alone when one line holds it', () => {
    expect(ranges(page('๑ มีนาคม ๒๕๖๙ - ๓๑ มกราคม ๒๕๖๙', 'กองคลัง'))).toEqual([['1 มีนาคม 2569 - 31 มกราคม 2569', true]]);
  });
});

describe('zero-padded codes under a tool carried from an earlier table', () => {
  // s000 p7–p8 (newer OCR): the EIT table ends on p7; p8's rows lost their tool cell and print "ข้อ 02".
  const eit = ocrPage(7, ['ข้อคำถามของแบบวัด EIT'], [
    ['ข้อ', 'คะแนน'],
    ['ข้อ E7', '100 90.00'],
    ['ข้อ E8', '100 90.00'],
  ]);
  const next = (rows: string[][]) =>
    ocrPage(8, ['ข้อบกพร่อง/ข้อแก้ไข/ข้อ', 'ความโปร่งใสและ'], [['ลำดับ', 'ตัวชี้วัด', 'เครื่องมือการประเมิน', 'ข้อ', 'คะแนน'], ...rows]);

  it('are OIT items', () => {
    const rows = [
      ['', '', '', 'ข้อ ๐๒', '๑๐๐'],
      ['', '', '', 'ข้อ ๐๓', '๐'],
      ['', '', '', 'ข้อ ๐๔', '๕๐'],
    ];
    const { questions } = parseQuestions(buildDoc([eit, next(rows)]), 2568);
    expect(questions.map((q) => [q.code, q.score])).toEqual([
      ['e7', 95],
      ['e8', 95],
      ['o2', 100],
      ['o3', 0],
      ['o4', 50],
    ]);
  });

  it('stay in the tool their own table names', () => {
    const rows = [
      ['', '', 'EIT', 'ข้อ ๐๑', '๑๐๐'],
      ['', '', '', 'ข้อ ๐๒', '๑๐๐'],
    ];
    const { questions } = parseQuestions(buildDoc([eit, next(rows)]), 2568);
    expect(questions.map((q) => q.code)).toEqual(['e1', 'e2', 'e7', 'e8']);
  });
});

describe('an EIT row whose second part OCR garbled', () => {
  // s000 p7 (H1 dump): "ข้อ 6๕ | ๑๐๐ | #สอ๐.๐๐" between rows whose two parts were read.
  const page = (second: string) =>
    ocrPage(7, ['ข้อคำถามของแบบวัด EIT'], [
      ['ข้อ', 'ส่วนที่ 1', 'ส่วนที่ 2'],
      ['ข้อ E๗', '๑๐๐', '๙๐.๐๐'],
      ['ข้อ E๘', '๑๐๐', second],
      ['ข้อ E๙', '๑๐๐', '๙๑.๐๐'],
    ]);

  it('has no score rather than the one part read', () => {
    const { questions } = parseQuestions(buildDoc([page('#สอ๐.๐๐')]), 2568);
    expect(questions.map((q) => [q.code, q.score, q.parts])).toEqual([
      ['e7', 95, [100, 90]],
      ['e8', null, null],
      ['e9', 95.5, [100, 91]],
    ]);
  });

  it('keeps both parts when both were read', () => {
    const { questions } = parseQuestions(buildDoc([page('๙๐.๐๐')]), 2568);
    expect(questions[1]).toMatchObject({ code: 'e8', score: 95, parts: [100, 90] });
  });
});
