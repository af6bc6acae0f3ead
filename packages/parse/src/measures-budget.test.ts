import { describe, expect, it } from '@jest/globals';
import type { Measure } from '@lao/schemas';
import { isOtherTableHeader, roleOf } from './measure-columns.js';
import { parseReport } from './parse-report.js';
import { META } from './test-support/seed-fixtures.js';
import { type SeedPageOptions, seedToPages } from './test-support/seed-pages.js';

/**
 * Integrity-measures reports (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) and their progress reports often print a
 * budget column ("งบประมาณ (บาท)": amounts, "-", "ไม่ใช้งบประมาณ"; a progress report: งบประมาณที่ได้รับ /
 * งบประมาณที่ใช้). Such a table is still a measures table; a plan's tables (มิติ, ไตรมาส, a column per
 * year) are still the plan's. The contract's Measure has no budget field, so the amounts are not recorded.
 */
const parse = (text: string, opts: SeedPageOptions = {}) => {
  const pages = seedToPages(text, opts);
  return parseReport(pages, { ...META, pageCount: pages.length }).report;
};
const row = (...cells: string[]) => cells.join('\t');
const steps = (...s: string[]) => s.map((x, i) => `<p>${i + 1}) ${x}</p>`).join('');

const TITLES = ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'โครงการอบรมคุณธรรมจริยธรรมแก่พนักงานเทศบาล', 'มาตรการป้องกันการรับสินบน', 'กิจกรรมเปิดโอกาสให้ประชาชนมีส่วนร่วม'];

/** Every text a measure carries: a budget cell must end up in none of them. */
const texts = (m: Measure) => [m.title, ...m.steps, m.responsible, m.period?.text, m.output, m.outcome, m.result].filter((t): t is string => !!t);

function integrityReport(budgetHead = 'งบประมาณ (บาท)', periodHead = 'ระยะเวลาดำเนินการ'): string {
  return [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2568',
    'เทศบาลตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี',
    'เทศบาลตำบลนาข่าได้นำผลการประเมินคุณธรรมและความโปร่งใสมาจัดทำมาตรการ ดังนี้',
    row('ที่', 'มาตรการ/แนวทางปฏิบัติ', 'ขั้นตอน/วิธีการปฏิบัติ', 'ผู้รับผิดชอบ', periodHead, budgetHead, 'หมายเหตุ'),
    row('1', TITLES[0]!, steps('จัดทำข้อมูลข่าวสาร', 'เผยแพร่ทางเว็บไซต์'), 'สำนักปลัดเทศบาล', 'ตุลาคม 2567 - กันยายน 2568', 'ไม่ใช้งบประมาณ', ''),
    row('2', TITLES[1]!, steps('ขออนุมัติโครงการ', 'จัดอบรม'), 'สำนักปลัดเทศบาล', 'มกราคม - มีนาคม 2568', '20,000', ''),
    row('3', TITLES[2]!, steps('ประกาศเจตนารมณ์', 'เผยแพร่ประกาศ'), 'กองคลัง', 'ไตรมาส 1', '-', ''),
    row('4', TITLES[3]!, steps('จัดประชุมประชาคม'), 'กองช่าง', '1 เมษายน 2568 ถึง 30 มิถุนายน 2568', '5,000', 'งบกองช่าง'),
    'ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2567',
  ].join('\n');
}

