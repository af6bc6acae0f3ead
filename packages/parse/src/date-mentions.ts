import { beToCe, findThaiDates, parseThaiDateRange } from '@lao/thai-text';
import type { DocLine, DocTable } from './document.model.js';
import { repairOcrPeriod } from './ocr-period.js';
import type { Mention } from './parse-result.schema.js';

const MONTH = /มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\./;
const RANGE_WORD = /ถึง|[-–]|ตั้งแต่/;
// A day OCR could not read, standing before its month: "- mo กันยายน 2568" (๓๐ read as letters).
const UNREAD_DAY = new RegExp(`(^|[\\s\\-–])[A-Za-z@#&%]{1,3}\\s+(?=${MONTH.source})`, 'gu');

/**
 * The period of a line; when a day is unreadable, the period read without it (that side then covers
 * its whole month), kept only when it is inverted or invalid whatever the day was.
 */
function readRange(text: string) {
  const r = parseThaiDateRange(text);
  if (r || text.replace(UNREAD_DAY, '$1') === text) return r;
  const without = parseThaiDateRange(text.replace(UNREAD_DAY, '$1'));
  return without && (without.inverted || without.invalid.length > 0) ? { ...without, text: text.trim() } : null;
}

/**
 * A period OCR read (`ocr`): when its text gives no reading, the reading with month names and years put
 * back (ocr-period.ts), kept only when that reading is inverted or invalid: the months alone show it.
 */
function readOcrRange(text: string, ocr: boolean, fiscalYear: number | null) {
  const r = MONTH.test(text) ? readRange(text) : null;
  if (r || !ocr) return r;
  const repaired = repairOcrPeriod(text, fiscalYear);
  if (!MONTH.test(repaired)) return null;
  const again = readRange(repaired);
  return again && (again.inverted || again.invalid.length > 0) ? again : null;
}

/**
 * Every printed period ("1 ตุลาคม 2568 - 30 กันยายน 2568") with its reading, inverted or invalid ones included:
 * on one line, or wrapped over the lines of one table cell ("๑ มีนาคม ๒๕๖๙ -" / "๓๑ มกราคม ๒๕๖๙").
 * `fiscalYear` (the document's) gives the years OCR could not read.
 */
export function findDateRangeMentions(lines: DocLine[], tables: DocTable[] = [], fiscalYear: number | null = null): Mention[] {
  const out: Mention[] = [];
  for (const line of lines) {
    if (!RANGE_WORD.test(line.text)) continue;
    const r = readOcrRange(line.text, line.confidence !== null, fiscalYear);
    if (!r || (!r.startIso && !r.endIso && r.invalid.length === 0)) continue;
    out.push({
      kind: 'date_range',
      page: line.page,
      lineId: line.id,
      text: line.text,
      match: r.text,
      value: `${r.startIso ?? '?'}..${r.endIso ?? '?'}`,
      range: { start: r.startIso ?? null, end: r.endIso ?? null, inverted: r.inverted, invalid: r.invalid },
    });
  }
  const read = new Set(out.map((m) => m.lineId));
  for (const cell of tables.flatMap((t) => t.rows.flatMap((row) => row.cells.map((c) => ({ c, page: row.page }))))) {
    const { c, page } = cell;
    if (c.lineIds.length < 2 || c.lineIds.some((id) => read.has(id)) || !RANGE_WORD.test(c.text)) continue;
    const r = readOcrRange(c.text, c.confidence !== null, fiscalYear);
    if (!r || (!r.startIso && !r.endIso && r.invalid.length === 0)) continue;
    out.push({
      kind: 'date_range',
      page,
      lineId: c.lineIds[0]!,
      text: c.text,
      match: r.text,
      value: `${r.startIso ?? '?'}..${r.endIso ?? '?'}`,
      range: { start: r.startIso ?? null, end: r.endIso ?? null, inverted: r.inverted, invalid: r.invalid },
    });
  }
  return out;
}

/** Every printed date with a year ("เมื่อวันที่ 17 เมษายน พ.ศ. 2563", "ต.ค. 65"), for year-consistency evidence. */
export function findDateMentions(lines: DocLine[]): Mention[] {
  const out: Mention[] = [];
  for (const line of lines) {
    if (!MONTH.test(line.text)) continue;
    for (const d of findThaiDates(line.text)) {
      if (d.year === null) continue;
      const month = String(d.month).padStart(2, '0');
      const value = d.day !== null ? `${beToCe(d.year)}-${month}-${String(d.day).padStart(2, '0')}` : `${beToCe(d.year)}-${month}`;
      out.push({ kind: 'date', page: line.page, lineId: line.id, text: line.text, match: d.text, value });
    }
  }
  return out;
}
