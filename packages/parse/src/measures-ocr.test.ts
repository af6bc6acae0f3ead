import { describe, expect, it } from '@jest/globals';
import type { PageText, TableCell, TableRow, TextLine } from '@lao/schemas';
import { findDateRangeMentions } from './date-mentions.js';
import { buildDoc } from './document.model.js';
import { splitItems } from './items.js';
import { parseMeasures } from './measures.parser.js';
import { repairOcrPeriod } from './ocr-period.js';

// An integrity-measures plan in Thai digits as OCR read its scan (the scanned twin of tests/unseen u2):
// one table per indicator under a heading OCR read without its marks or first letter ("ตัวชีวัดที 1",
// "วชวดท 9"), or with its number misread ("70" for ๑๐); a ลำดับ ๒ read as "6" or "Io"; a header
// มาตรการ read as "มวิติร์ภาร"; months without their marks and Thai-digit years read as "2525", "869", "ba".
const X = [60, 100, 220, 360, 450];
const W = [40, 120, 140, 90, 80];
const HEAD = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ'];

type Block = { heading: string | null; rows: string[][] };

function page(no: number, blocks: Block[], method: 'ocr' | 'text' = 'ocr', first: string[] = []): PageText {
  const conf = method === 'ocr' ? 90 : null;
  const lines: TextLine[] = [];
  const tables: PageText['tables'] = [];
  let y = 60;
  const line = (text: string, x: number, w: number): TextLine => {
    const l: TextLine = { id: `p${no}-l${lines.length}`, raw: text, text, box: { x, y, w, h: 10 }, confidence: conf };
    lines.push(l);
    return l;
  };
  for (const t of first) {
    line(t, 60, 400);
    y += 20;
  }
  blocks.forEach((b, k) => {
    if (b.heading) {
      line(b.heading, 60, 300);
      y += 20;
    }
    const top = y;
    const rows: TableRow[] = b.rows.map((texts) => {
      const cells: TableCell[] = texts.map((t, i) => {
        const l = t === '' ? null : line(t, X[i]! + 2, Math.min(W[i]! - 4, t.length * 4));
        return { raw: t, text: t, box: { x: X[i]!, y, w: W[i]!, h: 20 }, lineIds: l ? [l.id] : [], confidence: l ? conf : null };
      });
      const row = { cells, box: { x: X[0]!, y, w: 470, h: 20 } };
      y += 24;
      return row;
    });
    tables.push({ id: `p${no}-t${k}`, source: 'ruled', box: { x: X[0]!, y: top, w: 470, h: y - top }, rows });
    y += 20;
  });
  return { page: no, width: 595, height: 842, method, confidence: conf, lostChars: 0, notes: [], lines, tables };
}

const COVER = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2569'];

function scan(method: 'ocr' | 'text' = 'ocr'): PageText[] {
  return [
    page(1, [], method, COVER),
    page(
      2,
      [
        {
          heading: 'ตัวชีวัดที 1 การปฏิบัติหน้าที',
          rows: [
            HEAD,
            ['1', 'มาตรการยกระดับมาตรฐานการให้บริการประชาชน', '1. จัดทำคู่มือ 2. ติดประกาศขั้นตอน 3. สำรวจความพึงพอใจ', 'ตุลาคม 2525 - กนยายน 252', 'สำนักปลัดเทศบาล'],
            ['6', 'มาตรการป้องกันการรับสินบน', '1. ประชุมชีแจงแนวทาง ©. จัดทำช่องทางแจ้งเบาะแส', '1 ต.ค. ba - 31 ธิ.ค. ba', 'งานการเจ้าหน้าที่'],
          ],
        },
        {
          heading: 'วชวดท 4 การไช้ทรัพย์สินของราชการ',
          rows: [
            ['ลำดับ', 'มวิติร์ภาร', 'ขั้นตอน/วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ'],
            ['1', 'มาตรการกำกับดูแลการยืมทรัพย์สิน', '2. จัดทำแนวปฏิบัติ 2. จัดทำทะเบียนคุม 3. ตรวจสอบการใช้', '1 มีนาคม 869 - 31 มกราคม 869', 'กองคลัง'],
          ],
        },
      ],
      method,
    ),
    page(
      3,
      [
        {
          heading: 'วชีวัดที่ 70 การป้องกันการทุจริต',
          rows: [HEAD, ['1', 'มาตรการประเมินความเสี่ยงการทุจริต', '1. แต่งตั้งคณะทำงาน 2. วิเคราะห์ความเสี่ยง', '1 ตุลาคม 2568 - mo กันยายน 2569', 'สำนักปลัดเทศบาล']],
        },
      ],
      method,
    ),
    page(4, [{ heading: null, rows: [['ลำ a บ', 'มาตรการ', 'ขันตอน/วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ'], ['Io', 'มาตรการส่งเสริมนโยบายไม่รับของขวัญ', '1. ประกาศเจตนารมณ์ 2. รายงานการรับทรัพย์สิน', 'ตุลาคม 2568', 'งานการเจ้าหน้าที่']] }], method),
  ];
}