describe('an integrity-measures report 2568 of a เทศบาลตำบล with a งบประมาณ (บาท) column', () => {
  const r = parse(integrityReport());

  it('is integrity_measures of the ทต. for 2568, with no plan', () => {
    expect([r.docType, r.fiscalYear, r.org.kind, r.org.name]).toEqual(['integrity_measures', 2568, 'subdistrict_municipality', 'เทศบาลตำบลนาข่า']);
    expect(r.plan).toBeNull();
  });

  it('reads every row as a measure: number, title, steps, responsible unit, period', () => {
    expect(r.measures.map((m) => [m.no, m.title, m.responsible])).toEqual([
      ['1', TITLES[0], 'สำนักปลัดเทศบาล'],
      ['2', TITLES[1], 'สำนักปลัดเทศบาล'],
      ['3', TITLES[2], 'กองคลัง'],
      ['4', TITLES[3], 'กองช่าง'],
    ]);
    expect(r.measures.map((m) => m.steps)).toEqual([
      ['จัดทำข้อมูลข่าวสาร', 'เผยแพร่ทางเว็บไซต์'],
      ['ขออนุมัติโครงการ', 'จัดอบรม'],
      ['ประกาศเจตนารมณ์', 'เผยแพร่ประกาศ'],
      ['จัดประชุมประชาคม'],
    ]);
    expect(r.measures.map((m) => [m.period?.start, m.period?.end])).toEqual([
      ['2024-10-01', '2025-09-30'],
      ['2025-01-01', '2025-03-31'],
      ['2024-10-01', '2024-12-31'],
      ['2025-04-01', '2025-06-30'],
    ]);
  });

  it('puts no budget cell into a measure field, and reads no status from "ไม่ใช้งบประมาณ"', () => {
    const all = r.measures.flatMap(texts).join(' | ');
    expect(all).not.toMatch(/ไม่ใช้งบประมาณ|20,000|5,000|งบกองช่าง/);
    expect(r.measures.map((m) => [m.status, m.progressPercent])).toEqual(Array(4).fill([null, null]));
  });

  it.each([
    ['งบประมาณ'],
    ['งบประมาณ(บาท)'],
    ['จำนวนเงิน (บาท)'],
    ['งบประมาณดำเนินการ (บาท)'],
  ])('the same measures under a budget head printed "%s"', (head) => {
    const other = parse(integrityReport(head));
    expect(other.docType).toBe('integrity_measures');
    expect(other.measures).toEqual(r.measures);
  });

  it('the same measures when a period head names the fiscal year\'s two calendar years', () => {
    const other = parse(integrityReport('งบประมาณ (บาท)', 'ระยะเวลาดำเนินการ (ต.ค. 2567 - ก.ย. 2568)'));
    expect(other.measures).toEqual(r.measures);
  });

  it('the same measures when a page cuts the table and the header is printed again', () => {
    const other = parse(integrityReport(), { linesPerPage: 12, repeatHeader: true, pageNumbers: true });
    expect(other.measures.map((m) => [m.no, m.title, m.steps, m.responsible, m.period])).toEqual(r.measures.map((m) => [m.no, m.title, m.steps, m.responsible, m.period]));
  });
});

