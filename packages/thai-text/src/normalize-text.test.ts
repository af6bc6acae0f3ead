import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { normalizeText } from './normalize-text.js';
import { repairThai } from './thai-unicode.repair.js';

describe('normalizeText', () => {
  it.each([
    ['  แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)   คะแนนรวม ๙๑.๒๕ คะแนน ', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) คะแนนรวม 91.25 คะแนน'],
    ['๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘', '1 ตุลาคม 2568 - 30 กันยายน 2568'],
    ['รายงานผลการด\u0E4D\u0E32เนินการ\u200B', 'รายงานผลการดำเนินการ'],
    ['ที\uF70A\nสุด', 'ที่ สุด'],
    // fast-check counterexample (CI, seed 303225925): a no-break space between ำ and า.
    ['ดำ\u00A0าเนินการ', 'ดำเนินการ'],
  ])('%j', (raw, want) => {
    expect(normalizeText(raw)).toBe(want);
  });
  it('keeps digits or tabs when asked', () => {
    expect(normalizeText(' พ.ศ.  ๒๕๖๘ ', { digits: 'keep' })).toBe('พ.ศ. ๒๕๖๘');
    expect(normalizeText('1๑\tการปฏิบัติงาน  ของเจ้าหน้าที่\t\t๙๕.๑๗ ', { keepTabs: true })).toBe(
      '11\tการปฏิบัติงาน ของเจ้าหน้าที่\t\t95.17',
    );
  });
});

// Generated "Thai-like" strings: consonants, vowels, marks in any order, PUA glyphs, digits,
// spaces, invisibles, dashes and quotes, U+0000 / U+FFFD and some Latin.
const thaiChar = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0x0e01, max: 0x0e2e }) },
  { weight: 4, arbitrary: fc.integer({ min: 0x0e30, max: 0x0e4e }) },
  { weight: 2, arbitrary: fc.integer({ min: 0x0e50, max: 0x0e59 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0xf700, max: 0xf71a }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xf884, max: 0xf89e }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0x20, 0x0a, 0x09, 0xa0, 0x200b, 0xfeff, 0xad, 0x2013, 0x201c, 0x2019, 0x00, 0xfffd, 0x41, 0x2e, 0x30),
  },
).map((cp) => String.fromCharCode(cp));
const thaiString = fc.array(thaiChar, { maxLength: 40 }).map((cs) => cs.join(''));

function consonants(s: string): string {
  return [...s].filter((c) => c >= '\u0E01' && c <= '\u0E2E').join('');
}

describe('normalisation properties', () => {
  it('normalizeText and repairThai are idempotent', () => {
    fc.assert(
      fc.property(thaiString, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        const r = repairThai(s);
        expect(repairThai(r)).toBe(r);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });
  it('never drops or reorders a Thai consonant (descender-less PUA forms count as theirs)', () => {
    const puaConsonants: Record<string, string> = { '\uF700': 'ฐ', '\uF89E': 'ฐ', '\uF70F': 'ญ', '\uF89A': 'ญ' };
    fc.assert(
      fc.property(thaiString, (s) => {
        const expected = consonants(s.replace(/[\uF700\uF89E\uF70F\uF89A]/gu, (c) => puaConsonants[c] ?? c));
        expect(consonants(normalizeText(s))).toBe(expected);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });
  it('keeps every lost-character marker', () => {
    fc.assert(
      fc.property(thaiString, (s) => {
        const count = (t: string) => [...t].filter((c) => c === '\u0000' || c === '\uFFFD').length;
        expect(count(normalizeText(s))).toBe(count(s));
      }),
      { numRuns: 1000 },
    );
  });
});
