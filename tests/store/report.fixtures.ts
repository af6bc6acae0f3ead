import { createHash } from 'node:crypto';
import type { Flag, Report } from '@lao/schemas';

/** Test Reports built from the seeds (shared/seeds, DOMAIN.md §5): real names, scores and inconsistencies. */

export const sha = (label: string): string => createHash('sha256').update(label).digest('hex');

const INDICATORS_S000: Array<[number, string, string, number]> = [
  [1, 'การปฏิบัติงานที่', 'การปฏิบัติหน้าที่', 94.44],
  [2, 'การใช้งบประมาณ', 'การใช้งบประมาณ', 100],
  [3, 'การใช้จ่ายเงิน', 'การใช้อำนาจ', 100],
  [4, 'การใช้ทรัพย์สินของราชการ', 'การใช้ทรัพย์สินของราชการ', 93.33],
  [5, 'การแก้ไขปัญหาการทุจริต', 'การแก้ไขปัญหาการทุจริต', 100],
  [6, 'คุณภาพการดำเนินงาน', 'คุณภาพการดำเนินงาน', 97],
  [7, 'ประสิทธิภาพการสื่อสาร', 'ประสิทธิภาพการสื่อสาร', 95],
  [8, 'การปรับปรุงการทำงาน', 'การปรับปรุงการทำงาน', 95.17],
  [9, 'การเปิดเผยข้อมูล', 'การเปิดเผยข้อมูล', 77.5],
  [10, 'การป้องกันทุจริต', 'การป้องกันการทุจริต', 65],
];

export const districtFlagS000: Flag = {
  code: 'DISTRICT_MISMATCH',
  severity: 'error',
  message: 'เอกสารระบุอำเภอของหน่วยงานไม่ตรงกัน: ภูผาจำบัง และ ภูค้อ',
  messageEn: 'The document names two districts for the organisation: ภูผาจำบัง and ภูค้อ',
  evidence: [
    { page: 1, text: 'อำเภอภูผาจำบัง จังหวัดอุดรธานี' },
    { page: 2, text: 'องค์การบริหารส่วนตำบลขอนแก่น อำเภอภูค้อ จังหวัดอุดรธานี' },
  ],
};

export const indicator9FlagS000: Flag = {
  code: 'INDICATOR_SCORE_MISMATCH',
  severity: 'error',
  message: 'คะแนนตัวชี้วัดที่ 9 (77.50) ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม o1–o20 (80.00)',
  messageEn: 'Indicator 9 score 77.50 differs from the mean of o1–o20 (80.00)',
  evidence: [{ page: 3, text: '9 การเปิดเผยข้อมูล 77.50' }],
};

export const indicator10FlagS000: Flag = {
  code: 'INDICATOR_SCORE_MISMATCH',
  severity: 'error',
  message: 'คะแนนตัวชี้วัดที่ 10 (65.00) ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม o21–o28 (75.00)',
  messageEn: 'Indicator 10 score 65.00 differs from the mean of o21–o28 (75.00)',
  evidence: [{ page: 3, text: '10 การป้องกันทุจริต 65.00' }],
};

export const variantFlagS000: Flag = {
  code: 'ORG_NAME_VARIANT',
  severity: 'info',
  message: 'ชื่อหน่วยงานสะกดต่างกัน: องค์กรบริหารส่วนตำบลขอนแก่น',
  messageEn: 'Spellings of the organisation differ: องค์กรบริหารส่วนตำบลขอนแก่น',
  evidence: [{ page: 5, text: 'องค์กรบริหารส่วนตำบลขอนแก่น' }],
};

