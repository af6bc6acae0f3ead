/** Buddhist Era = Common Era + 543. */
export const BE_OFFSET = 543;

export function beToCe(be: number): number {
  return be - BE_OFFSET;
}

export function ceToBe(ce: number): number {
  return ce + BE_OFFSET;
}

export function daysInMonth(ceYear: number, month: number): number {
  return new Date(Date.UTC(ceYear, month, 0)).getUTCDate();
}

export function isoDate(ceYear: number, month: number, day: number): string {
  return `${String(ceYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The BE fiscal year an ISO date falls in: fiscal year N runs 1 October N−1 to 30 September N.
 * Returns null for anything that is not a real YYYY-MM-DD date.
 */
export function fiscalYearOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [ce, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(ce, month)) return null;
  return ceToBe(month >= 10 ? ce + 1 : ce);
}

/** The first and last ISO day of BE fiscal year `be`. */
export function fiscalYearRange(be: number): { start: string; end: string } {
  const ce = beToCe(be);
  return { start: isoDate(ce - 1, 10, 1), end: isoDate(ce, 9, 30) };
}
