import { LaoError } from '@lao/schemas';
import type { GoldenFlag, GoldenReport } from '../lib/golden.schema.js';
import type { SeedText } from '../lib/seed.reader.js';
import { normaliseName, normaliseText, parseNumber } from '../lib/thai-text.normalise.js';

type Project = NonNullable<GoldenReport['plan']>['projects'][number];
type StatedTotal = NonNullable<GoldenReport['plan']>['statedTotals'][number];
type Dim = 1 | 2 | 3 | 4;

const PLAN_FROM = 2844;
const PLAN_TO = 3243;
const YEARS = [2566, 2567, 2568, 2569, 2570] as const;

/**
 * Subtotal rows of the Part 2 summary table (L118–137). Its money columns are headed 2566, 2567, 2568, 2569 and
 * (a slip) 2566 again, then an extra "ปี 2570": the first five amounts are read as 2566–2570 by position.
 */
const SUMMARY_ROWS: ReadonlyArray<{ line: number; dimension: Dim | null; countAnchor: string }> = [
  { line: 127, dimension: 1, countAnchor: 'รวม จำนวน 2 โครงการ' },
  { line: 132, dimension: 3, countAnchor: 'รวม จำนวน 5 โครงการ' },
  { line: 136, dimension: 4, countAnchor: 'รวม จำนวน 7 โครงการ' },
  { line: 137, dimension: null, countAnchor: 'รวมทั้งสิ้น รวม จำนวน 44 โครงการ' },
];

const ticked = (cell: string | undefined): boolean => /checked|☑/.test(cell ?? '');

