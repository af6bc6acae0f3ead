import { describe, it, expect } from '@jest/globals';
import { computeToolScores, computeTotal, indicatorScoreFromQuestions, indicatorOfQuestion, roundScore, type Flag, type Report } from '@lao/schemas';
import { gazetteer } from '@lao/gazetteer';
import { runChecks } from './index.js';
import { goldenReport } from './test-support/sample-input.js';

const deps = { gazetteer: gazetteer(), config: { lowOcrConfidence: 70 } };
const ARITHMETIC = new Set(['INDICATOR_SCORE_MISMATCH', 'TOOL_SCORE_MISMATCH', 'TOTAL_SCORE_MISMATCH', 'LEVEL_MISMATCH', 'SCORE_OUT_OF_RANGE']);
const arithmetic = (fs: Flag[]): string[] => fs.filter((f) => ARITHMETIC.has(f.code)).map((f) => f.code);

type Ita = NonNullable<Report['ita']>;

/**
 * Seed 000's golden record with its two wrong indicators (9, 10) set to their question means and
 * the tool and overall scores printed as the report would round them: every number agrees.
 */
function cleanS000(): Report {
  const r = structuredClone(goldenReport('s000-ita-analysis'));
  const ita = r.ita as Ita;
  for (const ind of ita.indicators) {
    const rows = ita.questions.filter((q) => indicatorOfQuestion(q.code, 2568)?.indicatorNo === ind.no);
    ind.score = roundScore(indicatorScoreFromQuestions(rows) as number);
  }
  const tools = computeToolScores(ita.indicators);
  ita.tools = { iit: roundScore(tools.iit as number), eit: roundScore(tools.eit as number), oit: roundScore(tools.oit as number) };
  ita.totalScore = roundScore(computeTotal(tools) as number);
  return r;
}

function check(edit: (ita: Ita, r: Report) => void): Flag[] {
  const r = cleanS000();
  edit(r.ita as Ita, r);
  return runChecks({ report: r }, deps);
}

const ind = (ita: Ita, no: number): Ita['indicators'][number] => ita.indicators.find((i) => i.no === no) as Ita['indicators'][number];

