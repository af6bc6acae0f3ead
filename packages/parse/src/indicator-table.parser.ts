import { INDICATORS, LAST_ITA_YEAR, officialIndicatorName, type IndicatorScore } from '@lao/schemas';
import { parseNumber } from '@lao/thai-text';
import { type Doc, type DocCell, type DocRow, type DocTable, rowLineIds } from './document.model.js';
import type { ValueProvenance } from './parse-result.schema.js';

const HAS_THAI = /[\u0E01-\u0E2E]/;
// Vowels above and below the line, tone marks and signs: what OCR drops or swaps ("สือสาร" for สื่อสาร).
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\s]/gu;

/**
 * The printed name of an indicator read by OCR, in the framework's spelling when the two differ only in
 * the marks above and below the line (OCR loses them); a name that differs in its letters stays as printed.
 */
export function ocrIndicatorName(printed: string, no: number, year: number | null, ocr: boolean): string {
  const official = officialIndicatorName(no, year) ?? officialIndicatorName(no, LAST_ITA_YEAR);
  if (!ocr || !official || official === printed) return printed;
  return printed.replace(THAI_MARKS, '') === official.replace(THAI_MARKS, '') ? official : printed;
}
const TOOL_CELL = /^(IIT|EIT|OIT)$/i;

type IndicatorRow = { no: number; name: string; score: number; confidence: number | null; ocr: boolean; row: DocRow };

/** "1", "๑", "ตัวชี้วัดที่ 1", "1." → 1..10 */
function indicatorNo(text: string): number | null {
  const t = text.replace(/^ตัวชี้วัดที่\s*/, '').replace(/[.)]$/, '').trim();
  const n = parseNumber(t);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 10 ? n : null;
}

/**
 * A summary row reads: the indicator's number, its name, then its score, perhaps its level (ผ่าน); no
 * question code (those are the per-indicator question tables). A tool cell is the tool the framework
 * measures that indicator with (1–5 IIT, 6–8 EIT, 9–10 OIT) and is followed by the score alone (and
 * perhaps a level in words): a question row puts its code after the tool ("IIT | ข้อ i4 | 100", "IIT | i4 | 100").
 */
/** A row of a project list (a plan's ลำดับ / รายการโครงการ / มิติ / งบประมาณ) names a project, not an indicator. */
const PROJECT_NAME = /^(โครงการ|กิจกรรม|มาตรการ)/;
/** "1. การปฏิบัติหน้าที่" in one cell: a short summary (ตัวชี้วัด / คะแนน) writes the number before the name. */
const NUMBERED_NAME = /^(?:ตัวชี้วัดที่\s*)?([0-9]{1,2})[.)]?\s+(\S.*)$/;

/**
 * A row "n. name | score" (or "n. name | IIT | score") read as the number, name and score cells the other
 * layouts print: the number is written before the name in one cell, and a score follows.
 */
function splitNumberedName(cells: DocCell[]): DocCell[] {
  if (cells.length < 2 || cells.length > 3 || cells[0]!.number !== null || cells[cells.length - 1]!.number === null) return cells;
  if (cells.length === 3 && !TOOL_CELL.test(cells[1]!.text)) return cells;
  const m = NUMBERED_NAME.exec(cells[0]!.text);
  if (!m || !HAS_THAI.test(m[2]!)) return cells;
  return [{ ...cells[0]!, text: m[1]!, number: null }, { ...cells[0]!, text: m[2]!.trim(), number: null }, ...cells.slice(1)];
}

function readRow(row: DocRow, between?: number): IndicatorRow | null {
  const cells = splitNumberedName(row.cells.filter((c) => c.text !== ''));
  if (cells.length < 3 || cells.length > 5) return null;
  if (cells.some((c) => /^ข้อ\s/.test(c.text))) return null;
  // A short number cell OCR could not read ("i" for 4) takes the number its neighbours leave for it.
  const no = indicatorNo(cells[0]!.text) ?? (between !== undefined && cells[0]!.text.length <= 2 ? between : null);
  if (no === null) return null;
  const toolAt = cells.findIndex((c) => TOOL_CELL.test(c.text));
  if (toolAt >= 0) {
    const measuredBy = INDICATORS.find((d) => d.no === no)?.tool;
    if (toolAt < 2 || cells.filter((c) => TOOL_CELL.test(c.text)).length > 1 || cells[toolAt]!.text.toLowerCase() !== measuredBy) return null;
    const after = cells.slice(toolAt + 1);
    if (after.filter((c) => c.number !== null).length !== 1 || after.some((c) => c.number === null && /\d/.test(c.text))) return null;
  }
  const name = cells[1]!.text;
  if (!HAS_THAI.test(name) || parseNumber(name) !== null || PROJECT_NAME.test(name)) return null;
  // A budget beside it (30,000.00) makes it a project row: an indicator row carries scores of 0–100 only.
  if (cells.slice(2).some((c) => c.number !== null && c.number.value > 100)) return null;
  const scoreCell = cells.slice(2).find((c) => c.number !== null);
  if (!scoreCell || scoreCell.number!.value < 0 || scoreCell.number!.value > 100) return null;
  return { no, name, score: scoreCell.number!.value, confidence: scoreCell.number!.confidence, ocr: cells[1]!.confidence !== null, row };
}

