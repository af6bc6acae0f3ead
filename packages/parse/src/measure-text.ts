import { toBeYear } from '@lao/thai-text';

// OCR specks inside a title ("มาตรการตรวจสอบการใช้ % ดุลพินิจ"): symbols no title prints between words.
const SPECK_CHARS = '%~«»=_|°@&*^#<>{}\\[\\]\\\\';
const SPECK_TOKEN = new RegExp(`^[${SPECK_CHARS}]{1,3}$`, 'u');
const SPECK_BETWEEN_THAI = new RegExp(`(?<=[\\u0E01-\\u0E4E])\\s*[${SPECK_CHARS}]{1,3}\\s*(?=[\\u0E01-\\u0E4E])`, 'gu');

/** A measure title without OCR specks; "%" after a number ("ร้อยละ 100 %") stays. */
export function cleanMeasureTitle(title: string): string {
  const tokens = title.split(/\s+/).filter((t) => t !== '');
  const kept = tokens.filter((t, i) => !SPECK_TOKEN.test(t) || (t === '%' && i > 0 && /\d$/.test(tokens[i - 1]!)));
  return kept.join(' ').replace(SPECK_BETWEEN_THAI, ' ').replace(/\s+/g, ' ').trim();
}

// "ประจำปีงบประมาณ พ.ศ. 2569", "ปีงบประมาณ 2569", "ประจำปี พ.ศ. ๒๕๖๙" (digits already ASCII).
const FISCAL_YEAR = /(?:ปีงบประมาณ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*(25\d\d)(?!\d)/;

/** The first fiscal year the lines name (a table's heading, a cover), BE. */
export function fiscalYearIn(lines: string[]): number | null {
  for (const l of lines) {
    const m = FISCAL_YEAR.exec(l);
    if (m) return toBeYear(m[1]!);
  }
  return null;
}
