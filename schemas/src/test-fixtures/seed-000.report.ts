import type { Report } from '../report.schema.js';

/**
 * A hand-built record of seed 000 (อบต.ขอนแก่น, ITA 2568; shared/seeds/000_6a9dc769a661d8da.txt), trimmed to a
 * few rows of each table, for tests that need a realistic Report. Values are copied from the seed text.
 */
export function seed000Report(): Report {
  return {
    schemaVersion: 1,
    source: { fileName: '000_6a9dc769a661d8da.pdf', sha256: 'a'.repeat(64), pageCount: 5 },
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
      tools: { iit: null, eit: null, oit: null },
      indicators: [
        { no: 1, name: 'การปฏิบัติงานที่', officialName: 'การปฏิบัติหน้าที่', score: 94.44, page: 2 },
        { no: 3, name: 'การใช้จ่ายเงิน', officialName: 'การใช้อำนาจ', score: 100, page: 2 },
      ],
      questions: [
        { tool: 'iit', code: 'i2', text: null, score: 83.33, parts: null, page: 2 },
        { tool: 'eit', code: 'e1', text: null, score: 94.5, parts: [100, 89], page: 3 },
        { tool: 'oit', code: 'o21', text: null, score: 100, parts: null, page: 4 },
      ],
    },
    measures: [
      {
        no: '1',
        indicatorNo: 1,
        title: 'จัดทำคู่มือ/แนวทางการปฏิบัติงานหรือการให้บริการที่กำหนดผู้รับผิดชอบและระยะเวลาให้ชัดเจน',
        steps: ['จัดทำคู่มือ/แนวทางการปฏิบัติงานหรือการให้บริการที่กำหนดผู้รับผิดชอบและระยะเวลาให้ชัดเจน'],
        responsible: 'สำนักปลัด',
        period: { text: '1 ตุลาคม 2568 ถึง 30 กันยายน 2569', start: '2025-10-01', end: '2026-09-30' },
        status: null,
        progressPercent: null,
        output: null,
        outcome: null,
        result: null,
        page: 5,
      },
    ],
    plan: null,
    flags: [
      {
        code: 'DISTRICT_MISMATCH',
        severity: 'error',
        message: 'เอกสารระบุอำเภอของหน่วยงานไม่ตรงกัน: ภูผาจำบัง และ ภูค้อ',
        messageEn: 'The document names two districts for the organisation: ภูผาจำบัง and ภูค้อ',
        evidence: [
          { page: 1, text: 'อำเภอภูผาจำบัง จังหวัดอุดรธานี' },
          { page: 1, text: 'อำเภอภูค้อ จังหวัดอุดรธานี' },
        ],
      },
    ],
    pages: [{ no: 1, method: 'text', confidence: null }],
  };
}