/** S000: อบต.ขอนแก่น, ITA analysis FY2568 with next year's measures. */
export function reportS000(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    source: { fileName: 'ita-2568-khon-kaen.pdf', sha256: sha('S000'), pageCount: 12 },
    docType: 'ita_analysis',
    fiscalYear: 2568,
    org: {
      name: 'องค์การบริหารส่วนตำบลขอนแก่น',
      kind: 'sao',
      district: 'ภูผาจำบัง',
      province: 'อุดรธานี',
      variants: ['องค์กรบริหารส่วนตำบลขอนแก่น'],
    },
    ita: {
      year: 2568,
      totalScore: 86.48,
      level: 'ผ่าน',
      tools: { iit: 97.55, eit: 95.72, oit: 71.25 },
      indicators: INDICATORS_S000.map(([no, name, officialName, score]) => ({ no, name, officialName, score, page: 3 })),
      questions: [
        { tool: 'iit', code: 'i1', text: 'บุคลากรในหน่วยงานของท่าน ปฏิบัติงานตามขั้นตอนที่กำหนด', score: 100, parts: null, page: 4 },
        { tool: 'iit', code: 'i2', text: null, score: 83.33, parts: null, page: 4 },
        { tool: 'iit', code: 'i3', text: null, score: 100, parts: null, page: 4 },
        { tool: 'eit', code: 'e1', text: null, score: 97, parts: [100, 94], page: 5 },
        { tool: 'oit', code: 'o10', text: 'E-Service', score: 100, parts: null, page: 6 },
        { tool: 'oit', code: 'o25', text: 'แผนปฏิบัติการป้องกันการทุจริต', score: 0, parts: null, page: 7 },
      ],
    },
    measures: [
      {
        no: '1',
        indicatorNo: 9,
        title: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ขององค์การบริหารส่วนตำบลขอนแก่น',
        steps: ['มอบหมายผู้รับผิดชอบปรับปรุงข้อมูล', 'ตรวจสอบความครบถ้วนของข้อมูลทุกไตรมาส'],
        responsible: 'สำนักปลัด องค์การบริหารส่วนตำบลขอนแก่น',
        period: { text: 'ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙', start: '2025-10-01', end: '2026-09-30' },
        status: null,
        progressPercent: null,
        output: null,
        outcome: null,
        result: null,
        page: 9,
      },
    ],
    plan: null,
    flags: [districtFlagS000, indicator9FlagS000, indicator10FlagS000, variantFlagS000],
    pages: Array.from({ length: 12 }, (_, i) => ({ no: i + 1, method: 'text' as const, confidence: null })),
    ...overrides,
  };
}

export const provinceFlagS001: Flag = {
  code: 'PROVINCE_MISMATCH',
  severity: 'error',
  message: 'เอกสารระบุจังหวัดของหน่วยงานไม่ตรงกัน: นครพนม และ นราธิวาส',
  messageEn: 'The document names two provinces for the organisation: นครพนม and นราธิวาส',
  evidence: [
    { page: 1, text: 'จังหวัด นครพนม' },
    { page: 1, text: 'จังหวัด นราธิวาส' },
  ],
};

export const otherOrgFlagS001: Flag = {
  code: 'ORG_NAME_MISMATCH',
  severity: 'error',
  message: 'พบชื่อหน่วยงานอื่นในเอกสาร: องค์การบริหารส่วนตำบลแม่ตง',
  messageEn: 'Another organisation is named in the document: องค์การบริหารส่วนตำบลแม่ตง',
  evidence: [{ page: 8, text: 'องค์การ บริหารส่วนตำบลแม่ตง' }],
};

/** S001: ทต.มะรือโบตก, อ.ระแงะ, จ.นราธิวาส, ITA analysis FY2568 (scanned). */
export function reportS001(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    source: { fileName: 'ita-2568-maruebotok.pdf', sha256: sha('S001'), pageCount: 3 },
    docType: 'ita_analysis',
    fiscalYear: 2568,
    org: {
      name: 'เทศบาลตำบลมะรือโบตก',
      kind: 'subdistrict_municipality',
      district: 'ระแงะ',
      province: 'นราธิวาส',
      variants: ['มะรุ้อโบตก', 'มะริอโบตก'],
    },
    ita: {
      year: 2568,
      totalScore: 95.21,
      level: 'A',
      tools: { iit: 96.65, eit: 100, oit: 91.25 },
      indicators: [
        { no: 1, name: 'การปฏิบัติหน้าที่', officialName: 'การปฏิบัติหน้าที่', score: 96.53, page: 2 },
        { no: 9, name: 'การเปิดเผยข้อมูล', officialName: 'การเปิดเผยข้อมูล', score: 92.5, page: 2 },
        { no: 10, name: 'การป้องกันการทุจริต', officialName: 'การป้องกันการทุจริต', score: 90, page: 2 },
      ],
      questions: [
        { tool: 'iit', code: 'i1', text: null, score: 95.17, parts: null, page: 2 },
        { tool: 'oit', code: 'o6', text: 'แผนและความก้าวหน้าการดำเนินงานและการใช้งบประมาณ', score: 50, parts: null, page: 3 },
      ],
    },
    measures: [],
    plan: null,
    flags: [provinceFlagS001, otherOrgFlagS001],
    pages: [
      { no: 1, method: 'ocr', confidence: 81.5 },
      { no: 2, method: 'ocr', confidence: 77.25 },
      { no: 3, method: 'ocr', confidence: 88 },
    ],
    ...overrides,
  };
}