/** Seed 004: อบต.กระจาย, อ.ป่าติ้ว, จ.ยโสธร, anti-corruption plan 2566–2570 with five e-PlanNACC year tables. */
export function curateS004(seed: SeedText): GoldenReport {
  const projects: Project[] = [];
  const statedTotals: StatedTotal[] = [];
  const yearHeading = new Map<number, number>();
  let year: number | null = null;
  for (let n = PLAN_FROM; n <= PLAN_TO; n++) {
    const text = normaliseText(seed.line(n));
    const heading = /^แผนปฏิบัติการป้องกันการทุจริต พ\.ศ\. (\d{4}) ของ/.exec(text);
    if (heading?.[1]) {
      year = Number(heading[1]);
      if (!yearHeading.has(year)) yearHeading.set(year, n);
      continue;
    }
    const c = seed.cells(n);
    if (year === null || c.length < 8) continue;
    if (c.some((x) => normaliseText(x) === 'รวมทั้งสิ้น')) {
      statedTotals.push({
        year,
        dimension: null,
        projectCount: null,
        budget: parseNumber(c[3] ?? ''),
        at: seed.at(n, `รวมทั้งสิ้น ${normaliseText(c[3] ?? '')}`),
      });
      continue;
    }
    if (!/^\d+$/.test(c[0]?.trim() ?? '')) continue;
    const dimension = Number(c[2]);
    if (![1, 2, 3, 4].includes(dimension)) throw new LaoError('INVALID_INPUT', `S004 L${n}: มิติ "${c[2]}"`);
    const title = normaliseText(c[1] ?? '');
    projects.push({
      year,
      no: Number(c[0]),
      title,
      dimension: dimension as Dim,
      budget: parseNumber(c[3] ?? ''),
      quarters: [1, 2, 3, 4].filter((q) => ticked(c[3 + q])),
      at: seed.at(n, title.slice(0, 40)),
    });
  }

  for (const row of SUMMARY_ROWS) {
    const c = seed.cells(row.line);
    const countCell = c.findIndex((x) => /^จำนวน\s*\S+\s*โครงการ/.test(normaliseText(x)));
    const count = parseNumber(c[countCell] ?? '');
    const amounts = c.slice(countCell + 1, countCell + 1 + YEARS.length).map((x) => parseNumber(x));
    YEARS.forEach((y, i) => {
      const budget = amounts[i] ?? null;
      statedTotals.push({
        year: y,
        dimension: row.dimension,
        projectCount: count,
        budget,
        at: seed.at(row.line, row.countAnchor),
        ...(budget === null ? {} : { budgetAnchor: seed.evidence(row.line, `${budget.toLocaleString('en-US')} บาท`).text }),
      });
    });
  }

  const flags: GoldenFlag[] = [
    {
      code: 'ORG_NAME_VARIANT',
      severity: 'info',
      message:
        'ชื่อองค์การบริหารส่วนตำบลกระจายสะกดต่างกันในเอกสาร: "กระจ่าย" (รวมถึงประกาศและลายมือชื่อ), "กระเจา" และ "องค์กรบริหารส่วนตำบล…" (ใช้ "องค์กร" แทน "องค์การ") ทั้งหมดหมายถึงหน่วยงานเดียวกัน',
      messageEn:
        'The name of SAO Krachai is spelt several ways: "กระจ่าย" (also in the announcement and signatures), "กระเจา", and "องค์กรบริหารส่วนตำบล…" ("องค์กร" for "องค์การ"); all refer to the same organisation.',
      evidence: [
        seed.evidence(114, 'องค์การบริหารส่วนตำบลกระจ่าย'),
        seed.evidence(firstLine(seed, 'องค์การบริหารส่วนตำบลกระเจา'), 'องค์การบริหารส่วนตำบลกระเจา'),
        seed.evidence(firstLine(seed, 'องค์กรบริหารส่วนตำบลกระเจา'), 'องค์กรบริหารส่วนตำบลกระเจา'),
        seed.evidence(130, 'องค์กรบริหารส่วนตำบลกระจาย'),
        seed.evidence(120, 'องค์กรบริหารส่วนตำบลกระจ่าย'),
      ],
      requires: [],
    },
    {
      code: 'DISTRICT_MISMATCH',
      severity: 'error',
      message:
        'บันทึกข้อความระบุ "อำเภอป่าดัว จังหวัดยโสธร" แต่จังหวัดยโสธรไม่มีอำเภอป่าดัว ตามทะเบียนพื้นที่ ตำบลกระจายอยู่ในอำเภอป่าติ้ว จังหวัดยโสธร (น่าจะพิมพ์ผิดจาก "ป่าติ้ว")',
      messageEn:
        'The memo says "Amphoe Pa Dua, Yasothon", but Yasothon has no such district; in the gazetteer Tambon Krachai is in Amphoe Pa Tio, Yasothon (apparently a misprint of "ป่าติ้ว").',
      evidence: [seed.evidence(2757, 'สำนักปลัด องค์การบริหารส่วนตำบลกระจาย อำเภอป่าดัว จังหวัดยโสธร')],
    },
  ];

  for (const t of statedTotals) {
    if (t.year === null) continue;
    const listed = projects.filter((p) => p.year === t.year && (t.dimension === null || p.dimension === t.dimension));
    const sum = listed.reduce((a, p) => a + (p.budget ?? 0), 0);
    const scopeTh = t.dimension === null ? 'ทั้งแผน' : `มิติที่ ${t.dimension}`;
    const scopeEn = t.dimension === null ? 'the whole plan' : `dimension ${t.dimension}`;
    const where = t.dimension === null && t.projectCount === null ? 'แถวรวมทั้งสิ้นของตารางแผนปฏิบัติการ' : 'ตารางสรุปโครงการ/กิจกรรม/มาตรการ (ส่วนที่ 2)';
    const whereEn = t.dimension === null && t.projectCount === null ? 'the year table\'s total row' : 'the Part 2 summary table';
    const heading = yearHeading.get(t.year);
    if (heading === undefined) throw new LaoError('INVALID_INPUT', `S004: no year table for ${t.year}`);
    const listing = seed.evidence(heading, normaliseText(seed.line(heading)));
    // The finding needs the whole year table: the stated row, the table heading and every project of that year.
    const yearLines = projects.filter((p) => p.year === t.year).map((p) => p.at.line);
    const requires = [t.at.line, heading, ...yearLines];
    if (t.projectCount !== null && t.projectCount !== listed.length) {
      flags.push({
        code: 'PLAN_COUNT_MISMATCH',
        severity: 'error',
        message: `${where} ระบุจำนวนโครงการ${scopeTh} ปี ${t.year} ไว้ ${t.projectCount} โครงการ แต่ตารางแผนปฏิบัติการป้องกันการทุจริต พ.ศ. ${t.year} มี ${listed.length} โครงการ`,
        messageEn: `${whereEn} states ${t.projectCount} projects for ${scopeEn} in ${t.year}, but the ${t.year} plan table lists ${listed.length}.`,
        evidence: [seed.evidence(t.at.line, t.at.anchor), listing],
        requires,
        minEvidence: 2,
      });
    }
    if (t.budget !== null && t.budget !== sum) {
      flags.push({
        code: 'PLAN_BUDGET_MISMATCH',
        severity: 'error',
        message: `${where} ระบุงบประมาณ${scopeTh} ปี ${t.year} ไว้ ${t.budget.toLocaleString('en-US')} บาท แต่ผลรวมงบประมาณของโครงการในตารางแผนปฏิบัติการ พ.ศ. ${t.year} คือ ${sum.toLocaleString('en-US')} บาท`,
        messageEn: `${whereEn} states a budget of ${t.budget.toLocaleString('en-US')} baht for ${scopeEn} in ${t.year}, but the projects of the ${t.year} plan table sum to ${sum.toLocaleString('en-US')} baht.`,
        evidence: [seed.evidence(t.at.line, t.budgetAnchor ?? t.at.anchor), listing],
        requires,
        minEvidence: 2,
      });
    }
  }

  return {
    sample: 's004-anticorruption-plan',
    seed: seed.name,
    docType: 'anticorruption_plan',
    fiscalYear: 2566,
    org: {
      name: 'องค์การบริหารส่วนตำบลกระจาย',
      kind: 'sao',
      district: 'ป่าติ้ว',
      province: 'ยโสธร',
      variants: [
        'องค์การบริหารส่วนตำบลกระจ่าย',
        'องค์การบริหารส่วนตำบลกระเจา',
        'องค์กรบริหารส่วนตำบลกระจาย',
        'องค์กรบริหารส่วนตำบลกระจ่าย',
        'องค์กรบริหารส่วนตำบลกระเจา',
      ].map((v) => normaliseName(v)),
    },
    orgSources: { district: [2757], province: [2757] },
    ita: null,
    measures: [],
    plan: { fromYear: 2566, toYear: 2570, projects, statedTotals },
    flags,
  };
}

function firstLine(seed: SeedText, needle: string): number {
  const n = seed.find(needle)[0];
  if (n === undefined) throw new LaoError('INVALID_INPUT', `S004: "${needle}" not found`);
  return n;
}