describe('measure tables of a scan in Thai digits', () => {
  const measures = parseMeasures(buildDoc(scan())).measures;

  it('reads every measure, the one under a header OCR garbled included, with its indicator', () => {
    expect(measures.map((m) => [m.indicatorNo, m.title])).toEqual([
      [1, 'มาตรการยกระดับมาตรฐานการให้บริการประชาชน'],
      [1, 'มาตรการป้องกันการรับสินบน'],
      [4, 'มาตรการกำกับดูแลการยืมทรัพย์สิน'],
      [10, 'มาตรการประเมินความเสี่ยงการทุจริต'],
      [10, 'มาตรการส่งเสริมนโยบายไม่รับของขวัญ'],
    ]);
  });

  it('numbers the ลำดับ run 1, 2 where OCR broke it ("6", "Io")', () => {
    expect(measures.map((m) => m.no)).toEqual(['1', '2', '1', '1', '2']);
  });

  it('splits steps whose markers OCR misread', () => {
    expect(measures.map((m) => m.steps.length)).toEqual([3, 2, 3, 2, 2]);
  });

  it('reads periods with months and years OCR garbled in the fiscal year, keeping the text as read', () => {
    expect(measures.map((m) => [m.period?.start, m.period?.end])).toEqual([
      ['2025-10-01', '2026-09-30'],
      ['2025-10-01', '2025-12-31'],
      ['2026-03-01', '2026-01-31'],
      ['2025-10-01', '2026-09-30'],
      ['2025-10-01', '2025-10-31'],
    ]);
    expect(measures[0]!.period!.text).toBe('ตุลาคม 2525 - กนยายน 252');
  });

  it('finds the inverted period among the date ranges for the checks', () => {
    const doc = buildDoc(scan());
    const inverted = findDateRangeMentions(doc.lines, doc.tables, 2569).filter((m) => m.range?.inverted);
    expect(inverted.map((m) => [m.page, m.text, m.match])).toEqual([[2, '1 มีนาคม 869 - 31 มกราคม 869', '1 มีนาคม 2569 - 31 มกราคม 2569']]);
  });

  it('repairs nothing on a text layer: what is printed there is what was meant', () => {
    const text = parseMeasures(buildDoc(scan('text'))).measures;
    expect(text.map((m) => m.no)).toEqual(['1', '6', '1', '1', 'Io']);
    expect(text[0]!.period).toEqual({ text: 'ตุลาคม 2525 - กนยายน 252', start: '1982-10-01', end: '1982-10-31' });
    const doc = buildDoc(scan('text'));
    expect(findDateRangeMentions(doc.lines, doc.tables, 2569).filter((m) => m.range?.inverted)).toEqual([]);
  });
});