/** S002: อบต.ดงครั่งน้อย, อ.เกษตรวิสัย, จ.ร้อยเอ็ด, measures progress FY2564. */
export function reportS002(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    source: { fileName: 'progress-2564-dong-khrang-noi.pdf', sha256: sha('S002'), pageCount: 4 },
    docType: 'measures_progress',
    fiscalYear: 2564,
    org: {
      name: 'องค์การบริหารส่วนตำบลดงครั่งน้อย',
      kind: 'sao',
      district: 'อำเภอเกษตรวิสัย',
      province: 'จังหวัดร้อยเอ็ด',
      variants: ['ดงครั้งน้อย', 'คงครั้งน้อย'],
    },
    ita: null,
    measures: [
      {
        no: '1',
        indicatorNo: null,
        title: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
        steps: [],
        responsible: 'สำนักปลัด',
        period: { text: 'เดือนเมษายน ๒๕๖๓ เป็นต้นไป', start: '2020-04-01', end: null },
        status: 'done',
        progressPercent: 100,
        output: 'ประกาศเจตนารมณ์การป้องกันการทุจริต ประจำปี ๒๕๖๔',
        outcome: 'บุคลากรรับทราบและถือปฏิบัติ',
        result: 'ดำเนินการแล้ว',
        page: 3,
      },
    ],
    plan: null,
    flags: [
      {
        code: 'FISCAL_YEAR_MISMATCH',
        severity: 'warning',
        message: 'ปีงบประมาณในเอกสารไม่ตรงกัน: ๒๕๖๔ และ ๒๕๖๓',
        messageEn: 'The report states fiscal years 2564 and 2563',
        evidence: [{ page: 1, text: 'ITA … ในปี พ.ศ. ๒๕๖๓' }],
      },
    ],
    pages: [1, 2, 3, 4].map((no) => ({ no, method: 'text' as const, confidence: null })),
    ...overrides,
  };
}

/** S004: อบต.กระจาย, อ.ป่าติ้ว, จ.ยโสธร, anti-corruption plan 2566–2570. */
export function reportS004(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    source: { fileName: 'plan-2566-2570-krachai.pdf', sha256: sha('S004'), pageCount: 93 },
    docType: 'anticorruption_plan',
    fiscalYear: 2566,
    org: { name: 'องค์การบริหารส่วนตำบลกระจาย', kind: 'sao', district: 'ป่าติ้ว', province: 'ยโสธร', variants: ['กระจ่าย'] },
    ita: null,
    measures: [],
    plan: {
      fromYear: 2566,
      toYear: 2570,
      projects: [
        { year: 2566, no: 1, title: 'โครงการส่งเสริมคุณธรรมและจริยธรรมของบุคลากร', dimension: 1, budget: 20000, quarters: [2, 3], page: 40 },
        { year: 2566, no: 2, title: 'มาตรการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง', dimension: 2, budget: null, quarters: [1, 2, 3, 4], page: 40 },
        { year: 2567, no: 1, title: 'โครงการประชาคมหมู่บ้าน', dimension: 3, budget: 15000.5, quarters: [3], page: 41 },
      ],
      statedTotals: [{ year: 2566, projectCount: 3, budget: 20000, page: 40 }],
    },
    flags: [
      {
        code: 'PLAN_COUNT_MISMATCH',
        severity: 'error',
        message: 'จำนวนโครงการที่ระบุ (3) ไม่ตรงกับรายการโครงการ (2) ปี 2566',
        messageEn: 'Stated project count 3 differs from the 2 listed for 2566',
        evidence: [{ page: 40, text: 'รวมทั้งสิ้น 3 โครงการ' }],
      },
    ],
    pages: Array.from({ length: 93 }, (_, i) => ({ no: i + 1, method: 'text' as const, confidence: null })),
    ...overrides,
  };
}
