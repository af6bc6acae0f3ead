import { describe, expect, it } from '@jest/globals';
import { buildExpected } from './expected.builder.js';
import type { GoldenReport } from './golden.schema.js';
import type { PagesFile } from './pages-file.schema.js';

// A cut-down S001: cover (L8–9), report page (L19), the main IIT rows i1–i2 (L59–60), a ประเด็น row (L141).
const golden: GoldenReport = {
  sample: 's001-ita-analysis',
  seed: '001_b7a619786dfc9076.txt',
  docType: 'ita_analysis',
  fiscalYear: 2568,
  org: {
    name: 'เทศบาลตำบลมะรือโบตก',
    kind: 'subdistrict_municipality',
    district: 'ระแงะ',
    province: 'นราธิวาส',
    variants: ['เทศบาลตำบลระือโบทก', 'เทศบาลตำบลมะริอโบตก'],
  },
  orgSources: { district: [9, 19], province: [9, 19] },
  ita: {
    year: 2568,
    totalScore: 95.21,
    level: 'ผ่านดี',
    tools: { iit: 96.65, eit: 100, oit: 91.25 },
    indicators: [],
    questions: [
      { tool: 'iit', code: 'i1', text: null, score: 95.17, parts: null, at: { line: 59, anchor: '1๑ การปฏิบัติงาน' } },
      { tool: 'iit', code: 'i2', text: null, score: 95.42, parts: null, at: { line: 60, anchor: '1๒ ในหน่วยงาน' } },
    ],
  },
  measures: [],
  plan: null,
  flags: [
    {
      code: 'PROVINCE_MISMATCH',
      severity: 'error',
      message: 'จังหวัดไม่ตรงกัน',
      messageEn: 'provinces differ',
      evidence: [
        { line: 9, text: 'อำเภอระแงะ จังหวัด นครพนม' },
        { line: 19, text: 'อำเภอระแงะ จังหวัด นราธิวาส' },
      ],
    },
    {
      code: 'ORG_NAME_VARIANT',
      severity: 'info',
      message: 'สะกดต่างกัน: ระือโบทก, มะริอโบตก',
      messageEn: 'spellings differ',
      evidence: [
        { line: 8, text: 'เทศบาลตำบลระือโบทก' },
        { line: 428, text: 'เทศบาลตำบลมะริอโบตก' },
      ],
      requires: [],
    },
    {
      code: 'QUESTION_SCORE_CONFLICT',
      severity: 'warning',
      message: 'ข้อ i1 มีคะแนน 95.17 ในตารางข้อคำถามหลัก แต่ตารางรายประเด็นระบุ 94.17, 99.38',
      messageEn: 'i1 conflicts',
      evidence: [
        { line: 59, text: '11 การปฏิบัติงาน 95.17' },
        { line: 141, text: 'ข้อ i1 94.17' },
        { line: 197, text: 'ข้อ i1 99.38' },
      ],
      requires: [59],
      minEvidence: 2,
    },
  ],
};

const sibling: PagesFile = {
  file: 's001-ita-analysis.pdf',
  seed: golden.seed,
  pages: [
    { page: 1, method: 'text', text: 'เทศบาลตำบลระือโบทก\nอำเภอระแงะ จังหวัด นครพนม', seedLines: [5, 9] },
    { page: 2, method: 'text', text: 'อำเภอระแงะ จังหวัด นราธิวาส', seedLines: [13, 21] },
    { page: 3, method: 'text', text: '1๑\tการปฏิบัติงาน\t๙๕.๑๗\n1๒\tในหน่วยงาน\t๙๕.๔๒', seedLines: [59, 60] },
    { page: 4, method: 'text', text: 'ข้อ i๑\t๙๔.๑๗', seedLines: [138, 141] },
    { page: 5, method: 'text', text: 'ข้อ i๑\t๙๙.๓๘', seedLines: [194, 197] },
    { page: 6, method: 'text', text: 'เทศบาลตำบลมะริอโบตก', seedLines: [420, 430] },
  ],
};
const source = { fileName: 'x.pdf', sha256: 'a'.repeat(64), pageCount: 0 };
const subsetOf = (keep: number[]): PagesFile => ({
  ...sibling,
  pages: keep.map((p, i) => ({ ...sibling.pages[p - 1]!, page: i + 1, method: 'ocr', sourcePage: p })),
});

describe('buildExpected', () => {
  it('places every record and evidence of a full sample', () => {
    const { report } = buildExpected(golden, sibling, { ...source, pageCount: 6 });
    expect(report.ita?.questions.map((q) => [q.code, q.page])).toEqual([['i1', 3], ['i2', 3]]);
    expect(report.flags.map((f) => [f.code, f.evidence.map((e) => e.page)])).toEqual([
      ['PROVINCE_MISMATCH', [1, 2]],
      ['ORG_NAME_VARIANT', [1, 6]],
      ['QUESTION_SCORE_CONFLICT', [3, 4, 5]],
    ]);
  });

  it.each([
    ['cover and question table', [1, 3], { province: 'นราธิวาส', variants: 1, codes: ['ORG_NAME_VARIANT'], questions: 2 }],
    ['both province pages and one ประเด็น', [1, 2, 3, 4], { province: 'นราธิวาส', variants: 1, codes: ['PROVINCE_MISMATCH', 'ORG_NAME_VARIANT', 'QUESTION_SCORE_CONFLICT'], questions: 2 }],
    ['a ประเด็น without the main table', [4, 5, 6], { province: null, variants: 1, codes: ['ORG_NAME_VARIANT'], questions: 0 }],
  ])('a page subset (%s) keeps what its pages print', (_, keep, want) => {
    const { report } = buildExpected(golden, subsetOf(keep), { ...source, pageCount: keep.length }, sibling);
    expect(report.org.province).toBe(want.province);
    expect(report.org.variants).toHaveLength(want.variants);
    expect(report.flags.map((f) => f.code)).toEqual(want.codes);
    expect(report.ita?.questions).toHaveLength(want.questions);
  });

  it('re-words a flag that lost evidence to what remains', () => {
    const { report } = buildExpected(golden, subsetOf([1, 2, 3, 4]), { ...source, pageCount: 4 }, sibling);
    const conflict = report.flags.find((f) => f.code === 'QUESTION_SCORE_CONFLICT');
    expect(conflict?.message).toBe('ข้อ i1 มีคะแนน 95.17 ในตารางข้อคำถามหลัก แต่ตารางรายประเด็นระบุ 94.17');
    expect(conflict?.evidence.map((e) => e.page)).toEqual([3, 4]);
    const variant = report.flags.find((f) => f.code === 'ORG_NAME_VARIANT');
    expect(variant?.evidence).toEqual([{ page: 1, text: 'เทศบาลตำบลระือโบทก' }]);
    expect(variant?.message).toContain('"เทศบาลตำบลระือโบทก"');
    expect(variant?.message).not.toContain('มะริอโบตก');
  });

  it('refuses a full sample that lacks a line', () => {
    expect(() => buildExpected(golden, { ...sibling, pages: sibling.pages.slice(0, 2) }, source)).toThrow(/no page carries seed line/);
  });
});
