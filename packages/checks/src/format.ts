/** Scores as the reports print them: two decimals. */
export function score(x: number): string {
  return x.toFixed(2);
}

/** Baht with thousands separators, as the plans print them. */
export function baht(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export const LOW_OCR_NOTE_TH = ' (ตัวเลขที่ใช้เปรียบเทียบอ่านด้วย OCR ที่มีความเชื่อมั่นต่ำ โปรดตรวจสอบกับต้นฉบับก่อนสรุป)';
export const LOW_OCR_NOTE_EN = ' (the numbers compared were read by OCR with low confidence: check them against the original first)';

/** Evidence pages in order, without repeats, for message text. */
export function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
