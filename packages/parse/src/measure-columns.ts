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
  | 'no';

// Tested in this order: the most specific label wins ("ผลการดำเนินการ ผลผลิต" is output, not result).
const ROLE_TESTS: Array<[MeasureRole, RegExp]> = [
  ['output', /ผลผลิต/],
  ['outcome', /ผลลัพธ์/],
  ['responsible', /ผู้รับผิดชอบ|หน่วยงานที่รับผิดชอบ|หน่วยงานรับผิดชอบ/],
  ['period', /ระยะเวลา|ช่วงเวลา|ห้วงเวลา|กำหนดเวลา/],
  ['progress', /ร้อยละ|ความก้าวหน้า|%/],
  ['status', /สถานะ|ดำเนินการแล้ว|แล้วเสร็จ|อยู่ระหว่าง|ยังไม่(?:ได้)?ดำเนินการ|ไม่ได้ดำเนินการ/],
  ['remark', /หมายเหตุ/],
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
  for (const [role, re] of ROLE_TESTS) if (re.test(l)) return role;
  return null;
}

/** The vocabulary of a measure table header (used to find header rows, repeated ones included). */
export const MEASURE_HEADER_VOCAB =
  /มาตรการ|โครงการ|กิจกรรม|ขั้นตอน|วิธีการ|ผู้รับผิดชอบ|ระยะเวลา|ผลการดำเนิน|ผลผลิต|ผลลัพธ์|แนวทาง|รายละเอียด|หมายเหตุ|ตัวชี้วัด|การกำกับติดตาม|สถานะ/;

/** A table is a measure table when its header names a measure column and something done about it. */
export function isMeasureHeader(roles: Array<MeasureRole | null>): boolean {
  const has = (r: MeasureRole) => roles.includes(r);
  const actions = ['steps', 'responsible', 'period', 'output', 'outcome', 'result', 'guideline', 'detail', 'status'] as const;
  return has('title') && actions.filter((a) => has(a)).length >= 2;
}
