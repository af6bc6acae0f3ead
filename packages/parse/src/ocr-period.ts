import { THAI_MONTHS, monthNumber, thaiDigitsToAscii } from '@lao/thai-text';

/**
 * A period cell as OCR reads Thai print: month names without their marks ("กนยายน", "ธิ.ค.") and years
 * in Thai digits misread ("๒๕๖๘" as "2525", "869", "ba"). Month names are put back where their letters
 * (or all but a first one OCR added: "ฆมนาคม") name exactly one month; a year beside a month that is not near the fiscal year `fiscalYear` (two years
 * either side) becomes the year that fiscal year gives the month (ต.ค.–ธ.ค.: the year
 * before). Without a fiscal year only the month names are repaired.
 */
export function repairOcrPeriod(text: string, fiscalYear: number | null): string {
  const months = repairMonths(thaiDigitsToAscii(text));
  if (fiscalYear === null) return months;
  return months.replace(YEAR_AFTER_MONTH, (whole, month: string, gap: string, year: string) => {
    if (plausible(year, fiscalYear)) return whole;
    const m = monthNumber(month);
    if (m === null) return whole;
    return `${month}${gap}${m >= 10 ? fiscalYear - 1 : fiscalYear}`;
  });
}

const MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu;
const letters = (s: string) => s.replace(MARKS, '');

type Month = (typeof THAI_MONTHS)[number];

/** key → value for the keys only one month has. */
function uniqueBy(key: (m: Month) => string, value: (m: Month) => string): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const m of THAI_MONTHS) {
    const k = key(m);
    seen.set(k, seen.has(k) ? null : value(m));
  }
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
}
// Letters only → the month; "ม.ค." and "มี.ค." share their letters, so neither is repaired.
const FULL_BY_LETTERS = uniqueBy((m) => letters(m.full), (m) => m.full);
const ABBR_BY_LETTERS = uniqueBy((m) => letters(m.abbr).replace(/\./g, ''), (m) => m.abbr);

const THAI_RUN = /[\u0E01-\u0E4E]+/gu;
const ABBR_RUN = /(?<![\u0E01-\u0E4E])([\u0E01-\u0E4E]{1,3})\.\s?([\u0E01-\u0E4E]{1,2})\.?/gu;

function repairMonths(text: string): string {
  const abbr = text.replace(ABBR_RUN, (whole, a: string, b: string) => {
    if (monthNumber(whole) !== null) return whole;
    return ABBR_BY_LETTERS.get(letters(a) + letters(b)) ?? whole;
  });
  return abbr.replace(THAI_RUN, (run) => {
    if (monthNumber(run) !== null) return run;
    // "เดือนกนยายน": the month after เดือน.
    const lead = run.startsWith('เดือน') ? 'เดือน' : '';
    const rest = letters(run.slice(lead.length));
    // A speck OCR read as a letter before the month ("ฆมนาคม" for มีนาคม).
    const full = FULL_BY_LETTERS.get(rest) ?? (lead === '' && rest.length > 5 ? FULL_BY_LETTERS.get(rest.slice(1)) : undefined);
    return full === undefined ? run : lead + full;
  });
}

const MONTH_NAMES = [...THAI_MONTHS.map((m) => m.full), ...THAI_MONTHS.map((m) => m.abbr.replace(/\./g, '\\.'))].join('|');
// A month, then (after an optional พ.ศ.) the token printed as its year: digits or Latin letters OCR made of Thai digits.
const YEAR_AFTER_MONTH = new RegExp(`(${MONTH_NAMES})(\\s*(?:พ\\.\\s?ศ\\.)?\\s*)([0-9A-Za-z]{1,5})(?![0-9A-Za-z\\u0E01-\\u0E4E])`, 'gu');

function plausible(token: string, fiscalYear: number): boolean {
  if (!/^\d+$/.test(token) || (token.length !== 2 && token.length !== 4)) return false;
  const be = token.length === 2 ? 2500 + Number(token) : Number(token);
  return be >= fiscalYear - 2 && be <= fiscalYear + 2;
}