describe('a progress report with งบประมาณที่ได้รับ / งบประมาณที่ใช้ columns', () => {
  const head = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2568 รอบ 12 เดือน', 'เทศบาลตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี'];
  const body = [
    row('1', TITLES[0]!, 'สำนักปลัดเทศบาล', 'ตุลาคม 2567 - กันยายน 2568', '-', '-', 'เผยแพร่ข้อมูลบนเว็บไซต์ 24 เรื่อง', 'ดำเนินการแล้ว'),
    row('2', TITLES[1]!, 'สำนักปลัดเทศบาล', 'มีนาคม 2568', '20,000', '18,500', 'อบรมพนักงาน 45 คน', 'ดำเนินการแล้ว'),
    row('3', TITLES[2]!, 'กองคลัง', 'ไตรมาส 1', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ประกาศเจตนารมณ์แล้ว รอเผยแพร่', 'อยู่ระหว่างดำเนินการ ร้อยละ 60'),
  ];
  const expected = [
    ['1', TITLES[0], 'สำนักปลัดเทศบาล', 'ตุลาคม 2567 - กันยายน 2568', 'done', null, 'เผยแพร่ข้อมูลบนเว็บไซต์ 24 เรื่อง'],
    ['2', TITLES[1], 'สำนักปลัดเทศบาล', 'มีนาคม 2568', 'done', null, 'อบรมพนักงาน 45 คน'],
    ['3', TITLES[2], 'กองคลัง', 'ไตรมาส 1', 'in_progress', 60, 'ประกาศเจตนารมณ์แล้ว รอเผยแพร่'],
  ];
  const essentials = (ms: Measure[]) => ms.map((m) => [m.no, m.title, m.responsible, m.period?.text, m.status, m.progressPercent, m.result]);

  it.each<[string, string[]]>([
    ['one header row', [row('ที่', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'งบประมาณที่ได้รับ (บาท)', 'งบประมาณที่ใช้ (บาท)', 'ผลการดำเนินการ', 'สถานะ')]],
    [
      'งบประมาณ (บาท) over ที่ได้รับ | ที่ใช้',
      [row('ที่', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'งบประมาณ (บาท)', '', 'ผลการดำเนินการ', 'สถานะ'), row('', '', '', '', 'ที่ได้รับ', 'ที่ใช้', '', '')],
    ],
  ])('%s: measures_progress, every measure with its result and status, no budget in them', (_name, header) => {
    const r = parse([...head, ...header, ...body].join('\n'));
    expect(r.docType).toBe('measures_progress');
    expect(r.plan).toBeNull();
    expect(essentials(r.measures)).toEqual(expected);
    expect(r.measures.flatMap(texts).join(' | ')).not.toMatch(/18,500|20,000|ไม่ใช้งบประมาณ/);
  });
});

describe('measures whose timing is ticked in ไตรมาส columns, beside a budget column and an indicator column', () => {
  const INDICATORS = ['1', '1', '3', '6', '8', '10'];
  const MORE = ['มาตรการตรวจสอบการใช้ดุลพินิจ', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต'];
  const TICKS: string[][] = [['✓', '✓', '✓', '✓'], ['', '✓', '', ''], ['✓', '', '', ''], ['', '', '✓', ''], ['✓', '', '✓', ''], ['✓', '✓', '✓', '✓']];
  const BUDGETS = ['-', '20,000', 'ไม่ใช้งบประมาณ', '5,000', '-', '-'];
  const report = (header: string[]) =>
    parse(
      [
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        'ประจำปีงบประมาณ พ.ศ. 2568',
        'เทศบาลตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี',
        ...header,
        ...[...TITLES, ...MORE].map((t, i) => row(String(i + 1), INDICATORS[i]!, t, i === 3 ? 'กองช่าง' : 'สำนักปลัดเทศบาล', BUDGETS[i]!, ...TICKS[i]!)),
      ].join('\n'),
    );
  const expected = [
    ['1', 1, 'ไตรมาส 1-4', '2024-10-01', '2025-09-30'],
    ['2', 1, 'ไตรมาส 2', '2025-01-01', '2025-03-31'],
    ['3', 3, 'ไตรมาส 1', '2024-10-01', '2024-12-31'],
    ['4', 6, 'ไตรมาส 3', '2025-04-01', '2025-06-30'],
    ['5', 8, 'ไตรมาส 1, 3', '2024-10-01', '2025-06-30'],
    ['6', 10, 'ไตรมาส 1-4', '2024-10-01', '2025-09-30'],
  ];

  it.each<[string, string[]]>([
    ['"ไตรมาส n" heads', [row('ที่', 'ตัวชี้วัด', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ', 'งบประมาณ (บาท)', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4')]],
    ['the indicator head as OCR leaves it ("ตวชวด")', [row('ที่', 'ตวชวด', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ', 'งบประมาณ (บาท)', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4')]],
    [
      '"ระยะเวลาดำเนินการ" over "ไตรมาส 1 … 4"',
      [
        row('ลำดับ', 'ตัวชี้วัด', 'มาตรการ/โครงการ/กิจกรรม', 'ผู้รับผิดชอบ', 'งบประมาณ (บาท)', 'ระยะเวลาดำเนินการ', '', '', ''),
        row('', '', '', '', '', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4'),
      ],
    ],
  ])('%s: integrity_measures with the quarters ticked as the period; no plan, the indicators are no มิติ', (_name, header) => {
    const r = report(header);
    expect(r.docType).toBe('integrity_measures');
    expect(r.plan).toBeNull();
    expect(r.measures.map((m) => [m.no, m.indicatorNo, m.period?.text, m.period?.start, m.period?.end])).toEqual(expected);
    expect(r.measures.map((m) => m.title)).toEqual([...TITLES, ...MORE]);
  });
});

describe('a real plan is still read as a plan', () => {
  it('a project list with a budget column per year, a responsible unit and a period (no มิติ column): plan projects, no measures', () => {
    const r = parse(
      [
        'แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 - 2570',
        'เทศบาลตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี',
        row('ที่', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2568 (บาท)', 'ปี 2569 (บาท)', 'ปี 2570 (บาท)', 'หน่วยงานรับผิดชอบ', 'ระยะเวลาดำเนินการ'),
        row('1', TITLES[1]!, '20,000', '20,000', '25,000', 'สำนักปลัดเทศบาล', 'ไตรมาส 2'),
        row('2', TITLES[0]!, '-', '-', '-', 'สำนักปลัดเทศบาล', 'ตลอดปีงบประมาณ'),
      ].join('\n'),
    );
    expect(r.docType).toBe('anticorruption_plan');
    expect(r.measures).toEqual([]);
    expect(r.plan?.projects.map((p) => [p.year, p.no, p.budget])).toEqual([
      [2568, 1, 20000],
      [2569, 1, 20000],
      [2570, 1, 25000],
      [2568, 2, 0],
      [2569, 2, 0],
      [2570, 2, 0],
    ]);
  });

  it('an e-PlanNACC year table (มิติ, งบประมาณ (บาท), ไตรมาส) with a responsible column: plan projects, no measures', () => {
    const tick = '<input checked="" type="checkbox"/>';
    const r = parse(
      [
        'แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2568',
        'เทศบาลตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี',
        row('ลำดับ', 'รายการโครงการ (ตั้งต้น)', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', '', 'ผู้รับผิดชอบ', 'ระยะเวลา'),
        row('', '', '', '', '1', '2', '3', '4', '', ''),
        row('1', TITLES[1]!, '1', '20,000', '', tick, '', '', 'สำนักปลัดเทศบาล', 'มกราคม 2568'),
        row('2', TITLES[0]!, '2', '0.00', tick, tick, tick, tick, 'สำนักปลัดเทศบาล', 'ตลอดปี'),
      ].join('\n'),
    );
    expect(r.docType).toBe('anticorruption_plan');
    expect(r.measures).toEqual([]);
    expect(r.plan?.projects.map((p) => [p.year, p.no, p.dimension, p.budget, p.quarters])).toEqual([
      [2568, 1, 1, 20000, [2]],
      [2568, 2, 2, 0, [1, 2, 3, 4]],
    ]);
  });
});

describe('what a header says about its table', () => {
  it.each([
    ['งบประมาณ (บาท)', 'budget'],
    ['งบประมาณที่ได้รับ (บาท)', 'budget'],
    ['งบประมาณ (บาท) ที่ใช้', 'budget'],
    ['จำนวนเงิน (บาท)', 'budget'],
    ['แหล่งงบประมาณ', 'budget'],
    ['ไตรมาส 2', 'quarter'],
    ['ระยะเวลาดำเนินการ ไตรมาสที่ 4', 'quarter'],
    ['ระยะเวลาดำเนินการ (ไตรมาส 1-4)', 'period'],
    ['มาตรการ/แนวทางปฏิบัติ', 'title'],
    ['ผลการดำเนินการ', 'result'],
  ])('%s → %s', (label, role) => {
    expect(roleOf(label)).toBe(role);
  });

  it.each<[string, boolean, string[]]>([
    ['measures with a budget column', false, ['ที่', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'งบประมาณ (บาท)', 'หมายเหตุ']],
    ['measures whose period head names two years', false, ['มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา ต.ค. 2567 - ก.ย. 2568', 'งบประมาณ (บาท)']],
    ['progress columns of one year', false, ['มาตรการ', 'งบประมาณปี 2568', 'ผลการดำเนินงานปี 2568', 'ผู้รับผิดชอบ']],
    ['a plan list, a budget column per year', true, ['ที่', 'โครงการ', 'ปี 2568 (บาท)', 'ปี 2569 (บาท)', 'ผู้รับผิดชอบ']],
    ['a plan table by มิติ', true, ['มิติ', 'โครงการ/กิจกรรม/มาตรการ', 'งบประมาณ (บาท)']],
    ['measures with quarter columns', false, ['ลำดับ', 'มาตรการ', 'งบประมาณ (บาท)', 'ไตรมาส 1', 'ไตรมาส 2', 'ผู้รับผิดชอบ']],
    ['a risk table', true, ['ที่', 'ประเด็นความเสี่ยง', 'มาตรการควบคุม', 'ผู้รับผิดชอบ']],
  ])('%s → another kind of table: %s', (_name, other, labels) => {
    expect(isOtherTableHeader(labels)).toBe(other);
  });
});
