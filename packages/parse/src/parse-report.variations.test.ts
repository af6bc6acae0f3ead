import { describe, expect, it } from '@jest/globals';
import { gazetteer } from '@lao/gazetteer';
import { thaiDigitsToAscii } from '@lao/thai-text';
import { parseReport } from './parse-report.js';
import { META, readSeed } from './test-support/seed-fixtures.js';
import { type SeedPageOptions, seedToPages } from './test-support/seed-pages.js';

const parse = (seed: string, opts: SeedPageOptions = {}, places = false) => {
  const pages = seedToPages(seed, opts);
  return parseReport(pages, { ...META, pageCount: pages.length }, places ? { places: gazetteer() } : {});
};

/** What must not change when only the layout or the digits change. */
function essentials(r: ReturnType<typeof parse>) {
  const { report } = r;
  return {
    docType: report.docType,
    fiscalYear: report.fiscalYear,
    org: report.org.name,
    total: report.ita?.totalScore ?? null,
    level: report.ita?.level ?? null,
    indicators: report.ita?.indicators.map((i) => [i.no, i.score]) ?? [],
    questions: report.ita?.questions.map((q) => [q.code, q.score, q.parts]) ?? [],
    measures: report.measures.map((m) => [m.indicatorNo, m.no, m.title.replace(/\s/g, ''), m.responsible, m.period?.start ?? null, m.steps.length]),
    projects: report.plan?.projects.map((p) => [p.year, p.no, p.dimension, p.budget, p.quarters.join('')]) ?? [],
  };
}

const s000 = readSeed('s000');
const s001 = readSeed('s001');
const s002 = readSeed('s002');
const base000 = essentials(parse(s000));

// Arabic digits everywhere, codes written the canonical way (a "1" before Thai digits is the OCR'd letter i).
const arabic = (l: string) => thaiDigitsToAscii(l.replace(/ข้อ 1(?=[\u0E50-\u0E59])/g, 'ข้อ i').replace(/^1(?=[\u0E50-\u0E59])/, 'i'));
// Thai digits for every ASCII number that is not part of a code.
const thai = (l: string) =>
  l.replace(/(?<![\u0E50-\u0E59\dA-Za-z])\d+(?:[.,]\d+)*(?![\u0E50-\u0E59\d])/g, (n) => n.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))));

describe('layout variations of seed 000 give the same record', () => {
  const cases: Array<[string, SeedPageOptions]> = [
    ['Arabic digits', { mapRaw: arabic }],
    ['Thai digits', { mapRaw: thai }],
    ['short pages, split tables repeating their header', { linesPerPage: 17, repeatHeader: true }],
    ['short pages, split tables without a repeated header', { linesPerPage: 23 }],
    ['codes without "ข้อ"', { mapRaw: (l) => l.replace(/ข้อ (?=[1Ee\u0E50-\u0E59])/g, '') }],
    ['prose lines shuffled within each page', { shuffleProseSeed: 7 }],
  ];
  it.each(cases)('%s', (_name, opts) => {
    expect(essentials(parse(s000, opts))).toEqual(base000);
  });

  it('a table without its ลำดับ column and with responsible/period swapped', () => {
    const mapCells = (cells: string[]) => {
      if (cells.length >= 6) return cells.slice(1); // question tables lose ลำดับ
      if (cells.length === 5) return [cells[0]!, cells[1]!, cells[2]!, cells[4]!, cells[3]!]; // measures: responsible before period
      return cells;
    };
    const r = parse(s000, { mapCells });
    const e = essentials(r);
    expect(e.questions).toEqual(base000.questions);
    expect(e.indicators).toEqual(base000.indicators);
    expect(e.measures).toEqual(base000.measures);
  });

  it('spaces inside words (line wraps) do not change names', () => {
    const r = parse(s000, { mapRaw: (l) => l.replace(/องค์การบริหารส่วนตำบล/g, 'องค์การ บริหารส่วนตำบล').replace(/อำเภอ/g, 'อำเภอ ') });
    expect(r.report.org).toMatchObject({ name: 'องค์การบริหารส่วนตำบลขอนแก่น', district: 'ภูผาจำบัง', province: 'อุดรธานี' });
  });

  it('another organisation, district and province are read, not remembered', () => {
    const r = parse(s000, {
      mapRaw: (l) => l.replace(/ตำบลขอนแก่น/g, 'ตำบลหนองแวง').replace(/อุดรธานี/g, 'กาฬสินธุ์').replace(/ภูผาจำบัง|ภูค้อ/g, 'ยางตลาด'),
    });
    expect(r.report.org).toMatchObject({ name: 'องค์การบริหารส่วนตำบลหนองแวง', kind: 'sao', district: 'ยางตลาด', province: 'กาฬสินธุ์' });
    expect(r.report.org.variants).toEqual(['องค์กรบริหารส่วนตำบลหนองแวง']);
  });

  it('a municipality written with its abbreviation is expanded', () => {
    const r = parse(s000, { mapRaw: (l) => l.replace(/องค์(?:การ|กร)บริหารส่วนตำบลขอนแก่น/g, 'ทต.ขอนแก่น') });
    expect(r.report.org).toMatchObject({ name: 'เทศบาลตำบลขอนแก่น', kind: 'subdistrict_municipality' });
  });
});