describe('arithmetic rules on seed 000 made consistent', () => {
  it('the consistent record raises no arithmetic flag (the report rounds to 2 decimals)', () => {
    const r = cleanS000();
    expect(r.ita?.totalScore).toBe(88.98);
    expect(ind(r.ita as Ita, 1).score).toBe(94.44);
    expect(arithmetic(runChecks({ report: r }, deps))).toEqual([]);
  });

  it.each([
    ['indicator 1 (IIT)', (ita: Ita) => void (ind(ita, 1).score = 94.46), 'INDICATOR_SCORE_MISMATCH'],
    ['indicator 1, 0.02 low', (ita: Ita) => void (ind(ita, 1).score = 94.42), 'INDICATOR_SCORE_MISMATCH'],
    ['indicator 7 (EIT, mean of the two part means)', (ita: Ita) => void (ind(ita, 7).score = 95.02), 'INDICATOR_SCORE_MISMATCH'],
    ['indicator 9 (OIT)', (ita: Ita) => void (ind(ita, 9).score = 80.02), 'INDICATOR_SCORE_MISMATCH'],
    ['the IIT total', (ita: Ita) => void (ita.tools.iit = (ita.tools.iit as number) + 0.02), 'TOOL_SCORE_MISMATCH'],
    ['the EIT total', (ita: Ita) => void (ita.tools.eit = roundScore((ita.tools.eit as number) + 0.02)), 'TOOL_SCORE_MISMATCH'],
    ['the OIT total', (ita: Ita) => void (ita.tools.oit = (ita.tools.oit as number) - 0.02), 'TOOL_SCORE_MISMATCH'],
    ['indicator 10 (OIT), high', (ita: Ita) => void (ind(ita, 10).score = roundScore((ind(ita, 10).score as number) + 0.02)), 'INDICATOR_SCORE_MISMATCH'],
    ['the overall score, low', (ita: Ita) => void (ita.totalScore = 88.96), 'TOTAL_SCORE_MISMATCH'],
    ['the overall score', (ita: Ita) => void (ita.totalScore = 89.0), 'TOTAL_SCORE_MISMATCH'],
  ])('%s 0.02 off fires exactly one flag', (_what, edit, code) => {
    expect(arithmetic(check(edit))).toEqual([code]);
  });

  it.each([
    ['indicator 1 printed 94.45 (computed 94.443)', (ita: Ita) => void (ind(ita, 1).score = 94.45)],
    ['the overall score printed 88.99', (ita: Ita) => void (ita.totalScore = 88.99)],
    ['the IIT total printed 0.01 high', (ita: Ita) => void (ita.tools.iit = roundScore((ita.tools.iit as number) + 0.01))],
    ['the EIT total printed 0.01 low', (ita: Ita) => void (ita.tools.eit = roundScore((ita.tools.eit as number) - 0.01))],
    ['the OIT total printed 0.01 high', (ita: Ita) => void (ita.tools.oit = roundScore((ita.tools.oit as number) + 0.01))],
    ['indicator 7 (EIT two-column) printed 0.01 high', (ita: Ita) => void (ind(ita, 7).score = roundScore((ind(ita, 7).score as number) + 0.01))],
    ['the overall score printed 0.01 low', (ita: Ita) => void (ita.totalScore = 88.97)],
  ])('%s stays silent (within 0.01 of the rounded value)', (_what, edit) => {
    expect(arithmetic(check(edit))).toEqual([]);
  });

  // A report printing one decimal: the evidence line the parser read the score from shows it.
  it.each([
    ['94.4', 'one decimal, the computed 94.443 rounded as printed', 94.4, []],
    ['94.5', 'one decimal, 0.1 off as printed', 94.5, ['INDICATOR_SCORE_MISMATCH']],
    ['94.40', 'two decimals, 0.04 off', 94.4, ['INDICATOR_SCORE_MISMATCH']],
  ])('indicator 1 printed "%s" (%s)', (printed, _why, value, want) => {
    const r = cleanS000();
    const ita = r.ita as Ita;
    const i1 = ita.indicators.findIndex((x) => x.no === 1);
    const at = ita.indicators[i1] as Ita['indicators'][number];
    at.score = value;
    const text = `1 ${at.name} ${printed}`;
    const pages = [{ page: at.page, width: 595, height: 842, method: 'text' as const, confidence: null, tables: [], lostChars: 0, notes: [], lines: [{ id: 'l1', raw: text, text, box: { x: 0, y: 0, w: 1, h: 1 }, confidence: null }] }];
    const provenance = [{ path: `ita.indicators[${i1}]`, page: at.page, lineIds: ['l1'] }];
    expect(arithmetic(runChecks({ report: r, pages, provenance }, deps)).filter((c) => c === 'INDICATOR_SCORE_MISMATCH')).toEqual(want);
  });

  it.each([
    ['ผ่าน', []],
    ['A', []],
    ['อยู่ในระดับ ผ่าน', []],
    ['ไม่ผ่าน', ['LEVEL_MISMATCH']],
    ['AA', ['LEVEL_MISMATCH']],
    ['B', ['LEVEL_MISMATCH']],
    ['ผ่านดีเยี่ยม', ['LEVEL_MISMATCH']],
    ['A หรือ ผ่านดี', ['LEVEL_MISMATCH']],
  ])('level "%s" at 88.98 (OIT 77.5)', (level, want) => {
    expect(arithmetic(check((ita) => void (ita.level = level)))).toEqual(want);
  });

  // The band edge is 85: a pass label 0.02 below it contradicts the band, at it does not (and ไม่ผ่าน the other way).
  it.each([
    [84.98, 'ผ่าน', ['LEVEL_MISMATCH']],
    [85, 'ผ่าน', []],
    [85, 'ไม่ผ่าน', ['LEVEL_MISMATCH']],
    [84.98, 'ไม่ผ่าน', []],
  ])('a total of %s printed with level "%s"', (total, level, want) => {
    const levels = check((ita) => {
      ita.totalScore = total;
      ita.level = level;
    }).filter((f) => f.code === 'LEVEL_MISMATCH');
    expect(levels.map((f) => f.code)).toEqual(want);
  });

  it.each([
    [100.02, ['SCORE_OUT_OF_RANGE']],
    [-0.02, ['SCORE_OUT_OF_RANGE']],
    [0, []],
  ])('a question scored %s', (value, want) => {
    const flags = check((ita) => void ((ita.questions[0] as { score: number }).score = value));
    expect(flags.filter((f) => f.code === 'SCORE_OUT_OF_RANGE').map((f) => f.code)).toEqual(want);
  });

  it('a score over 100 is SCORE_OUT_OF_RANGE; exactly 100 is not', () => {
    expect(arithmetic(check((ita) => void (ind(ita, 2).score = 100)))).toEqual([]);
    const flags = check((ita) => {
      ind(ita, 2).score = 100.5;
    });
    expect(flags.filter((f) => f.code === 'SCORE_OUT_OF_RANGE').map((f) => f.evidence[0]?.page)).toEqual([ind(cleanS000().ita as Ita, 2).page]);
  });

  it('a mismatch on a page read by OCR with low confidence says so', () => {
    const flags = check((ita, r) => {
      ind(ita, 9).score = 77.5;
      const page = ind(ita, 9).page;
      r.pages = r.pages.map((p) => (p.no === page ? { ...p, method: 'ocr', confidence: 55 } : p));
    });
    const f = flags.find((x) => x.code === 'INDICATOR_SCORE_MISMATCH');
    expect(f?.message).toContain('OCR ที่มีความเชื่อมั่นต่ำ');
    expect(f?.messageEn).toContain('low confidence');
    expect(flags.filter((x) => x.code === 'LOW_OCR_CONFIDENCE')).toHaveLength(1);
  });

  it('a mismatch resting on one OCR-read cell with low confidence says so, on a page read as text', () => {
    const r = cleanS000();
    const ita = r.ita as Ita;
    const i9 = ita.indicators.findIndex((x) => x.no === 9);
    (ita.indicators[i9] as { score: number }).score = 77.5;
    const provenance = [{ path: `ita.indicators[${i9}].score`, page: ita.indicators[i9]?.page ?? 1, lineIds: [], confidence: 41 }];
    const f = runChecks({ report: r, provenance }, deps).find((x) => x.code === 'INDICATOR_SCORE_MISMATCH');
    expect(f?.message).toContain('OCR ที่มีความเชื่อมั่นต่ำ');
    const sure = runChecks({ report: r, provenance: [{ ...provenance[0]!, confidence: 93 }] }, deps).find((x) => x.code === 'INDICATOR_SCORE_MISMATCH');
    expect(sure?.message).not.toContain('OCR');
  });

  it('an out-of-range score and a level verdict read by OCR with low confidence say so', () => {
    const flags = check((ita, r) => {
      ind(ita, 2).score = 100.5;
      ita.level = 'ไม่ผ่าน';
      const pages = new Set([ind(ita, 2).page]);
      r.pages = r.pages.map((p) => (pages.has(p.no) ? { ...p, method: 'ocr', confidence: 40 } : p));
    });
    const range = flags.find((x) => x.code === 'SCORE_OUT_OF_RANGE');
    expect(range?.message).toContain('OCR ที่มีความเชื่อมั่นต่ำ');
    expect(range?.messageEn).toContain('low confidence');
    const r = cleanS000();
    (r.ita as Ita).level = 'ไม่ผ่าน';
    const provenance = [{ path: 'ita.totalScore', page: 2, lineIds: [], confidence: 45 }];
    expect(runChecks({ report: r, provenance }, deps).find((x) => x.code === 'LEVEL_MISMATCH')?.message).toContain('OCR ที่มีความเชื่อมั่นต่ำ');
    expect(runChecks({ report: r }, deps).find((x) => x.code === 'LEVEL_MISMATCH')?.message).not.toContain('OCR');
  });

  it('the same mismatch on a well-read page does not mention OCR', () => {
    const f = check((ita) => void (ind(ita, 9).score = 77.5)).find((x) => x.code === 'INDICATOR_SCORE_MISMATCH');
    expect(f?.message).toBe('คะแนนตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ที่รายงาน 77.50 ไม่เท่ากับค่าเฉลี่ยของคะแนนรายข้อ o1–o20 ซึ่งได้ 80.00');
  });
});

