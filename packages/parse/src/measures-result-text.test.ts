import { describe, expect, it } from '@jest/globals';
import { parseReport } from './parse-report.js';
import { META } from './test-support/seed-fixtures.js';
import { type SeedPageOptions, seedToPages } from './test-support/seed-pages.js';

/**
 * Progress reports whose tables have no สถานะ and no ร้อยละ column: the result cell says how far each
 * measure got ("ดำเนินการแล้ว ร้อยละ 60", "คิดเป็นร้อยละ ๘๐"), among other percentages that are not its
 * progress (people taking part, satisfaction). Status columns ticked ☑ under their status. And timing
 * ticked month by month (ต.ค. … ก.ย.) instead of a period cell.
 */
const parse = (text: string, opts: SeedPageOptions = {}) => {
  const pages = seedToPages(text, opts);
  return parseReport(pages, { ...META, pageCount: pages.length }).report;
};
const row = (...cells: string[]) => cells.join('\t');

const TOP = [
  'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  'ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 6 เดือน)',
  'องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี',
  'องค์การบริหารส่วนตำบลหนองบัวขอรายงานผลการดำเนินการตามมาตรการ ข้อมูล ณ วันที่ 31 มีนาคม 2568 ดังนี้',
];

describe('a result column without สถานะ or ร้อยละ columns', () => {
  const ROWS: Array<[string, string, string | null, number | null]> = [
    ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ดำเนินการแล้วเสร็จ เผยแพร่ข้อมูลครบทุกหัวข้อบนเว็บไซต์', 'done', null],
    ['มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'ดำเนินการแล้ว ร้อยละ 60 ปรับปรุงคู่มือการจัดการเรื่องร้องเรียน', 'in_progress', 60],
    ['โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร', 'จัดอบรม 1 ครั้ง ผู้เข้าร่วม 85 คน คิดเป็นร้อยละ 85 ดำเนินการแล้วเสร็จ', 'done', null],
    ['มาตรการป้องกันผลประโยชน์ทับซ้อน', 'อยู่ระหว่างดำเนินการ คิดเป็นร้อยละ ๗๐', 'in_progress', 70],
    ['มาตรการประเมินความเสี่ยงการทุจริต', 'ยังไม่ได้ดำเนินการ เนื่องจากอยู่ระหว่างแต่งตั้งคณะทำงาน', 'not_started', null],
    ['กิจกรรมสำรวจความพึงพอใจของผู้รับบริการ', 'สำเร็จ 75% ร้อยละ 80 ของผู้ตอบแบบสอบถามพึงพอใจมาก', null, 75],
    ['มาตรการตรวจสอบการใช้ดุลพินิจ', 'ยังไม่ดำเนินการ', 'not_started', null],
    ['กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร', 'ประกาศเจตจำนงแล้ว คิดเป็นร้อยละ 100', 'done', 100],
  ];
  const report = (opts: SeedPageOptions = {}, remarkColumn = false) =>
    parse(
      [
        ...TOP,
        row('ที่', 'มาตรการ', remarkColumn ? 'การดำเนินการ' : 'ผลการดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', ...(remarkColumn ? ['หมายเหตุ'] : [])),
        ...ROWS.map(([title, result], i) =>
          remarkColumn
            ? row(String(i + 1), title, 'ดำเนินการตามแผน', 'ตุลาคม 2567 - มีนาคม 2568', 'สำนักปลัด', result)
            : row(String(i + 1), title, result, 'ตุลาคม 2567 - มีนาคม 2568', 'สำนักปลัด'),
        ),
      ].join('\n'),
      opts,
    );

  it('reads status and the stated progress from the result text', () => {
    const r = report();
    expect(r.docType).toBe('measures_progress');
    expect(r.measures.map((m) => [m.title, m.status, m.progressPercent])).toEqual(ROWS.map(([t, , s, p]) => [t, s, p]));
    expect(r.measures[1]!.result).toBe(ROWS[1]![1]);
  });

  it('the same when the table is cut by a page and its header repeated', () => {
    const r = report({ linesPerPage: 10, repeatHeader: true });
    expect(new Set(r.measures.map((m) => m.page)).size).toBeGreaterThan(1);
    expect(r.measures.map((m) => [m.status, m.progressPercent])).toEqual(ROWS.map(([, , s, p]) => [s, p]));
  });

  it('a หมายเหตุ column saying it is read the same way', () => {
    const r = report({}, true);
    expect(r.measures.map((m) => m.progressPercent)).toEqual(ROWS.map(([, , , p]) => p));
  });

  it('a ร้อยละ column, when there is one, is the progress: the result text is not read for it', () => {
    const r = parse(
      [
        ...TOP,
        row('ที่', 'มาตรการ', 'ผลการดำเนินการ', 'ร้อยละความสำเร็จ', 'ผู้รับผิดชอบ'),
        row('1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ดำเนินการแล้ว ร้อยละ 60', '80', 'สำนักปลัด'),
        row('2', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'ดำเนินการแล้ว ร้อยละ 60', '', 'สำนักปลัด'),
      ].join('\n'),
    );
    expect(r.measures.map((m) => [m.status, m.progressPercent])).toEqual([
      ['done', 80],
      ['done', null],
    ]);
  });
});

describe('status ticked in columns headed by a status', () => {
  const tick = '☑';
  it.each<[string, string[]]>([
    ['"ผลการดำเนินงาน" over three status heads', [row('ที่', 'มาตรการ/กิจกรรม', 'ผลการดำเนินงาน', '', '', 'ผู้รับผิดชอบ'), row('', '', 'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ', '')]],
    ['the status heads in one row', [row('ที่', 'มาตรการ/กิจกรรม', 'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ', 'ผู้รับผิดชอบ')]],
  ])('%s', (_name, header) => {
    const r = parse(
      [
        ...TOP,
        ...header,
        row('1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', tick, '', '', 'สำนักปลัด'),
        row('2', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต', '', '✓', '', 'สำนักปลัด'),
        row('3', 'มาตรการประเมินความเสี่ยงการทุจริต', '', '', tick, 'กองคลัง'),
      ].join('\n'),
    );
    expect(r.measures.map((m) => [m.no, m.status])).toEqual([
      ['1', 'done'],
      ['2', 'in_progress'],
      ['3', 'not_started'],
    ]);
  });
});

describe('timing ticked month by month', () => {
  const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
  const TITLES = [
    'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
    'โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร',
    'กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร',
    'มาตรการจัดการเรื่องร้องเรียนการทุจริต',
    'มาตรการประเมินความเสี่ยงการทุจริต',
  ];
  // Ticked month numbers per measure, in the ticks reports use.
  const TICKED: Array<[number[], string]> = [
    [[10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9], '☑'],
    [[1, 2, 3], '✓'],
    [[10], '/'],
    [[11, 2, 5], '✓'],
    [[7, 8, 9], '☑'],
  ];
  const expected = [
    ['ต.ค. 2567 - ก.ย. 2568', '2024-10-01', '2025-09-30'],
    ['ม.ค. 2568 - มี.ค. 2568', '2025-01-01', '2025-03-31'],
    ['ต.ค. 2567', '2024-10-01', '2024-10-31'],
    ['พ.ย. 2567 - พ.ค. 2568', '2024-11-01', '2025-05-31'],
    ['ก.ค. 2568 - ก.ย. 2568', '2025-07-01', '2025-09-30'],
  ];
  const monthOf = (label: string) => [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9][MONTHS.indexOf(label)]!;
  const body = TITLES.map((title, i) => {
    const [months, mark] = TICKED[i]!;
    return row(String(i + 1), title, 'สำนักปลัด', ...MONTHS.map((m) => (months.includes(monthOf(m)) ? mark : '')), i === 1 ? 'ดำเนินการแล้ว ร้อยละ 100' : '');
  });
  const blank = (n: number) => Array<string>(n).fill('');

  it.each<[string, string[]]>([
    ['"ระยะเวลาดำเนินการ" over the twelve months', [row('ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', ...blank(11), 'ผลการดำเนินการ'), row('', '', '', ...MONTHS, '')]],
    ['the months in the header row itself', [row('ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', ...MONTHS, 'ผลการดำเนินการ')]],
    [
      'three header rows: the calendar years over the months',
      [
        row('ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', ...blank(11), 'ผลการดำเนินการ'),
        row('', '', '', 'พ.ศ. 2567', '', '', 'พ.ศ. 2568', ...blank(8), ''),
        row('', '', '', ...MONTHS, ''),
      ],
    ],
  ])('%s: the period spans the first to the last ticked month of FY 2568', (_name, header) => {
    const r = parse([...TOP, ...header, ...body].join('\n'));
    expect(r.measures.map((m) => m.title)).toEqual(TITLES);
    expect(r.measures.map((m) => [m.period?.text, m.period?.start, m.period?.end])).toEqual(expected);
    expect(r.measures[1]!.progressPercent).toBe(100);
    expect(r.measures[1]!.status).toBe('done');
  });

  it('calendar years printed over the months are those of the months (a table of the previous year)', () => {
    const header = [
      row('ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', ...blank(11), 'ผลการดำเนินการ'),
      row('', '', '', 'พ.ศ. 2566', '', '', 'พ.ศ. 2567', ...blank(8), ''),
      row('', '', '', ...MONTHS, ''),
    ];
    const r = parse([...TOP, ...header, ...body].join('\n'));
    expect(r.measures.map((m) => m.period?.text)).toEqual(['ต.ค. 2566 - ก.ย. 2567', 'ม.ค. 2567 - มี.ค. 2567', 'ต.ค. 2566', 'พ.ย. 2566 - พ.ค. 2567', 'ก.ค. 2567 - ก.ย. 2567']);
  });

  it.each<[string, string]>([
    ['the fiscal year named over all twelve months', 'ปีงบประมาณ พ.ศ. 2568'],
    ['one year over all twelve months (it runs from ต.ค. into ม.ค.: a fiscal year)', 'พ.ศ. 2568'],
  ])('%s: ต.ค.–ธ.ค. fall in the year before', (_name, over) => {
    const header = [
      row('ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', ...blank(11), 'ผลการดำเนินการ'),
      row('', '', '', over, ...blank(11), ''),
      row('', '', '', ...MONTHS, ''),
    ];
    const r = parse([...TOP, ...header, ...body].join('\n'));
    expect(r.measures.map((m) => [m.period?.text, m.period?.start, m.period?.end])).toEqual(expected);
  });

  it('a table cut by a page, its two header rows repeated: same periods, no header read as a measure', () => {
    const header = [row('ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', ...blank(11), 'ผลการดำเนินการ'), row('', '', '', ...MONTHS, '')];
    const r = parse([...TOP, ...header, ...body].join('\n'), { linesPerPage: 9, repeatHeader: true });
    expect(new Set(r.measures.map((m) => m.page)).size).toBeGreaterThan(1);
    expect(r.measures.map((m) => [m.period?.text, m.period?.start, m.period?.end])).toEqual(expected);
  });

  it('a period cell printed beside the months wins', () => {
    const header = [row('ที่', 'มาตรการ/กิจกรรม', 'ระยะเวลา', 'ระยะเวลาดำเนินการ', ...blank(11), 'ผลการดำเนินการ'), row('', '', '', ...MONTHS, '')];
    const rows = TITLES.map((t, i) => row(String(i + 1), t, 'ตลอดปีงบประมาณ พ.ศ. 2568', ...MONTHS.map((_, j) => (j === i ? '☑' : '')), ''));
    const r = parse([...TOP, ...header, ...rows].join('\n'));
    expect(r.measures.map((m) => [m.period?.start, m.period?.end])).toEqual(TITLES.map(() => ['2024-10-01', '2025-09-30']));
  });
});

describe('month ticks on a scanned page', () => {
  const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
  const blank = (n: number) => Array<string>(n).fill('');
  // What OCR leaves of a ☑ ("[7", "ท", "NEN") and of an empty cell's ruling ("|", "-").
  const cells = (ticks: Record<number, string>) => MONTHS.map((_, i) => ticks[i] ?? (i % 5 === 0 ? '|' : ''));
  const text = [
    ...TOP,
    row('ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', ...blank(11), 'ผลการดำเนินการ'),
    row('', '', '', ...MONTHS, ''),
    row('1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'สำนักปลัด', ...cells({ 0: '[7', 1: 'ท', 2: 'NEN' }), 'ดำเนินการแล้วเสร็จ'),
    row('2', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'สำนักปลัด', ...cells({ 3: '☑', 4: '[7' }), 'อยู่ระหว่างดำเนินการ'),
  ].join('\n');
  const asScan = (pages: ReturnType<typeof seedToPages>) =>
    pages.map((p) => ({ ...p, method: 'ocr' as const, confidence: 90, lines: p.lines.map((l) => ({ ...l, confidence: 90 })) }));

  it('OCR scraps of a tick count as ticks, ruling scraps do not', () => {
    const pages = asScan(seedToPages(text));
    const r = parseReport(pages, { ...META, pageCount: pages.length }).report;
    expect(r.measures.map((m) => [m.period?.text, m.period?.start, m.period?.end])).toEqual([
      ['ต.ค. 2567 - ธ.ค. 2567', '2024-10-01', '2024-12-31'],
      ['ม.ค. 2568 - ก.พ. 2568', '2025-01-01', '2025-02-28'],
    ]);
  });

  it('in a text layer only tick marks count', () => {
    const r = parse(text);
    expect(r.measures.map((m) => m.period?.text)).toEqual([undefined, 'ม.ค. 2568']);
  });
});
