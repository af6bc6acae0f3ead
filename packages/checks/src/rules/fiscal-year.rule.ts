import { createFlag, type Evidence, type Flag } from '@lao/schemas';
import { findThaiDates, fiscalYearOf, completeThaiDate } from '@lao/thai-text';
import type { CheckContext } from '../check-context.js';
import { uniqueBy } from '../format.js';

// Documents about one fiscal year's measures. Analysis reports legitimately cite the next year
// (their measures) and past years (trends), plans cite their whole span and the master plan:
// year statements there are not slips.
const ONE_YEAR_DOCS = new Set(['measures_progress', 'integrity_measures']);
// Citing the previous year's ITA result that the measures answer is how these reports open:
// "ได้วิเคราะห์ผลการประเมิน … ปี 2563", "ได้รับการประเมิน … (ITA) ประจำปี 2568 และได้วิเคราะห์ผล…",
// "… ในปี 2563 ที่ผ่านมา".
const CITES_PAST_RESULT = /วิเคราะห์|ผลการประเมิน(?:ฯ)?\s*(?:ประจำ)?ปี|ได้รับการประเมิน/u;
const PAST_AFTER = /^.{0,30}?(?:ที่ผ่านมา|วิเคราะห์)/u;
// A dated action of the measures themselves: "เมื่อวันที่ …", "… เป็นต้นไป".
const DATED_ACTION = /เมื่อวันที่|เป็นต้นไป/u;
// "เมื่อ" this close before a date also dates an action, when OCR lost "วันที่" or the day between.
const WHEN = /เมื่อ/gu;
const WHEN_REACH = 16;

/** Whether the date at `start` in `text` is the date of an action the text reports. */
function datesAnAction(text: string, start: number): boolean {
  if (DATED_ACTION.test(text)) return true;
  for (const m of text.matchAll(WHEN)) {
    const gap = start - (m.index + m[0].length);
    if (gap >= 0 && gap <= WHEN_REACH) return true;
  }
  return false;
}

/** Spaces removed: OCR and wraps put them inside Thai words ("วิ เคราะห์"). */
const squash = (t: string): string => t.replace(/\s+/gu, '');

/** The text of up to `n` lines printed above the line `text` on `page` ('' when it is not found). */
function linesAbove(ctx: CheckContext, page: number, text: string, n: number): string {
  const lines = ctx.pages.find((p) => p.page === page)?.lines ?? [];
  const i = lines.findIndex((l) => l.text === text || l.text.includes(text));
  return i < 0 ? '' : lines.slice(Math.max(0, i - n), i).map((l) => l.text).join(' ');
}

/** The text of the line printed below the line `text` on `page` ('' when there is none). */
function lineBelow(ctx: CheckContext, page: number, text: string): string {
  const lines = ctx.pages.find((p) => p.page === page)?.lines ?? [];
  const i = lines.findIndex((l) => l.text === text || l.text.includes(text));
  return i < 0 ? '' : (lines[i + 1]?.text ?? '');
}

/**
 * FISCAL_YEAR_MISMATCH (at most one): in a report on one fiscal year's measures, statements of an
 * earlier year ("ITA … ในปี พ.ศ. 2563" in a FY2564 report) and dated actions that fall before
 * that fiscal year began.
 */
export function fiscalYearRule(ctx: CheckContext): Flag[] {
  const fy = ctx.report.fiscalYear;
  if (fy === null || !ONE_YEAR_DOCS.has(ctx.report.docType)) return [];
  const evidence: Evidence[] = [];
  const years = new Set<number>();
  for (const m of ctx.mentions) {
    if (m.kind !== 'fiscal_year' || !/^\d{4}$/.test(m.value)) continue;
    const y = Number(m.value);
    const at = m.text.indexOf(m.match);
    // A wrap can leave "วิเคราะห์ผลการประเมิน" on the line above the year: read on from there.
    const inLine = at < 0 ? m.text : m.text.slice(0, at);
    const before = squash(`${linesAbove(ctx, m.page, m.text, 2)} ${inLine}`).slice(-140);
    const after = at < 0 ? '' : squash(`${m.text.slice(at + m.match.length)} ${lineBelow(ctx, m.page, m.text)}`);
    if (y >= fy || CITES_PAST_RESULT.test(before) || PAST_AFTER.test(after)) continue;
    years.add(y);
    evidence.push({ page: m.page, text: m.text });
  }
  for (const p of ctx.pages) {
    // A table cell holds the whole statement that its narrow column wraps over many lines.
    const cells = p.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
    for (const text of [...p.lines.map((l) => l.text), ...cells]) {
      if (!/เมื่อ|เป็นต้นไป/u.test(text)) continue;
      for (const d of findThaiDates(text)) {
        if (d.year === null || !datesAnAction(text, d.start)) continue;
        const full = completeThaiDate(d, d.year);
        const dateFy = full.iso ? fiscalYearOf(full.iso) : d.month >= 10 ? d.year + 1 : d.year;
        if (dateFy !== null && dateFy < fy) {
          years.add(d.year);
          evidence.push({ page: p.page, text });
        }
      }
    }
  }
  if (evidence.length === 0) return [];
  // The body's own statement of the year shows the document contradicting itself; the cover is the fallback.
  const statesFy = ctx.mentions.filter((m) => m.kind === 'fiscal_year' && m.value === String(fy));
  const anchor = statesFy.find((m) => m.page > 1) ?? statesFy[0];
  const all = uniqueBy([...(anchor ? [{ page: anchor.page, text: anchor.text }] : []), ...evidence], (e) => `${e.page}|${e.text}`);
  const list = [...years].sort().join(', ');
  return [
    createFlag(
      'FISCAL_YEAR_MISMATCH',
      `รายงานนี้เป็นของปีงบประมาณ พ.ศ. ${fy} แต่มีข้อความระบุปี พ.ศ. ${list} ในหน้า ${[...new Set(evidence.map((e) => e.page))].join(', ')} ซึ่งไม่ตรงกับปีของรายงาน`,
      `The report is for FY${fy}, but ${pagesEn([...new Set(evidence.map((e) => e.page))])} the year ${list}.`,
      all,
    ),
  ];
}

function pagesEn(pages: number[]): string {
  return pages.length === 1 ? `page ${pages[0]} states` : `pages ${pages.join(', ')} state`;
}
