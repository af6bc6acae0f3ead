import { monthOfLabel } from './measure-months.js';

/** What a column of a measure table holds, read from its header label. */
export type MeasureRole =
  | 'indicator'
  | 'title'
  | 'guideline'
  | 'steps'
  | 'detail'
  | 'responsible'
  | 'period'
  | 'status'
  | 'progress'
  | 'output'
  | 'outcome'
  | 'result'
  | 'remark'
  /** The money set aside or spent. Known so that no other role takes the column; the contract's Measure has no budget field, so it is not recorded. */
  | 'budget'
  /** One quarter of the fiscal year ("ไตรมาส 2", or "2" under a spanning "ไตรมาส"), ticked when the measure runs in it. */
  | 'quarter'
  /** One month of the fiscal year ("ต.ค.", or "ต.ค." under a spanning "ระยะเวลาดำเนินการ"), ticked when the measure runs in it. */
  | 'month'
  | 'no';

// Tested in this order: the most specific label wins ("ผลการดำเนินการ ผลผลิต" is output, not result).
const ROLE_TESTS: Array<[MeasureRole, RegExp]> = [
  // Before the period: "ระยะเวลาดำเนินการ" over "ไตรมาส 1 … 4" is four tick columns, not one period.
  ['quarter', /ไตรมาส(?:ที่)?[1-4]$/],
  ['output', /ผลผลิต/],
  ['outcome', /ผลลัพธ์/],
  ['responsible', /ผู้รับผิดชอบ|หน่วยงานที่รับผิดชอบ|หน่วยงานรับผิดชอบ/],
  ['period', /ระยะเวลา|ช่วงเวลา|ห้วงเวลา|กำหนดเวลา/],
  ['progress', /ร้อยละ|ความก้าวหน้า|%/],
  ['status', /สถานะ|ดำเนินการแล้ว|แล้วเสร็จ|อยู่ระหว่าง|ยังไม่(?:ได้)?ดำเนินการ|ไม่ได้ดำเนินการ/],
  ['remark', /หมายเหตุ/],
  // "งบประมาณ (บาท)", "งบประมาณที่ได้รับ", "งบประมาณที่ใช้", "จำนวนเงิน (บาท)"; before the title test, which
  // "งบประมาณโครงการ" would also pass.
  ['budget', /^(?:งบประมาณ|งบ\(|วงเงิน|แหล่งงบ)|\(บาท\)/],
  ['steps', /ขั้นตอน|วิธีการ|วิธีดำเนินการ/],
  // The ITA indicator, not a KPI column ("ตัวชี้วัด/ค่าเป้าหมาย", "ตัวชี้วัดความสำเร็จ").
  ['indicator', /^ตัวชี้วัด(?!.*(?:เป้าหมาย|สำเร็จ|KPI|ผลผลิต|ผลลัพธ์))/],
  ['title', /มาตรการ|โครงการ|กิจกรรม/],
  ['guideline', /แนวทาง/],
  ['detail', /รายละเอียด/],
  ['result', /ผลการดำเนิน|ผลการปฏิบัติ|การกำกับติดตาม|การติดตาม|ติดตามผล/],
  ['no', /^(ลำดับ|ที่)(ที่)?$/],
];

export function roleOf(label: string): MeasureRole | null {
  const l = label.replace(/\s+/g, '');
  // After the quarters, before the period: "ระยะเวลาดำเนินการ" over "ต.ค. … ก.ย." is twelve tick columns.
  if (!QUARTER.test(l) && monthOfLabel(l) !== null) return 'month';
  return textRoleOf(l);
}

const QUARTER = ROLE_TESTS[0]![1];

function textRoleOf(l: string): MeasureRole | null {
  for (const [role, re] of ROLE_TESTS) if (re.test(l)) return role;
  return null;
}

// Fewer month columns than this are no month grid: a period head that ends with a month keeps its role.
const MIN_MONTH_COLUMNS = 3;

/** Roles of a header's labels: month columns only where the header has a run of them. */
export function rolesOf(labels: string[]): Array<MeasureRole | null> {
  const roles = labels.map(roleOf);
  if (roles.filter((r) => r === 'month').length >= MIN_MONTH_COLUMNS) return roles;
  return roles.map((r, i) => (r === 'month' ? textRoleOf((labels[i] ?? '').replace(/\s+/g, '')) : r));
}

/** The vocabulary of a measure table header (used to find header rows, repeated ones included). */
export const MEASURE_HEADER_VOCAB =
  /มาตรการ|โครงการ|กิจกรรม|ขั้นตอน|วิธีการ|ผู้รับผิดชอบ|ระยะเวลา|ผลการดำเนิน|ผลผลิต|ผลลัพธ์|แนวทาง|รายละเอียด|หมายเหตุ|ตัวชี้วัด|การกำกับติดตาม|สถานะ/;

// Tables of other kinds that also name projects or measures, read elsewhere: a plan's tables by มิติ, risk
// tables and score tables. Neither a budget column nor quarter columns make a plan: integrity-measures
// reports often print both ("งบประมาณ (บาท)": amounts, "-", "ไม่ใช้งบประมาณ"; the quarters ticked).
// e-PlanNACC year tables are the plan's by the plan's own test (yearLayout), which the caller applies.
const OTHER_TABLE = /มิติ|ความเสี่ยง|Risk|คะแนน/;

/**
 * The header is that of another kind of table: it names a มิติ, a risk or a score, or it has a column per
 * year ("ปี 2568 (บาท) | ปี 2569 (บาท)", a plan's budget by year). A year in a period head
 * ("ระยะเวลา ต.ค. 2567 - ก.ย. 2568") is the measures' timing, not a year column.
 */
export function isOtherTableHeader(labels: string[]): boolean {
  if (labels.some((l) => OTHER_TABLE.test(l))) return true;
  // Years over month columns ("พ.ศ. 2567" over ต.ค.–ธ.ค., "พ.ศ. 2568" over ม.ค.–ก.ย.) are the timing too.
  const roles = rolesOf(labels);
  const years = new Set(labels.filter((l, i) => roles[i] !== 'period' && roles[i] !== 'month').flatMap((l) => /(?<!\d)25\d\d(?!\d)/.exec(l)?.[0] ?? []));
  return years.size >= 2;
}

/** A table is a measure table when its header names a measure column and something done about it. */
export function isMeasureHeader(roles: Array<MeasureRole | null>): boolean {
  const has = (r: MeasureRole) => roles.includes(r);
  const actions = ['steps', 'responsible', 'period', 'quarter', 'month', 'output', 'outcome', 'result', 'guideline', 'detail', 'status'] as const;
  return has('title') && actions.filter((a) => has(a)).length >= 2;
}