describe('plan totals on seed 004', () => {
  const plan = (r: Report): NonNullable<Report['plan']> => r.plan as NonNullable<Report['plan']>;

  it('the golden record raises its 16 count and 5 budget flags', () => {
    const flags = runChecks({ report: goldenReport('s004-anticorruption-plan') }, deps);
    expect(flags.filter((f) => f.code === 'PLAN_COUNT_MISMATCH')).toHaveLength(16);
    expect(flags.filter((f) => f.code === 'PLAN_BUDGET_MISMATCH')).toHaveLength(5);
  });

  it('a whole-year total one project or one baht off fires; the true figures stay silent', () => {
    const r = structuredClone(goldenReport('s004-anticorruption-plan'));
    const p = plan(r);
    const raw = (r as unknown as { plan: { statedTotals: Array<{ dimension?: number | null }> } }).plan.statedTotals;
    p.statedTotals.forEach((t, i) => {
      const dim = raw[i]?.dimension ?? null;
      const listed = p.projects.filter((x) => x.year === t.year && (dim === null || x.dimension === dim));
      if (t.projectCount !== null) t.projectCount = listed.length;
      if (t.budget !== null) t.budget = listed.reduce((a, x) => a + (x.budget ?? 0), 0);
    });
    expect(runChecks({ report: r }, deps).filter((f) => f.code.startsWith('PLAN_'))).toEqual([]);
    const yearTotal = p.statedTotals.findIndex((t, i) => t.year === 2568 && (raw[i]?.dimension ?? null) === null && t.budget !== null);
    (p.statedTotals[yearTotal] as { budget: number }).budget += 1;
    const flags = runChecks({ report: r }, deps).filter((f) => f.code.startsWith('PLAN_'));
    expect(flags.map((f) => f.code)).toEqual(['PLAN_BUDGET_MISMATCH']);
    expect(flags[0]?.message).toContain('110,001');
    expect(flags[0]?.message).not.toContain('OCR');
    // The same total on a summary page read by OCR with low confidence says so.
    const page = (p.statedTotals[yearTotal] as { page: number }).page;
    r.pages = r.pages.map((x) => (x.no === page ? { ...x, method: 'ocr', confidence: 50 } : x));
    const low = runChecks({ report: r }, deps).filter((f) => f.code.startsWith('PLAN_'));
    expect(low[0]?.message).toContain('OCR ที่มีความเชื่อมั่นต่ำ');
    expect(low[0]?.messageEn).toContain('low confidence');
  });

  it('a plan raises no ITA score flag for rows a parser took for questions', () => {
    const r = structuredClone(goldenReport('s004-anticorruption-plan'));
    r.ita = {
      year: 2570, totalScore: null, level: null, tools: { iit: null, eit: null, oit: null },
      indicators: [{ no: 1, name: 'มาตรการส่งเสริมคุณธรรม', officialName: null, score: 150, page: 6 }],
      questions: [{ tool: 'oit', code: 'o5', text: null, score: 30000, parts: null, page: 11 }],
    };
    const conflicts = [{ tool: 'oit' as const, code: 'o5', kept: { value: 1, page: 11, text: '2 | โครงการ | 1' }, others: [{ value: 0, page: 14, text: '34 | มาตรการ | 3 | 0.00' }] }];
    const codes = runChecks({ report: r, conflicts }, deps).map((f) => f.code);
    expect(codes.filter((c) => c === 'QUESTION_SCORE_CONFLICT' || c === 'SCORE_OUT_OF_RANGE' || c.startsWith('INDICATOR_'))).toEqual([]);
  });
});