const isScore = (c: DocCell | undefined): boolean => !!c && c.number !== null && c.number.value >= 0 && c.number.value <= 100 && /[.,]\d/.test(c.text);

/**
 * A summary printed across (ตัวชี้วัดที่ | 1 | 2 | … | 10, then a row of scores, perhaps a row of names
 * between): the numbers 1, 2, 3, … in one row, scores with decimals in the same columns of a later row.
 */
function transposedRows(table: DocTable): IndicatorRow[] {
  for (const [i, head] of table.rows.entries()) {
    const nos = head.cells.map((c) => (c.number !== null && /^\d{1,2}$/.test(c.text.trim()) ? c.number.value : null));
    const first = nos.findIndex((n) => n === 1);
    if (first < 0) continue;
    let last = first;
    while (nos[last + 1] === nos[last]! + 1) last++;
    if (last - first < 2) continue;
    const cols = nos.slice(first, last + 1).map((_, k) => first + k);
    const later = table.rows.slice(i + 1);
    const scores = later.find((r) => cols.every((c) => isScore(r.cells[c])));
    if (!scores) continue;
    const names = later.find((r) => r !== scores && cols.filter((c) => HAS_THAI.test(r.cells[c]?.text ?? '') && (r.cells[c]?.number ?? null) === null).length >= cols.length - 1);
    return cols.map((c, k) => {
      const cell = scores.cells[c]!;
      const name = names?.cells[c]?.text ?? '';
      return { no: k + 1, name, score: cell.number!.value, confidence: cell.number!.confidence, ocr: cell.confidence !== null, row: { ...scores, cells: [cell] } };
    });
  }
  return [];
}

function summaryRows(table: DocTable): IndicatorRow[] {
  const across = transposedRows(table);
  if (across.length > 0) return across;
  const read = table.rows.map((r) => readRow(r));
  return read
    .map((r, i) => {
      if (r !== null) return r;
      const before = read[i - 1];
      const after = read[i + 1];
      return before && after && after.no - before.no === 2 ? readRow(table.rows[i]!, before.no + 1) : null;
    })
    .filter((r): r is IndicatorRow => r !== null);
}

export type IndicatorsResult = { indicators: IndicatorScore[]; provenance: ValueProvenance[] };

/**
 * The indicator summary table (ตัวชี้วัดที่ / รายละเอียดตัวชี้วัด / คะแนน): the first table (with its
 * continuation on the next page) whose rows are indicator number, name and score.
 */
export function parseIndicators(doc: Doc, year: number | null): IndicatorsResult {
  const found: IndicatorRow[] = [];
  for (const table of doc.tables) {
    const rows = summaryRows(table);
    if (rows.length === 0) continue;
    if (found.length === 0 && rows.length < 3) continue;
    // Continuation only when it carries on the numbering (a table split over two pages).
    if (found.length > 0 && rows[0]!.no <= found[found.length - 1]!.no) break;
    found.push(...rows);
    if (found.length >= 10) break;
  }
  const seen = new Set<number>();
  const indicators: IndicatorScore[] = [];
  const provenance: ValueProvenance[] = [];
  for (const r of found) {
    if (seen.has(r.no)) continue;
    seen.add(r.no);
    indicators.push({
      no: r.no,
      // A table printing numbers and scores only names no indicator: the framework's name stands for it.
      name: r.name === '' ? (officialIndicatorName(r.no, year ?? LAST_ITA_YEAR) ?? '') : ocrIndicatorName(r.name, r.no, year, r.ocr),
      officialName: year === null ? null : officialIndicatorName(r.no, year),
      score: r.score,
      page: r.row.page,
    });
    provenance.push({
      path: `ita.indicators[${indicators.length - 1}]`,
      page: r.row.page,
      lineIds: rowLineIds(r.row),
      boxes: [r.row.box],
      confidence: r.confidence,
    });
  }
  return { indicators, provenance };
}
