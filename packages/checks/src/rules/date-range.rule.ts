import { createFlag, type Evidence, type Flag } from '@lao/schemas';
import { THAI_MONTHS, completeThaiDate, findThaiDates } from '@lao/thai-text';
import type { CheckContext } from '../check-context.js';
import type { CheckMention } from '../check-input.schema.js';

function textKey(m: CheckMention): string {
  return m.match.replace(/\s+/gu, ' ').trim();
}

/** A year-end slip ("1 ตุลาคม 2568 - 30 กันยายน 2568") most likely meant the fiscal year that starts on the start date. */
function likelyMeant(m: CheckMention): string {
  const s = m.range?.start;
  const e = m.range?.end;
  if (!s || !e || s.slice(5) !== '10-01' || e.slice(5) !== '09-30') return '';
  const fy = Number(s.slice(0, 4)) + 544;
  return ` (น่าจะหมายถึงปีงบประมาณ พ.ศ. ${fy})`;
}

/**
 * DATE_RANGE_INVALID: one flag per distinct period text that ends before it starts or holds a
 * date that does not exist; every occurrence is evidence.
 */
/** Single dates that do not exist ("31 กันยายน 2568"), outside the periods already judged. */
function impossibleDates(ctx: CheckContext, judged: ReadonlySet<string>): Flag[] {
  const found = new Map<string, Evidence[]>();
  for (const p of ctx.pages) {
    for (const line of p.lines) {
      for (const d of findThaiDates(line.text)) {
        if (d.year === null || d.day === null || completeThaiDate(d, d.year).exists) continue;
        const text = `${d.day}/${d.month}/${d.year}`;
        if ([...judged].some((j) => j.includes(String(d.day)) && j.includes(String(d.year)))) continue;
        found.set(text, [...(found.get(text) ?? []), { page: p.page, text: line.text }]);
      }
    }
  }
  return [...found.entries()].map(([date, evidence]) => {
    const [day, month, year] = date.split('/');
    const monthTh = THAI_MONTHS[Number(month) - 1]?.full ?? month;
    return createFlag(
      'DATE_RANGE_INVALID',
      `วันที่ ${day} ${monthTh} ${year} ไม่มีอยู่จริงในปฏิทิน${evidence.length > 1 ? ` พบ ${evidence.length} แห่งในเอกสาร` : ''} อาจพิมพ์วันที่ผิด`,
      `The date ${day}/${month}/${year} (BE) does not exist${evidence.length > 1 ? ` (${evidence.length} occurrences)` : ''}.`,
      evidence,
    );
  });
}

export function dateRangeRule(ctx: CheckContext): Flag[] {
  const bad = ctx.mentions.filter((m) => m.kind === 'date_range' && m.range && (m.range.inverted || m.range.invalid.length > 0));
  const groups = new Map<string, CheckMention[]>();
  for (const m of bad) groups.set(textKey(m), [...(groups.get(textKey(m)) ?? []), m]);
  const judged = new Set(ctx.mentions.filter((m) => m.kind === 'date_range').map(textKey));
  const ranges = [...groups.entries()].map(([text, ms]) => {
    const first = ms[0] as CheckMention;
    const invalid = first.range?.invalid ?? [];
    const evidence = ms.map((m) => ({ page: m.page, text: m.text }));
    const where = ms.length > 1 ? ` พบ ${ms.length} แห่งในเอกสาร` : '';
    return first.range?.inverted
      ? createFlag(
          'DATE_RANGE_INVALID',
          `ระยะเวลาดำเนินการ "${text}" มีวันสิ้นสุดก่อนวันเริ่มต้น${likelyMeant(first)}${where}`,
          `The period "${text}" ends before it starts${ms.length > 1 ? ` (${ms.length} occurrences)` : ''}.`,
          evidence,
        )
      : createFlag(
          'DATE_RANGE_INVALID',
          `ช่วงเวลา "${text}" มีวันที่ที่ไม่มีอยู่จริงในปฏิทิน (${invalid.join(', ')})${where}`,
          `The period "${text}" contains a date that does not exist (${invalid.join(', ')}).`,
          evidence,
        );
  });
  return [...ranges, ...impossibleDates(ctx, judged)];
}