describe('other rules', () => {
  it('MISSING_FIELD names the organisation and the year when they are absent', () => {
    const r = cleanS000();
    r.org.name = null;
    r.fiscalYear = null;
    const flags = runChecks({ report: r }, deps).filter((f) => f.code === 'MISSING_FIELD');
    expect(flags.map((f) => f.message)).toEqual(['ไม่พบชื่อหน่วยงานที่จัดทำเอกสาร', 'ไม่พบปีงบประมาณที่เอกสารนี้รายงาน']);
  });

  it('MISSING_FIELD asks no fiscal year of a document of no known report type (a memo)', () => {
    const r = cleanS000();
    r.fiscalYear = null;
    r.docType = 'unknown';
    expect(runChecks({ report: r }, deps).filter((f) => f.code === 'MISSING_FIELD')).toEqual([]);
  });

  it('DATE_RANGE_INVALID groups one period text and cites every occurrence; a date that does not exist is named', () => {
    const m = (page: number, match: string, range: { start: string | null; end: string | null; inverted: boolean; invalid: string[] }) => ({
      kind: 'date_range' as const, page, text: `ระยะเวลา ${match}`, match, value: '', range,
    });
    const flags = runChecks(
      {
        report: cleanS000(),
        mentions: [
          m(10, '1 ตุลาคม 2568 - 30 กันยายน 2568', { start: '2025-10-01', end: '2025-09-30', inverted: true, invalid: [] }),
          m(13, '1 ตุลาคม 2568 - 30 กันยายน 2568', { start: '2025-10-01', end: '2025-09-30', inverted: true, invalid: [] }),
          m(14, '1 - 31 กันยายน 2568', { start: '2025-09-01', end: null, inverted: false, invalid: ['31 กันยายน 2568'] }),
          m(15, '1 ตุลาคม 2568 - 30 กันยายน 2569', { start: '2025-10-01', end: '2026-09-30', inverted: false, invalid: [] }),
        ],
      },
      deps,
    ).filter((f) => f.code === 'DATE_RANGE_INVALID');
    expect(flags.map((f) => f.evidence.map((e) => e.page))).toEqual([[10, 13], [14]]);
    expect(flags[0]?.message).toBe('ระยะเวลาดำเนินการ "1 ตุลาคม 2568 - 30 กันยายน 2568" มีวันสิ้นสุดก่อนวันเริ่มต้น (น่าจะหมายถึงปีงบประมาณ พ.ศ. 2569) พบ 2 แห่งในเอกสาร');
    expect(flags[1]?.message).toContain('31 กันยายน 2568');
  });

  it('a single date that does not exist is DATE_RANGE_INVALID on its line; real dates are not', () => {
    const page = (no: number, texts: string[]) => ({
      page: no, width: 595, height: 842, method: 'text' as const, confidence: null, tables: [], lostChars: 0, notes: [],
      lines: texts.map((text, i) => ({ id: `p${no}-l${i}`, raw: text, text, box: { x: 0, y: 0, w: 1, h: 1 }, confidence: null })),
    });
    const flags = runChecks(
      {
        report: cleanS000(),
        pages: [
          page(4, ['ประกาศ ณ วันที่ 31 กันยายน 2568', 'ลงวันที่ 29 กุมภาพันธ์ 2567']),
          page(5, ['ประชุมเมื่อวันที่ 29 กุมภาพันธ์ 2568', 'วันที่ 30 กันยายน 2568']),
        ],
      },
      deps,
    ).filter((f) => f.code === 'DATE_RANGE_INVALID');
    expect(flags.map((f) => [f.message, f.evidence])).toEqual([
      ['วันที่ 31 กันยายน 2568 ไม่มีอยู่จริงในปฏิทิน อาจพิมพ์วันที่ผิด', [{ page: 4, text: 'ประกาศ ณ วันที่ 31 กันยายน 2568' }]],
      ['วันที่ 29 กุมภาพันธ์ 2568 ไม่มีอยู่จริงในปฏิทิน อาจพิมพ์วันที่ผิด', [{ page: 5, text: 'ประชุมเมื่อวันที่ 29 กุมภาพันธ์ 2568' }]],
    ]);
  });

  it('QUESTION_SCORE_CONFLICT cites the main table and every other table', () => {
    const flags = runChecks(
      {
        report: cleanS000(),
        conflicts: [{ tool: 'iit', code: 'i1', kept: { value: 95.17, page: 3, text: 'ข้อ i1 95.17' }, others: [{ value: 94.17, page: 8, text: 'ข้อ i1 94.17' }, { value: 99.38, page: 12, text: 'ข้อ i1 99.38' }] }],
      },
      deps,
    ).filter((f) => f.code === 'QUESTION_SCORE_CONFLICT');
    expect(flags).toHaveLength(1);
    expect(flags[0]?.message).toBe('ข้อ i1 มีคะแนน 95.17 ในตารางคะแนนรายข้อหลัก แต่ตารางอื่นในเอกสารระบุเป็น 94.17 และ 99.38');
    expect(flags[0]?.evidence.map((e) => e.page)).toEqual([3, 8, 12]);
  });

  it('a district not in the stated province is DISTRICT_MISMATCH saying where the org really is', () => {
    const r = goldenReport('s004-anticorruption-plan');
    const flags = runChecks(
      {
        report: r,
        mentions: [
          { kind: 'district', page: 160, text: 'สำนักปลัด องค์การบริหารส่วนตำบลกระจาย อำเภอป่าดัว จังหวัดยโสธร', match: 'อำเภอป่าดัว', value: 'ป่าดัว' },
          { kind: 'province', page: 160, text: 'สำนักปลัด องค์การบริหารส่วนตำบลกระจาย อำเภอป่าดัว จังหวัดยโสธร', match: 'จังหวัดยโสธร', value: 'ยโสธร' },
        ],
      },
      deps,
    ).filter((f) => f.code === 'DISTRICT_MISMATCH' || f.code === 'PROVINCE_MISMATCH');
    expect(flags.map((f) => f.code)).toEqual(['DISTRICT_MISMATCH']);
    expect(flags[0]?.message).toBe(
      'เอกสารระบุ "อำเภอป่าดัว จังหวัดยโสธร" แต่จังหวัดยโสธรไม่มีอำเภอป่าดัว ทั้งนี้ ทะเบียนพื้นที่มีตำบลกระจายเพียงแห่งเดียว คือ ตำบลกระจาย อำเภอป่าติ้ว จังหวัดยโสธร (อาจพิมพ์ชื่ออำเภอผิด)',
    );
  });

  it('rejects input that is not a Report', () => {
    expect(() => runChecks({ report: { schemaVersion: 2 } as unknown as Report }, deps)).toThrow(/runChecks/);
  });
});
