import { type DocLine, withNextLine } from './document.model.js';

export type YearMention = {
  line: DocLine;
  year: number;
  /** The span as written. */
  match: string;
  /** 'fiscal' = ปีงบประมาณ…, 'year' = ปี/ประจำปี…, 'range' = the first year of "พ.ศ. 2566 - 2570". */
  form: 'fiscal' | 'year' | 'range';
  toYear?: number;
};

const BE = '(2[45]\\d\\d)';
// OCR puts stray tone marks on the word ("ปีงบประม้าณ") and garbles the era between it and the year
// ("พ.ศ" "WA." "6.2."): a few non-Thai characters may stand there; the year itself must stand alone.
const FISCAL_WORD = 'ปี\\s?งบ\\s?ประ[\\u0E48-\\u0E4C]?ม[\\u0E48-\\u0E4C]?าณ';
const ERA_NOISE = '(?:พ\\.\\s?ศ\\.?|[\\s.,:A-Za-z0-9]){0,7}?';
const FISCAL_RE = new RegExp(`${FISCAL_WORD}\\s?(?:พ\\.ศ\\.)?\\s?${ERA_NOISE}(?<!\\d)${BE}(?!\\d)`, 'gu');
const YEAR_RE = new RegExp(`(?<!งบประมาณ\\s?)(?:ประจำปี|ปี)\\s?(?:พ\\.ศ\\.)?\\s?${BE}(?!\\s?[-–]\\s?\\d)`, 'gu');
const RANGE_RE = new RegExp(`(?:พ\\.ศ\\.|ปี)\\s?${BE}\\s?[-–]\\s?(?:พ\\.ศ\\.)?\\s?${BE}`, 'gu');

function plausible(y: number): boolean {
  return y >= 2540 && y <= 2600;
}

/** Every statement of a year the report is about (fiscal year, "ประจำปี", "ปี พ.ศ.", a year range). */
export function findYearMentions(lines: DocLine[]): YearMention[] {
  const out: YearMention[] = [];
  for (const { line, text: t, own } of withNextLine(lines)) {
    const mine = (m: RegExpMatchArray) => (m.index ?? 0) < own;
    for (const m of [...t.matchAll(FISCAL_RE)].filter(mine)) {
      const year = Number(m[1]);
      if (plausible(year)) out.push({ line, year, match: m[0], form: 'fiscal' });
    }
    for (const m of [...t.matchAll(RANGE_RE)].filter(mine)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (plausible(from) && plausible(to) && to >= from && to - from <= 20) out.push({ line, year: from, toYear: to, match: m[0], form: 'range' });
    }
    for (const m of [...t.matchAll(YEAR_RE)].filter(mine)) {
      const year = Number(m[1]);
      // "ปีงบประมาณ…" is already read as fiscal; "ปี 2566 ปี 2567" column heads are table labels, not statements.
      if (!plausible(year) || /งบประมาณ\s?(?:พ\.ศ\.)?\s?$/u.test(t.slice(0, (m.index ?? 0) + 3))) continue;
      out.push({ line, year, match: m[0], form: 'year' });
    }
  }
  return out;
}
