import { LaoError } from '@lao/schemas';
import { normaliseName } from './thai-text.normalise.js';

/** DOMAIN.md §1.1: the official indicator names (2563–2568) and the aliases the framework's own sites use. */
export const OFFICIAL_INDICATORS: Readonly<Record<number, { name: string; aliases: readonly string[] }>> = {
  1: { name: 'การปฏิบัติหน้าที่', aliases: [] },
  2: { name: 'การใช้งบประมาณ', aliases: [] },
  3: { name: 'การใช้อำนาจ', aliases: [] },
  4: { name: 'การใช้ทรัพย์สินของราชการ', aliases: ['การใช้ทรัพย์สินของทางราชการ'] },
  5: { name: 'การแก้ไขปัญหาการทุจริต', aliases: [] },
  6: { name: 'คุณภาพการดำเนินงาน', aliases: [] },
  7: { name: 'ประสิทธิภาพการสื่อสาร', aliases: [] },
  8: { name: 'การปรับปรุงการทำงาน', aliases: ['การปรับปรุงระบบการทำงาน'] },
  9: { name: 'การเปิดเผยข้อมูล', aliases: [] },
  10: { name: 'การป้องกันการทุจริต', aliases: [] },
};

export function officialName(no: number): string {
  const o = OFFICIAL_INDICATORS[no];
  if (!o) throw new LaoError('INVALID_INPUT', `no indicator ${no}`);
  return o.name;
}

export function isOfficialName(no: number, printed: string): boolean {
  const o = OFFICIAL_INDICATORS[no];
  if (!o) return false;
  const p = normaliseName(printed);
  return p === o.name || o.aliases.includes(p);
}

/** Which indicator a 2568 question belongs to (DOMAIN.md §1.2). */
export function indicatorOfQuestion(code: string): number {
  const n = Number(code.slice(1));
  if (code.startsWith('i')) return Math.ceil(n / 3);
  if (code.startsWith('e')) return 5 + Math.ceil(n / 3);
  return n <= 20 ? 9 : 10;
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