describe('repairOcrPeriod', () => {
  it.each([
    ['ตุลาคม 2525 - กนยายน 252', 'ตุลาคม 2568 - กันยายน 2569'],
    ['1 ต.ค. ba - 31 ธิ.ค. ba', '1 ต.ค. 2568 - 31 ธ.ค. 2568'],
    ['1 พฤศจิกายน 23525 - 31 มีนาคม 2569', '1 พฤศจิกายน 2568 - 31 มีนาคม 2569'],
    ['เดือนกนยายน 2569', 'เดือนกันยายน 2569'],
    ['ตุลาคม 2567 - ฆมนาคม 2568', 'ตุลาคม 2567 - มีนาคม 2568'],
    // years near the fiscal year (two either side) stay as read, others take the fiscal year's
    ['1 ตุลาคม 2567 - 30 กันยายน 2571', '1 ตุลาคม 2567 - 30 กันยายน 2571'],
    ['1 ตุลาคม 2566 - 30 กันยายน 2569', '1 ตุลาคม 2568 - 30 กันยายน 2569'],
    // ม.ค. and มี.ค. share their letters: "มิ.ค." names neither for sure
    ['มิ.ค. 2569', 'มิ.ค. 2569'],
  ])('%s → %s', (text, repaired) => {
    expect(repairOcrPeriod(text, 2569)).toBe(repaired);
  });

  it('without a fiscal year repairs only the month names', () => {
    expect(repairOcrPeriod('ตุลาคม 2525 - กนยายน 252', null)).toBe('ตุลาคม 2525 - กันยายน 252');
  });
});

describe('splitItems on OCR text', () => {
  it.each([
    ['1. ประชุมชีแจงแนวทาง ©. จัดทำช่องทางแจ้งเบาะแส', ['ประชุมชีแจงแนวทาง', 'จัดทำช่องทางแจ้งเบาะแส']],
    ['2. จัดทำแนวปฏิบัติ 2. จัดทำทะเบียนคุม 3. ตรวจสอบการใช้', ['จัดทำแนวปฏิบัติ', 'จัดทำทะเบียนคุม', 'ตรวจสอบการใช้']],
    ['1) แต่งตังผู้รับผิดชอบ 2) จัดทำปฏิทิน 2) ตรวจสอบความครบถ้วน', ['แต่งตังผู้รับผิดชอบ', 'จัดทำปฏิทิน', 'ตรวจสอบความครบถ้วน']],
    // a symbol the next number does not follow is text, and so is a number out of the run
    ['1. จัดอบรม 2. ครั้ง และ 5. หลักสูตร', ['จัดอบรม', 'ครั้ง และ 5. หลักสูตร']],
    ['1. จัดอบรม ©. ครั้ง 5. หลักสูตร', ['จัดอบรม ©. ครั้ง 5. หลักสูตร']],
    // u1-scan: "2)" read "2ติ" between "1)" and "3)"
    [
      '1) จัดทำแบบสอบถามออนไลน์ 2ติ ติดตังตู้รับความคิดเห็น ณ จุดบริการ 3) สรุปผลและนำเสนอผู้บริหารทุกไตรมาส',
      ['จัดทำแบบสอบถามออนไลน์', 'ติดตังตู้รับความคิดเห็น ณ จุดบริการ', 'สรุปผลและนำเสนอผู้บริหารทุกไตรมาส'],
    ],
    // a number glued to letters is text when the markers around it do not close alike or run on
    ['1) จัดอบรม 2ครั้ง 3. สรุปผล', ['จัดอบรม 2ครั้ง 3. สรุปผล']],
    ['1) จัดอบรม 2ติ ครั้ง 4) สรุปผล', ['จัดอบรม 2ติ ครั้ง 4) สรุปผล']],
  ])('%s', (text, items) => {
    expect(splitItems(text, { ocr: true })).toEqual(items);
  });

  it('a text layer keeps its markers as printed', () => {
    expect(splitItems('1. ประชุมชีแจงแนวทาง ©. จัดทำช่องทางแจ้งเบาะแส')).toEqual(['ประชุมชีแจงแนวทาง ©. จัดทำช่องทางแจ้งเบาะแส']);
    expect(splitItems('1) จัดทำแบบสอบถาม 2ติ ติดตั้งตู้ 3) สรุปผล')).toEqual(['จัดทำแบบสอบถาม 2ติ ติดตั้งตู้ 3) สรุปผล']);
  });
});
