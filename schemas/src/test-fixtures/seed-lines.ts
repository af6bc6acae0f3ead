/**
 * Lines copied verbatim (tabs included) from the seeds in shared/seeds/, so tests run on the reports' own text
 * without depending on files outside the repository. Line numbers are the seed files'.
 */

/** Thai digits to ASCII; a tiny test-only stand-in so this package needs nothing from @lao/thai-text. */
export function thaiDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** Parses "no\tname\tscore" rows of an indicator summary table. */
export function indicatorRows(lines: readonly string[]): Array<{ no: number; name: string; score: number }> {
  return lines.map((l) => {
    const [no, name, score] = thaiDigits(l).split('\t');
    return { no: Number(no), name: name as string, score: Number(score) };
  });
}

/** S000 L64–73 (สรุปผลการประเมินรายตัวชี้วัด). */
export const S000_INDICATORS = [
  '1\tการปฏิบัติงานที่\t94.44',
  '2\tการใช้งบประมาณ\t100.00',
  '3\tการใช้จ่ายเงิน\t100.00',
  '4\tการใช้ทรัพย์สินของราชการ\t93.33',
  '5\tการแก้ไขปัญหาการทุจริต\t100.00',
  '6\tคุณภาพการดำเนินงาน\t97.00',
  '7\tประสิทธิภาพการสื่อสาร\t95.00',
  '8\tการปรับปรุงการทำงาน\t95.17',
  '9\tการเปิดเผยข้อมูล\t77.50',
  '10\tการป้องกันทุจริต\t65.00',
] as const;

/** S001 L39–48. */
export const S001_INDICATORS = [
  '1\tการป้องกันและปราบปรามการทุจริต\t96.53',
  '2\tการใช้งบประมาณ\t99.17',
  '3\tการใช้จ่ายเงิน\t99.72',
  '4\tการใช้ทรัพย์สินของราชการ\t96.80',
  '5\tการแก้ไขปัญหาการทุจริต\t98.33',
  '6\tคุณภาพการดำเนินงาน\t98.07',
  '7\tประสิทธิภาพการสื่อสาร\t97.50',
  '8\tการปรับปรุงการทำงาน\t97.24',
  '9\tการเปิดเผยข้อมูล\t92.50',
  '10\tการป้องกันและการทุจริต\t90.00',
] as const;

/** S000 L36: the overall score and level as printed. */
export const S000_OVERALL = 'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลขอนแก่น โดยมีภาพรวมได้คะแนนร้อยละ ๘๖.๔๘ คะแนน ระดับผลการประเมิน ระดับ ผ่าน';
/** S001 L21. */
export const S001_OVERALL = 'การวิเคราะห์ผลการประเมินระดับคุณธรรมและความโปร่งใส(ITA) ของเทศบาลตำบลมะรือโบตก มี คะแนน ๙๕.๒๑ คะแนน อยู่ในระดับ A หรือ ผ่านดี ดังรายละเอียดต่อไปนี้';
/** S001 L24, L26, L28: the tool scores the report states. */
export const S001_TOOLS = [
  'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) คะแนนรวม ๙๖.๖๕ คะแนน',
  'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) คะแนนรวม ๑๐๐.๐๐ คะแนน',
  'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) คะแนนรวม ๙๑.๒๕ คะแนน',
] as const;

/** S000 question rows "ข้อ <code>\t<score>[\t<part 2>]" by indicator (L78–140, code and score cells only). */
export const S000_QUESTIONS: Record<number, readonly string[]> = {
  1: ['ข้อ 1๑\t๑๐๐', 'ข้อ 1๒\t๘๓.๓๓', 'ข้อ 1๓\t๑๐๐'],
  4: ['ข้อ 1๑๐\t๘๓.๓๓', 'ข้อ 1๑๑\t๑๐๐', 'ข้อ 1๑๒\t๙๖.๖๗'],
  6: ['ข้อ E๑\t๑๐๐\t๘๙.๐๐', 'ข้อ E๒\t๑๐๐\t๙๓.๐๐', 'ข้อ E๓\t๑๐๐\t๑๐๐'],
  7: ['ข้อ E๔\t๑๐๐\t๘๘.๐๐', 'ข้อ E๕\t๑๐๐\t๙๑.๐๐', 'ข้อ E๖\t๑๐๐\t๙๑.๐๐'],
  8: ['ข้อ E๗\t๑๐๐\t๙๐.๐๐', 'ข้อ E๘\t๑๐๐\t๙๐.๐๐', 'ข้อ E๙\t๑๐๐\t๙๑.๐๐'],
  9: [
    'ข้อ ๐๑\t๑๐๐', 'ข้อ ๐๒\t๑๐๐', 'ข้อ ๐๓\t๑๐๐', 'ข้อ ๐๔\t๑๐๐', 'ข้อ ๐๕\t๐', 'ข้อ ๐๖\t๑๐๐', 'ข้อ ๐๗\t๐',
    'ข้อ ๐๘\t๑๐๐', 'ข้อ ๐๙\t๕๐', 'ข้อ ๑๐\t๑๐๐', 'ข้อ ๑๑\t๑๐๐', 'ข้อ ๑๒\t๕๐', 'ข้อ ๑๓\t๑๐๐', 'ข้อ ๑๔\t๑๐๐',
    'ข้อ ๑๕\t๑๐๐', 'ข้อ ๑๖\t๑๐๐', 'ข้อ ๑๗\t๑๐๐', 'ข้อ ๑๘\t๑๐๐', 'ข้อ ๑๙\t๐', 'ข้อ ๒๐\t๑๐๐',
  ],
  10: ['ข้อ ๐๒๑\t๑๐๐', 'ข้อ ๐๒๒\t๑๐๐', 'ข้อ ๐๒๓\t๕๐', 'ข้อ ๐๒๔\t๕๐', 'ข้อ ๐๒๕\t๑๐๐', 'ข้อ ๐๒๖\t๑๐๐', 'ข้อ ๐๒๗\t๐', 'ข้อ ๐๒๘\t๑๐๐'],
};

/** Question rows → {score, parts}: one score cell, or two part cells (EIT 2568). */
export function questionRows(lines: readonly string[]): Array<{ score: number | null; parts: number[] | null }> {
  return lines.map((l) => {
    const cells = thaiDigits(l).split('\t').slice(1).map(Number);
    return cells.length > 1 ? { score: null, parts: cells } : { score: cells[0] as number, parts: null };
  });
}

/** The first decimal number in a line, after mapping Thai digits. */
export function firstNumber(line: string): number {
  const m = /\d+(?:\.\d+)?/.exec(thaiDigits(line));
  if (!m) throw new Error(`no number in ${line}`);
  return Number(m[0]);
}