describe('layout variations of seeds 001 and 002', () => {
  it('seed 001 with Thai digits and short pages keeps the repaired codes and the conflicts', () => {
    const base = parse(s001);
    const r = parse(s001, { mapRaw: thai, linesPerPage: 19, repeatHeader: true });
    expect(essentials(r).questions).toEqual(essentials(base).questions);
    expect(r.conflicts.map((c) => c.code).sort()).toEqual(base.conflicts.map((c) => c.code).sort());
  });

  // Wherever a page break falls in the IIT table (whose OCR'd codes 1๒๐–1๒๕ need the sequence repair),
  // the part on the next page, under its repeated header and after a page-number footer, is the same run.
  it.each([14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38])(
    'seed 001 on pages of %i lines with repeated headers keeps the repaired codes',
    (linesPerPage) => {
      const base = essentials(parse(s001)).questions;
      expect(essentials(parse(s001, { linesPerPage, repeatHeader: true, pageNumbers: true })).questions).toEqual(base);
    },
  );

  it('seed 002 on pages of 12 lines keeps its four measures', () => {
    const base = essentials(parse(s002));
    expect(essentials(parse(s002, { linesPerPage: 12 })).measures).toEqual(base.measures);
  });
});

describe('with a gazetteer', () => {
  it('seed 004: "กระเจา" (no such subdistrict) is a misspelling of กระจาย; the misprinted district is corrected', () => {
    const r = parse(readSeed('s004'), { linesPerPage: 60 }, true);
    expect(r.report.org.district).toBe('ป่าติ้ว');
    expect(r.report.org.variants).toEqual(expect.arrayContaining(['องค์การบริหารส่วนตำบลกระเจา', 'องค์กรบริหารส่วนตำบลกระเจา']));
  });

  it('seed 002: วานรนิวาส, a real subdistrict, stays another organisation', () => {
    const r = parse(s002, {}, true);
    expect(r.report.org.variants.join()).not.toMatch(/วานรนิวาส/);
  });
});

describe('documents that are none of the four types', () => {
  it('a memo asking to approve the plan is unknown, not a plan', () => {
    const memo = readSeed('s004').split('\n').slice(2754, 2839).join('\n');
    const r = parse(memo);
    expect(r.report.docType).toBe('unknown');
    expect(r.report.plan).toBeNull();
  });

  it('a meeting notice is unknown', () => {
    const notice = ['ประกาศองค์การบริหารส่วนตำบลกระจาย', 'เรื่อง เรียกประชุมสภาองค์การบริหารส่วนตำบลกระจาย สมัยสามัญ สมัยที่ ๒ ประจำปี ๒๕๖๖', 'ประกาศ ณ วันที่ ๑ พฤษภาคม ๒๕๖๖'].join('\n');
    const r = parse(notice);
    expect(r.report).toMatchObject({ docType: 'unknown', ita: null, plan: null, measures: [] });
    expect(r.report.org.name).toBe('องค์การบริหารส่วนตำบลกระจาย');
  });
});
