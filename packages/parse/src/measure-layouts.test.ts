import { describe, expect, it } from '@jest/globals';
import type { Measure } from '@lao/schemas';
import { parseReport } from './parse-report.js';
import { META } from './test-support/seed-fixtures.js';
import { type SeedPageOptions, seedToPages } from './test-support/seed-pages.js';

/**
 * Generated integrity-measures reports (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) in the layouts
 * such reports use: measures grouped by indicator, columns in another order or missing, a status column,
 * periods, step numbering styles, rows cut by a page break, and a progress report's two-row result header.
 */
type Column = 'indicator' | 'title' | 'steps' | 'period' | 'responsible' | 'status';

const HEADER: Record<Column, string> = {
  indicator: 'ตัวชี้วัด',
  title: 'มาตรการ/โครงการ/กิจกรรม',
  steps: 'ขั้นตอน/วิธีการปฏิบัติ',
  period: 'ระยะเวลาดำเนินการ',
  responsible: 'ผู้รับผิดชอบ',
  status: 'สถานะการดำเนินการ',
};

type Row = { indicator?: string; title: string; steps: string[]; period: string; responsible: string; status?: string };

const ROWS: Row[] = [
  {
    indicator: 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
    title: '1. จัดทำคู่มือการให้บริการประชาชนและเผยแพร่ให้ประชาชนทราบ',
    steps: ['แต่งตั้งคณะทำงานจัดทำคู่มือ', 'จัดทำคู่มือการให้บริการ', 'เผยแพร่คู่มือบนเว็บไซต์หลักของหน่วยงาน'],
    period: 'ตุลาคม 2568 - กันยายน 2569',
    responsible: 'สำนักปลัด',
    status: 'ดำเนินการแล้ว',
  },
  {
    title: '2. ประชุมกำชับเจ้าหน้าที่ให้ปฏิบัติงานด้วยความโปร่งใส',
    steps: ['จัดประชุมประจำเดือน', 'บันทึกรายงานการประชุม'],
    period: 'ไตรมาส 1-2',
    responsible: 'ทุกกอง/สำนัก',
    status: 'อยู่ระหว่างดำเนินการ ร้อยละ 50',
  },
  {
    indicator: 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล',
    title: '3. ปรับปรุงข้อมูลบนเว็บไซต์หลักให้เป็นปัจจุบัน',
    steps: ['ตรวจสอบข้อมูลตามแบบ OIT', 'ปรับปรุงข้อมูลที่ไม่เป็นปัจจุบัน'],
    period: 'ปีงบประมาณ พ.ศ. 2569',
    responsible: 'งานประชาสัมพันธ์',
    status: 'ยังไม่ดำเนินการ',
  },
  {
    indicator: 'ตัวชี้วัดที่ 10 การป้องกันการทุจริต',
    title: '4. ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)',
    steps: ['ผู้บริหารลงนามประกาศ', 'เผยแพร่ประกาศ'],
    period: '1 ตุลาคม 2568 ถึง 31 ธันวาคม 2568',
    responsible: 'สำนักปลัด',
    status: 'ดำเนินการแล้ว ร้อยละ 100',
  },
];

type StepStyle = 'paren' | 'thai-dot' | 'bullet' | 'dash';
const THAI = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

function stepsCell(steps: string[], style: StepStyle): string {
  return steps
    .map((s, i) => (style === 'paren' ? `${i + 1}) ${s}` : style === 'thai-dot' ? `${THAI(String(i + 1))}. ${s}` : style === 'bullet' ? `• ${s}` : `- ${s}`))
    .map((s) => `<p>${s}</p>`)
    .join('');
}

type Options = { columns?: Column[]; steps?: StepStyle; title?: string[]; rows?: Row[] };

