import { parseNumber, thaiDigitsToAscii } from '@lao/thai-text';

/**
 * The measure's own progress as a result cell states it ("ดำเนินการแล้ว ร้อยละ 60", "คิดเป็นร้อยละ 80",
 * "สำเร็จ 75%"), told apart from the other percentages such cells print: a share of the people taking
 * part ("ผู้เข้าร่วมร้อยละ 80", "ร้อยละ 80 ของผู้เข้าร่วม"), a satisfaction survey, a target
 * ("ไม่น้อยกว่าร้อยละ 80", "ร้อยละ 80 ขึ้นไป"), money spent ("เบิกจ่ายงบประมาณร้อยละ 45").
 *
 * The rule, decided by the words around each percentage:
 * - before it, the nearest cue word of the same clause decides: a progress word (ดำเนินการ, สำเร็จ,
 *   ก้าวหน้า, เสร็จ) → the measure's progress; a word naming whom or what else is counted (ผู้…,
 *   บุคลากร, ประชาชน, พึงพอใจ, เป้าหมาย, ไม่น้อยกว่า, งบประมาณ, คะแนน, เพิ่มขึ้น …) → not;
 * - with no cue word, the percentage is the progress ("คิดเป็นร้อยละ 80", "ประกาศเจตจำนงแล้ว คิดเป็นร้อยละ
 *   100") unless its clause counts something before it: then it is that count's share ("เผยแพร่ข้อมูล
 *   45 รายการ คิดเป็นร้อยละ 90");
 * - after it, "ขึ้นไป" (a target) or "ของ" + anything but the work itself (ของแผน, ของเป้าหมาย,
 *   ของขั้นตอน, ของกิจกรรม, ของมาตรการ, ของโครงการ, ของงาน) rules it out ("ร้อยละ 80 ของผู้เข้าร่วม").
 * A clause ends at a line break, a bullet or numbered item, a comma or semicolon, or the previous
 * percentage. When several percentages qualify the last is taken: reports list the rounds in order
 * ("รอบ 6 เดือน ดำเนินการแล้วร้อยละ 50 รอบ 12 เดือน ดำเนินการแล้วร้อยละ 100").
 */
export function statedProgress(text: string): number | null {
  const t = thaiDigitsToAscii(text);
  let found: number | null = null;
  let clauseStart = 0;
  for (const m of t.matchAll(PERCENT)) {
    const at = m.index;
    const before = clauseOf(t.slice(clauseStart, at));
    const after = t.slice(at + m[0].length);
    clauseStart = at + m[0].length;
    const value = parseNumber(m[1] ?? m[2]!);
    if (value === null || value < 0 || value > 100) continue;
    if (isOwnProgress(before, after)) found = value;
  }
  return found;
}

// "ร้อยละ 60", "ร้อยละ 60.5", "60%", "60 %".
const PERCENT = /ร้อยละ\s?(\d{1,3}(?:\.\d+)?)(?!\d)|(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?%/g;

// Where a clause ends: a line break, a bullet or numbered item ("- ", "2) ", "3. "), a comma or semicolon.
const CLAUSE_BREAK = /[\n;,]|(?:^|\s)[-•](?=\s)|(?:^|\s)\d{1,2}[.)](?=\s|[\u0E01-\u0E4E])/g;

function clauseOf(s: string): string {
  let start = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return s.slice(start);
}

// Words that say the figure is the work's own progress.
const PROGRESS_CUE = /ดำเนินการ|ดำเนินงาน|สำเร็จ|ก้าวหน้า|เสร็จ/g;
// Words that say the figure counts something else: people, a survey, a target, money, a score.
const OTHER_CUE =
  /ผู้(?!รับผิดชอบ)|บุคลากร|ประชาชน|พนักงาน|เจ้าหน้าที่|ข้าราชการ|ครัวเรือน|หมู่บ้าน|ชุมชน|พึงพอใจ|ความรู้|ความเข้าใจ|เป้าหมาย|ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|มากกว่า|เพิ่มขึ้น|ลดลง|งบประมาณ|เบิกจ่าย|คะแนน|แบบสอบถาม|แบบประเมิน/g;
// "ของ" + the work itself keeps the figure the progress ("ร้อยละ 80 ของแผน"); "ของ" + anything else does not.
const OF_WORK = /^\s*ของ\s*(?:แผน|เป้าหมาย|ขั้นตอน|กิจกรรม|มาตรการ|โครงการ|งาน)/;
const OF_OTHER = /^\s*(?:ของ|ขึ้นไป)/;

function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

function isOwnProgress(before: string, after: string): boolean {
  if (OF_OTHER.test(after) && !OF_WORK.test(after)) return false;
  const progress = lastIndex(PROGRESS_CUE, before);
  const other = lastIndex(OTHER_CUE, before);
  if (progress >= 0 || other >= 0) return progress > other;
  return !/\d/.test(before);
}

/**
 * A status read from words ("ดำเนินการแล้ว") with the progress the same text states: "ดำเนินการแล้ว ร้อยละ
 * 60" is carried out so far, not finished, so done with a progress between 0 and 100 is in_progress.
 */
export function statusWithProgress<S extends string | null>(status: S, progress: number | null): S | 'in_progress' {
  return status === 'done' && progress !== null && progress > 0 && progress < 100 ? 'in_progress' : status;
}
