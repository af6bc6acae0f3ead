/** Thai month names and their official abbreviations, in calendar order (index + 1 = month). */
export const THAI_MONTHS: ReadonlyArray<{ full: string; abbr: string }> = [
  { full: 'มกราคม', abbr: 'ม.ค.' },
  { full: 'กุมภาพันธ์', abbr: 'ก.พ.' },
  { full: 'มีนาคม', abbr: 'มี.ค.' },
  { full: 'เมษายน', abbr: 'เม.ย.' },
  { full: 'พฤษภาคม', abbr: 'พ.ค.' },
  { full: 'มิถุนายน', abbr: 'มิ.ย.' },
  { full: 'กรกฎาคม', abbr: 'ก.ค.' },
  { full: 'สิงหาคม', abbr: 'ส.ค.' },
  { full: 'กันยายน', abbr: 'ก.ย.' },
  { full: 'ตุลาคม', abbr: 'ต.ค.' },
  { full: 'พฤศจิกายน', abbr: 'พ.ย.' },
  { full: 'ธันวาคม', abbr: 'ธ.ค.' },
];

/** "ต.ค." → a pattern accepting "ต.ค.", "ต.ค", "ต. ค." (the first dot is required). */
function abbrPattern(abbr: string): string {
  const [first = '', second = ''] = abbr.split('.');
  return `${first}\\.\\s?${second}\\.?`;
}

export const MONTH_FULL_PATTERN = THAI_MONTHS.map((m) => m.full).join('|');
export const MONTH_ABBR_PATTERN = THAI_MONTHS.map((m) => abbrPattern(m.abbr)).join('|');

/** 1..12 for a full name or abbreviation as matched (dots and spaces optional), else null. */
export function monthNumber(token: string): number | null {
  const t = token.replace(/[\s.]/gu, '');
  const i = THAI_MONTHS.findIndex((m) => m.full === t || m.abbr.replace(/\./g, '') === t);
  return i < 0 ? null : i + 1;
}
