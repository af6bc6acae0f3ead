import { describe, it, expect } from '@jest/globals';
import type { Flag, PageText, Report } from '@lao/schemas';
import { gazetteer } from '@lao/gazetteer';
import { runChecks } from './index.js';
import { goldenReport } from './test-support/sample-input.js';
import type { CheckMention } from './check-input.schema.js';

const deps = { gazetteer: gazetteer(), config: { lowOcrConfidence: 70 } };
const BOX = { x: 0, y: 0, w: 100, h: 12 };

/** A text-layer page as the extractor lays out a narrow-column page: short lines, plus table rows of whole cells. */
function page(no: number, lines: string[], rows: string[][] = []): PageText {
  const ls = lines.map((text, i) => ({ id: `p${no}-l${i}`, raw: text, text, box: BOX, confidence: null }));
  const tables = rows.length
    ? [{ id: `p${no}-t0`, box: BOX, source: 'ruled' as const, rows: rows.map((r) => ({ box: BOX, cells: r.map((text) => ({ raw: text, text, box: BOX, lineIds: [], confidence: null })) })) }]
    : [];
  return { page: no, width: 595, height: 842, method: 'text', confidence: null, lines: ls, tables, lostChars: 0, notes: [] };
}

const pagesOf = (f: Flag | undefined): number[] => [...new Set((f?.evidence ?? []).map((e) => e.page))].sort((a, b) => a - b);

describe('FISCAL_YEAR_MISMATCH evidence on seed 002 (FY2564) text', () => {
  const report = (): Report => ({ ...goldenReport('s002-measures-progress'), flags: [] });
  const yearMention = (p: number, text: string, value: string): CheckMention => ({ kind: 'fiscal_year', page: p, text, match: value, value });
  const p2Line = 'รัฐ (Integrity and transparency Assessment: ITA) ในปี พ.ศ. 2563 เป็นไปด้วยความเรียบร้อย';
  const p3Above = 'องค์การบริหารส่วนตำบลคงครั้งน้อย อำเภอเกษตรวิสัย จังหวัดร้อยเอ็ด ได้ดำเนินการวิเคราะห์ ผลการประเมินคุณธรรมและความโปร่งใสของหน่วยงานภาครัฐ (Integrity and transparency';
  const p3Line = 'Assessment: ITA) ในปี พ.ศ. 2563 ที่ผ่านมา ประกอบด้วย ประเด็น';
  const p7Cell = 'มีการประกาศเจตจำนงการบริหารงาน เมื่อวันที่ 17 เมษายน พ.ศ. 2563 ด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส';
  const pages = [
    page(2, ['เพื่อให้การประเมินคุณธรรมและความโปร่งใสของหน่วยงานภาค', p2Line]),
    page(3, [p3Above, p3Line]),
    page(5, ['ผู้บริหารประกาศงานการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส', 'ประจำปี 2564']),
    // The column wraps the dated statement over short lines; only the cell holds "เมื่อวันที่ … 2563" whole.
    page(7, ['บริหารงาน เมื่อ', 'วันที่ 17', 'เมษายน พ.ศ.', '2563 ด้วย'], [[p7Cell, 'เดือนเมษายน 2563 เป็นต้นไป']]),
  ];
  const p3Bare = 'Assessment: ITA) ในปี พ.ศ. 2563 ประกอบด้วย ประเด็น';
  const mentions = [yearMention(2, p2Line, '2563'), yearMention(3, p3Line, '2563'), yearMention(5, 'ประจำปี 2564', '2564')];

  it.each([
    ['all pages: the ITA-year slip (p2), the anchor (p5), the dated declaration in a table cell (p7); p3 cites the analysed past result', pages, [2, 5, 7]],
    ['without the line above, "ที่ผ่านมา" after the year still cites the past result', pages.map((p) => (p.page === 3 ? page(3, [p3Line]) : p)), [2, 5, 7]],
    ['without the table, the wrapped lines alone show no dated action', pages.map((p) => (p.page === 7 ? page(7, p.lines.map((l) => l.text)) : p)), [2, 5]],
    // Read by OCR: a space inside "วิเคราะห์" above p3; "วันที่ ๑๗" lost in the p7 cell, "เมื่อ" still dates it.
    [
      'OCR text: "วิ เคราะห์" above p3 still cites the analysed result; "เมื่อ MWh oc เมษายน พ.ศ. 2563" is a dated action',
      pages.map((p) =>
        p.page === 3
          ? page(3, ['ร้อยเอ็ด ได้ดำเนินการวิ เคราะห์ ผลการประเมินคุณธรรมและความ', 'โปร่งใสของหน่วยงานภาครัฐ (Integrity and transparency', p3Line])
          : p.page === 7
            ? page(7, [], [['มีการประกาศ เดือนเจตจำนงการ, บริหารงาน เมื่อ MWh oc เมษายน พ.ศ. 2563 ด้วยความซื่อสัตย์', 'เมษายน 863 เป็นต้นไป']])
            : p,
      ),
      [2, 5, 7],
    ],
    [
      '"เมื่อ" far before a date is no dated action',
      pages.map((p) => (p.page === 7 ? page(7, [], [['เมื่อเปรียบเทียบกับแผนงานที่วางไว้ในเดือนเมษายน 2563 พบว่าดำเนินการได้ครบถ้วน']]) : p)),
      [2, 5],
    ],
  ])('%s', (_why, ps, want) => {
    const flags = runChecks({ report: report(), mentions, pages: ps }, deps);
    expect(pagesOf(flags.find((f) => f.code === 'FISCAL_YEAR_MISMATCH'))).toEqual(want);
  });

  it('without the line above (and "ที่ผ่านมา" after), p3 reads as a slip', () => {
    const bare = [...mentions.filter((m) => m.page !== 3), yearMention(3, p3Bare, '2563')];
    const flags = runChecks({ report: report(), mentions: bare, pages: pages.map((p) => (p.page === 3 ? page(3, [p3Bare]) : p)) }, deps);
    expect(pagesOf(flags.find((f) => f.code === 'FISCAL_YEAR_MISMATCH'))).toEqual([2, 3, 5, 7]);
  });
});