function integrityReport(o: Options = {}): string {
  const cols = o.columns ?? ['indicator', 'title', 'steps', 'period', 'responsible'];
  const cell = (r: Row, c: Column): string =>
    c === 'indicator' ? r.indicator ?? '' : c === 'steps' ? stepsCell(r.steps, o.steps ?? 'paren') : c === 'status' ? r.status ?? '' : r[c];
  return [
    ...(o.title ?? [
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'ประจำปีงบประมาณ พ.ศ. 2569',
      'องค์การบริหารส่วนตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    ]),
    'เพื่อให้การดำเนินงานเป็นไปด้วยความโปร่งใส ตรวจสอบได้ องค์การบริหารส่วนตำบลหนองแวงจึงกำหนดมาตรการ ดังนี้',
    cols.map((c) => HEADER[c]).join('\t'),
    ...(o.rows ?? ROWS).map((r) => cols.map((c) => cell(r, c)).join('\t')),
    'ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2568',
  ].join('\n');
}

const parse = (text: string, opts: SeedPageOptions = {}) => {
  const pages = seedToPages(text, opts);
  return parseReport(pages, { ...META, pageCount: pages.length }).report;
};

const essentials = (ms: Measure[]) => ms.map((m) => ({ no: m.no, indicatorNo: m.indicatorNo, title: m.title, steps: m.steps, responsible: m.responsible, period: m.period }));

describe('an integrity-measures report on its own', () => {
  const report = parse(integrityReport());

  it('is classified integrity_measures, for its fiscal year', () => {
    expect(report.docType).toBe('integrity_measures');
    expect(report.fiscalYear).toBe(2569);
    expect(report.ita).toBeNull();
  });

  it('reads every measure with its indicator, number, steps, responsible unit and period', () => {
    expect(report.measures.map((m) => [m.no, m.indicatorNo])).toEqual([
      ['1', 1],
      ['2', 1],
      ['3', 9],
      ['4', 10],
    ]);
    expect(report.measures.map((m) => m.title)).toEqual(ROWS.map((r) => r.title.replace(/^\d\.\s/, '')));
    expect(report.measures.map((m) => m.steps)).toEqual(ROWS.map((r) => r.steps));
    expect(report.measures.map((m) => m.responsible)).toEqual(ROWS.map((r) => r.responsible));
    expect(report.measures.map((m) => m.status)).toEqual([null, null, null, null]);
  });

  it('reads the periods: months, quarters of the fiscal year, the fiscal year, a date range', () => {
    expect(report.measures.map((m) => [m.period?.start, m.period?.end])).toEqual([
      ['2025-10-01', '2026-09-30'],
      ['2025-10-01', '2026-03-31'],
      ['2025-10-01', '2026-09-30'],
      ['2025-10-01', '2025-12-31'],
    ]);
  });

  it('is integrity_measures under another common title ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสในหน่วยงาน" after a name line)', () => {
    const r = parse(
      integrityReport({
        title: ['องค์การบริหารส่วนตำบลหนองแวง', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ในหน่วยงาน ประจำปีงบประมาณ 2569'],
      }),
    );
    expect(r.docType).toBe('integrity_measures');
    expect(r.measures).toHaveLength(4);
  });
});

describe('columns reordered or missing give the same measures', () => {
  const base = essentials(parse(integrityReport()).measures);
  it.each<[string, Column[]]>([
    ['responsible before period', ['indicator', 'title', 'steps', 'responsible', 'period']],
    ['steps last', ['indicator', 'title', 'period', 'responsible', 'steps']],
    ['indicator after the title', ['title', 'indicator', 'steps', 'period', 'responsible']],
  ])('%s', (_name, columns) => {
    expect(essentials(parse(integrityReport({ columns })).measures)).toEqual(base);
  });

  it('without an indicator column: no indicator numbers, the rest unchanged', () => {
    const r = parse(integrityReport({ columns: ['title', 'steps', 'period', 'responsible'] }));
    expect(r.docType).toBe('integrity_measures');
    expect(essentials(r.measures)).toEqual(base.map((m) => ({ ...m, indicatorNo: null })));
  });

  it('without a period column: no periods, the rest unchanged', () => {
    const r = parse(integrityReport({ columns: ['indicator', 'title', 'steps', 'responsible'] }));
    expect(essentials(r.measures)).toEqual(base.map((m) => ({ ...m, period: null })));
  });
});

describe('a status column', () => {
  const r = parse(integrityReport({ columns: ['indicator', 'title', 'steps', 'period', 'responsible', 'status'] }));
  it('gives done / in_progress / not_started and the printed percentage', () => {
    expect(r.measures.map((m) => [m.status, m.progressPercent])).toEqual([
      ['done', null],
      ['in_progress', 50],
      ['not_started', null],
      ['done', 100],
    ]);
  });
  it('still a measures plan by its title, not a progress report', () => {
    expect(r.docType).toBe('integrity_measures');
  });
});

describe('steps numbered in other styles', () => {
  const base = essentials(parse(integrityReport()).measures);
  it.each<StepStyle>(['thai-dot', 'bullet', 'dash'])('%s', (steps) => {
    expect(essentials(parse(integrityReport({ steps })).measures)).toEqual(base);
  });
  it('steps run together in one paragraph ("1) … 2) …")', () => {
    const rows = ROWS.map((r) => ({ ...r, steps: [r.steps.map((s, i) => `${i + 1}) ${s}`).join(' ')] }));
    const r = parse(integrityReport({ rows, steps: 'dash' }).replace(/- (\d\))/g, '$1'));
    expect(r.measures.map((m) => m.steps)).toEqual(ROWS.map((x) => x.steps));
  });
});

describe('measure rows cut by a page break', () => {
  const base = essentials(parse(integrityReport()).measures);
  it.each([7, 8, 9, 10, 11, 12, 13, 14])('pages of %i lines, header repeated', (linesPerPage) => {
    expect(essentials(parse(integrityReport(), { linesPerPage, repeatHeader: true, pageNumbers: true }).measures)).toEqual(base);
  });
  it.each([7, 9, 11, 13])('pages of %i lines, no repeated header', (linesPerPage) => {
    expect(essentials(parse(integrityReport(), { linesPerPage }).measures)).toEqual(base);
  });
});

describe('a progress report whose result table has ผลผลิต / ผลลัพธ์ under ผลการดำเนินการ', () => {
  const text = [
    'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 6 เดือน)',
    'เทศบาลตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    'ลำดับ\tมาตรการ\tรายละเอียดการดำเนินงาน\tระยะเวลา\tผลการดำเนินการ\t\tหมายเหตุ',
    '\t\t\t\tผลผลิต\tผลลัพธ์\t',
    '1\tมาตรการจัดการเรื่องร้องเรียนการทุจริต\tจัดทำช่องทางรับเรื่องร้องเรียน\tตุลาคม 2567 - มีนาคม 2568\tช่องทางร้องเรียน 3 ช่องทาง\tประชาชนร้องเรียนได้สะดวก\t',
    '2\tมาตรการป้องกันการรับสินบน\tประกาศนโยบาย No Gift Policy\tไตรมาส 1\tประกาศ 1 ฉบับ\tเจ้าหน้าที่ไม่รับของขวัญ\tอยู่ระหว่างดำเนินการ',
  ].join('\n');
  const r = parse(text);

  it('is a progress report with outputs and outcomes per measure', () => {
    expect(r.docType).toBe('measures_progress');
    expect(r.fiscalYear).toBe(2568);
    expect(r.measures.map((m) => [m.no, m.title, m.output, m.outcome])).toEqual([
      ['1', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'ช่องทางร้องเรียน 3 ช่องทาง', 'ประชาชนร้องเรียนได้สะดวก'],
      ['2', 'มาตรการป้องกันการรับสินบน', 'ประกาศ 1 ฉบับ', 'เจ้าหน้าที่ไม่รับของขวัญ'],
    ]);
    expect(r.measures.map((m) => m.steps)).toEqual([['จัดทำช่องทางรับเรื่องร้องเรียน'], ['ประกาศนโยบาย No Gift Policy']]);
  });

  it('reads the periods (a quarter in the report\'s fiscal year) and the remark\'s status', () => {
    expect(r.measures.map((m) => [m.period?.start, m.period?.end])).toEqual([
      ['2024-10-01', '2025-03-31'],
      ['2024-10-01', '2024-12-31'],
    ]);
    expect(r.measures[1]!.status).toBe('in_progress');
  });
});

describe('status as ticked columns under ผลการดำเนินการ', () => {
  const ticks: Record<string, [string, string, string]> = {
    'ดำเนินการแล้ว': ['✓', '', ''],
    'อยู่ระหว่างดำเนินการ ร้อยละ 50': ['', '✓', ''],
    'ยังไม่ดำเนินการ': ['', '', '✓'],
    'ดำเนินการแล้ว ร้อยละ 100': ['/', '', ''],
  };
  const text = integrityReport({ columns: ['indicator', 'title', 'steps', 'period', 'responsible', 'status'] })
    .split('\n')
    .flatMap((l) => {
      if (!l.includes('\t')) return [l];
      const cells = l.split('\t');
      const last = cells.pop()!;
      if (last === HEADER.status) {
        return [
          [...cells, 'ผลการดำเนินการ', '', ''].join('\t'),
          [...cells.map(() => ''), 'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ'].join('\t'),
        ];
      }
      return [[...cells, ...ticks[last]!].join('\t')];
    })
    .join('\n');
  const r = parse(text);
  it('the ticked column names the status', () => {
    expect(r.measures.map((m) => m.status)).toEqual(['done', 'in_progress', 'not_started', 'done']);
    expect(r.measures.map((m) => m.title)).toEqual(ROWS.map((x) => x.title.replace(/^\d\.\s/, '')));
  });
});

describe('a measure row cut by a page break (the rest of its cells on the next page)', () => {
  const cols: Column[] = ['indicator', 'title', 'steps', 'period', 'responsible'];
  const header = cols.map((c) => HEADER[c]).join('\t');
  // Row 3 is cut: its title ends, its second step and its responsible unit are on the next page.
  const cutTitle = (titleRest: string) => [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2569',
    'องค์การบริหารส่วนตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    header,
    ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', ROWS[0]!.title, stepsCell(ROWS[0]!.steps, 'paren'), ROWS[0]!.period, ROWS[0]!.responsible].join('\t'),
    ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', titleRest === '' ? ROWS[2]!.title : '3. ปรับปรุงข้อมูลบนเว็บไซต์หลัก', '1) ตรวจสอบข้อมูลตามแบบ OIT', 'ปีงบประมาณ พ.ศ. 2569', ''].join('\t'),
    '- 1 -',
    header,
    ['', titleRest, '2) ปรับปรุงข้อมูลที่ไม่เป็นปัจจุบัน', '', 'งานประชาสัมพันธ์'].join('\t'),
    ['ตัวชี้วัดที่ 10 การป้องกันการทุจริต', ROWS[3]!.title, stepsCell(ROWS[3]!.steps, 'paren'), ROWS[3]!.period, ROWS[3]!.responsible].join('\t'),
  ].join('\n');
  const pageOfLine = (n: number) => (n <= 7 ? 1 : 2);
  const expected = [ROWS[0]!, ROWS[2]!, ROWS[3]!].map((r) => ({ title: r.title.replace(/^\d\.\s/, ''), steps: r.steps, responsible: r.responsible }));
  const pick = (ms: Measure[]) => ms.map((m) => ({ title: m.title, steps: m.steps, responsible: m.responsible }));

  it('the cut row continues under the repeated header', () => {
    const r = parse(cutTitle(''), { pageOfLine });
    expect(pick(r.measures)).toEqual(expected);
    expect(r.measures.map((m) => m.indicatorNo)).toEqual([1, 9, 10]);
  });

  it('a title cut by the page is joined', () => {
    const r = parse(cutTitle('ให้เป็นปัจจุบัน'), { pageOfLine });
    expect(pick(r.measures)).toEqual(expected.map((m, i) => (i === 1 ? { ...m, title: 'ปรับปรุงข้อมูลบนเว็บไซต์หลัก ให้เป็นปัจจุบัน' } : m)));
  });

  it('without the repeated header too', () => {
    const r = parse(cutTitle('').split('\n').filter((l, i) => i !== 7).join('\n'), { pageOfLine: (n) => (n <= 7 ? 1 : 2) });
    expect(pick(r.measures)).toEqual(expected);
  });
});

describe('one table per indicator under a heading, numbered again from 1 in a ลำดับ column', () => {
  const header = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ'].join('\t');
  const row = (no: number, r: Row) => [String(no), r.title.replace(/^\d\.\s/, ''), stepsCell(r.steps, 'thai-dot'), r.period, r.responsible].join('\t');
  const lines = [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2569',
    'เทศบาลตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', // 4
    header,
    row(1, ROWS[0]!),
    row(2, ROWS[1]!),
    'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', // 8
    header,
    row(1, ROWS[2]!),
    '- 1 -', // 11: page 1 ends
    'ตัวชี้วัดที่ 10 การป้องกันการทุจริต', // 12: page 2
    header,
    row(1, ROWS[3]!),
    '- 2 -', // 15: page 2 ends; the same table goes on under its repeated header
    header,
    row(2, { ...ROWS[0]!, title: 'มาตรการส่งเสริมนโยบายไม่รับของขวัญ (No Gift Policy)' }),
  ];
  const r = parse(lines.join('\n'), { pageOfLine: (n) => (n <= 11 ? 1 : n <= 15 ? 2 : 3) });

  it('each measure takes its heading\'s indicator and its own number; no row is taken for the rest of another', () => {
    expect(r.docType).toBe('integrity_measures');
    expect(r.measures.map((m) => [m.indicatorNo, m.no, m.title])).toEqual([
      [1, '1', ROWS[0]!.title.slice(3)],
      [1, '2', ROWS[1]!.title.slice(3)],
      [9, '1', ROWS[2]!.title.slice(3)],
      [10, '1', ROWS[3]!.title.slice(3)],
      [10, '2', 'มาตรการส่งเสริมนโยบายไม่รับของขวัญ (No Gift Policy)'],
    ]);
    expect(r.measures.map((m) => m.responsible)).toEqual([...ROWS.map((x) => x.responsible), ROWS[0]!.responsible]);
  });
});

describe('a progress table with a success-percentage column of bare numbers', () => {
  const text = (noLabel: string, pctLabel: string) =>
    [
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'ประจำปีงบประมาณ พ.ศ. 2567',
      'องค์การบริหารส่วนจังหวัดลำปาง',
      [noLabel, 'มาตรการ', 'ผลการดำเนินการ', 'สถานะ', pctLabel, 'ระยะเวลา', 'ผู้รับผิดชอบ'].join('\t'),
      ['1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่ข้อมูลครบทุกหัวข้อ', 'ดำเนินการแล้วเสร็จ', '100', 'ตุลาคม 2566 - กันยายน 2567', 'สำนักปลัด'].join('\t'),
      ['2', 'มาตรการจัดการเรื่องร้องเรียน', 'ปรับปรุงคู่มือ', 'อยู่ระหว่างดำเนินการ', '60', 'ไตรมาส 2', 'สำนักปลัด'].join('\t'),
      ['3', 'มาตรการประเมินความเสี่ยง', 'ยังไม่ได้ดำเนินการ', 'ยังไม่ดำเนินการ', '0', 'ไตรมาส 4', 'กองยุทธศาสตร์'].join('\t'),
    ].join('\n');
  it.each([
    ['printed headings', 'ที่', 'ร้อยละความสำเร็จ'],
    ['headings OCR garbled', '4 ที', 'ควา ม สำเร็ จ'],
  ])('%s', (_name, noLabel, pctLabel) => {
    const r = parse(text(noLabel, pctLabel));
    expect(r.docType).toBe('measures_progress');
    expect(r.measures.map((m) => [m.no, m.status, m.progressPercent])).toEqual([
      ['1', 'done', 100],
      ['2', 'in_progress', 60],
      ['3', 'not_started', 0],
    ]);
    expect(r.measures.map((m) => [m.period?.start, m.period?.end])).toEqual([
      ['2023-10-01', '2024-09-30'],
      ['2024-01-01', '2024-03-31'],
      ['2024-07-01', '2024-09-30'],
    ]);
  });
});

describe('an integrity-measures report whose preface cites the analysis it rests on', () => {
  it('is still integrity_measures (the title names the type; the preface only mentions the analysis)', () => {
    const r = parse(
      integrityReport().replace(
        'เพื่อให้การดำเนินงานเป็นไปด้วยความโปร่งใส',
        'ตามที่องค์การบริหารส่วนตำบลหนองแวงได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 แล้ว เพื่อให้การดำเนินงานเป็นไปด้วยความโปร่งใส',
      ),
    );
    expect(r.docType).toBe('integrity_measures');
    expect(r.fiscalYear).toBe(2569);
  });
});

describe('a measures table with a KPI column (ตัวชี้วัด/ค่าเป้าหมาย), not the ITA indicator', () => {
  const text = [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2569',
    'องค์การบริหารส่วนตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    ['ที่', 'มาตรการ/โครงการ/กิจกรรม', 'วัตถุประสงค์', 'ตัวชี้วัด/ค่าเป้าหมาย', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'งบประมาณ'].join('\t'),
    ['1', 'โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร', 'เพื่อเสริมสร้างจิตสำนึก', '1 ครั้ง ผู้เข้าร่วมร้อยละ 80', 'ไตรมาส 2', 'สำนักปลัด', '20,000'].join('\t'),
    ['2', 'กิจกรรมเผยแพร่ประมวลจริยธรรม', 'เพื่อให้บุคลากรรับทราบ', '3 ช่องทาง', 'ไตรมาส 1', 'สำนักปลัด', '-'].join('\t'),
  ].join('\n');
  it('reads the measures without indicator numbers', () => {
    const r = parse(text);
    expect(r.docType).toBe('integrity_measures');
    expect(r.measures.map((m) => [m.no, m.indicatorNo, m.title, m.responsible])).toEqual([
      ['1', null, 'โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร', 'สำนักปลัด'],
      ['2', null, 'กิจกรรมเผยแพร่ประมวลจริยธรรม', 'สำนักปลัด'],
    ]);
  });
});

describe('one measures table over two pages whose headers OCR read differently', () => {
  const head = (first: string, steps: string) => [first, 'มาตรการ/โครงการ/กิจกรรม', steps, 'ระยะเวลา', 'ผู้รับผิดชอบ'].join('\t');
  const text = [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2569',
    'องค์การบริหารส่วนตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    head('', 'ขั้นตอน/วิธีการปฏิบัติ'), // page 1: the first heading lost
    ['', '1. จัดทำคู่มือการให้บริการ', '1) จัดทำคู่มือ 2) เผยแพร่คู่มือ', 'ตุลาคม 2568 - กันยายน 2569', 'สำนักปลัด'].join('\t'),
    ['', '2. ประชุมกำชับเจ้าหน้าที่', '1) จัดประชุม 2) บันทึกรายงานการประชุม', 'ไตรมาส 1', 'สำนักปลัด'].join('\t'),
    head('ตวชวด', 'ขันตอน/วิธีการปฏิบต'), // page 2: ตัวชี้วัด and ขั้นตอน without their marks
    ['', '', '3) ติดตามผลการประชุม', '', ''].join('\t'), // the rest of measure 2
    ['2. การใช้งบประมาณ', '1. เผยแพร่แผนการใช้จ่ายงบประมาณ', '1) จัดทำแผน 2) เผยแพร่แผน', 'ไตรมาส 1', 'กองคลัง'].join('\t'),
  ].join('\n');
  const r = parse(text, { pageOfLine: (n) => (n <= 6 ? 1 : 2) });
  it('is read as one table: the rest of a measure stays with it; the indicator column is known on page 2', () => {
    expect(r.measures.map((m) => [m.no, m.indicatorNo, m.steps.length])).toEqual([
      ['1', null, 2],
      ['2', null, 3],
      ['1', 2, 2],
    ]);
  });
});

describe('progress reports under other common titles', () => {
  const body = (title: string) =>
    [
      title,
      'ประจำปีงบประมาณ พ.ศ. 2568',
      'เทศบาลตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
      ['ที่', 'มาตรการ', 'ผลการดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ'].join('\t'),
      ['1', 'มาตรการจัดการเรื่องร้องเรียน', 'ปรับปรุงคู่มือและช่องทางร้องเรียน', 'ไตรมาส 1', 'สำนักปลัด'].join('\t'),
      ['2', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่ข้อมูลครบถ้วน', 'ไตรมาส 2', 'สำนักปลัด'].join('\t'),
    ].join('\n');
  it.each([
    'รายงานการติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (รอบ 6 เดือน)',
    'รายงานการกำกับติดตามการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  ])('%s', (title) => {
    const r = parse(body(title));
    expect(r.docType).toBe('measures_progress');
    expect(r.measures).toHaveLength(2);
  });
});

describe('indicator section rows inside one measures table', () => {
  const text = [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2569',
    'องค์การบริหารส่วนตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    ['ที่', 'มาตรการ/โครงการ/กิจกรรม', 'ขั้นตอน/วิธีการปฏิบัติ', 'ระยะเวลา', 'ผู้รับผิดชอบ'].join('\t'),
    'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t\t\t\t',
    ['1', 'จัดทำคู่มือการให้บริการ', '1) จัดทำคู่มือ 2) เผยแพร่คู่มือ', 'ตุลาคม 2568 - กันยายน 2569', 'สำนักปลัด'].join('\t'),
    ['2', 'ประชุมกำชับเจ้าหน้าที่', '1) จัดประชุม', 'ไตรมาส 1', 'สำนักปลัด'].join('\t'),
    '\tตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\t\t\t',
    ['3', 'ปรับปรุงเว็บไซต์หลัก', '1) ตรวจสอบข้อมูล 2) ปรับปรุงข้อมูล', 'ไตรมาส 1-4', 'งานประชาสัมพันธ์'].join('\t'),
  ].join('\n');
  it('each measure takes the indicator of the section row above it; section rows are no measures', () => {
    const r = parse(text);
    expect(r.measures.map((m) => [m.no, m.indicatorNo, m.title, m.steps.length])).toEqual([
      ['1', 1, 'จัดทำคู่มือการให้บริการ', 2],
      ['2', 1, 'ประชุมกำชับเจ้าหน้าที่', 1],
      ['3', 9, 'ปรับปรุงเว็บไซต์หลัก', 2],
    ]);
  });
});