describe('FISCAL_YEAR_MISMATCH: the previous ITA cited as the result the measures answer', () => {
  const report = (): Report => ({ ...goldenReport('s002-measures-progress'), flags: [] });
  const year = (p: number, text: string): CheckMention => ({ kind: 'fiscal_year', page: p, text, match: '2563', value: '2563' });
  it.each([
    ['"ได้รับการประเมิน … (ITA) ประจำปีงบประมาณ พ.ศ. 2563 และได้วิเคราะห์ผล…" (past result, then analysed)', 'ตามที่ อบต. ได้รับการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2563 และได้วิเคราะห์ผลการประเมินแล้ว', false],
    ['"(ITA) ในปี พ.ศ. 2563 ที่ผ่านมา" (the year just past)', 'ผลการดำเนินงานของหน่วยงานภาครัฐ (ITA) ในปี พ.ศ. 2563 ที่ผ่านมา ประกอบด้วย', false],
    ['"เพื่อให้การประเมิน (ITA) ในปี พ.ศ. 2563 เป็นไปด้วยความเรียบร้อย" (a purpose: should be this year)', 'เพื่อให้การประเมิน (ITA) ในปี พ.ศ. 2563 เป็นไปด้วยความเรียบร้อย องค์การบริหารส่วนตำบลดงครั่งน้อย จึงได้จัดทำรายงาน', true],
  ])('%s', (_why, line, flagged) => {
    const flags = runChecks({ report: report(), mentions: [year(2, line)], pages: [page(2, [line])] }, deps);
    expect(flags.some((f) => f.code === 'FISCAL_YEAR_MISMATCH')).toBe(flagged);
  });
});

describe('PLAN_BUDGET_MISMATCH cites the printed amount of seed 004', () => {
  it.each([
    ['the amounts carried onto the next page by the break', [page(14, ['2. รวม จำนวน 2 โครงการ 3) จำนวน จำนวน จำนวน จำนวน จำนวน จำนวน']), page(15, ['การบริหาร มาตรการปรับปรุงและ 30,000 บาท 30,000 บาท'])], 15],
    ['the amounts on the row itself', [page(14, ['2. รวม จำนวน 2 โครงการ 30,000 บาท 30,000 บาท']), page(15, ['การบริหาร มาตรการปรับปรุงและ 30,000 บาท'])], 14],
  ])('%s', (_why, ps, want) => {
    const r = goldenReport('s004-anticorruption-plan');
    // The parser's provenance points at the row's start (the "รวม จำนวน 2 โครงการ" line on page 14).
    const provenance = (r.plan?.statedTotals ?? []).flatMap((t, i) => (t.page === 14 ? [{ path: `plan.statedTotals[${i}]`, page: 14, lineIds: ['p14-l0'] }] : []));
    const flags = runChecks({ report: { ...r, flags: [] }, pages: ps, provenance }, deps).filter((f) => f.code === 'PLAN_BUDGET_MISMATCH');
    expect(flags).toHaveLength(5);
    for (const f of flags) expect(f.evidence[0]?.page).toBe(want);
  });
});
