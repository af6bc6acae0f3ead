import { describe, it, expect } from '@jest/globals';
import { countLostChars, repairThai } from './thai-unicode.repair.js';
import { PUA_TO_THAI, mapThaiPua } from './pua-glyph.map.js';

const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';

describe('repairThai', () => {
  it.each([
    // decomposed sara am as pdf.js, Tesseract and S004 L1357 give it
    ['จัดทำคำสั่งคณะทํางานเพื่อกําหนด', 'จัดทำคำสั่งคณะทำงานเพื่อกำหนด'],
    [`รายงานผลการด${NIKHAHIT}${SARA_AA}เนินการ`, 'รายงานผลการดำเนินการ'],
    // nikhahit typed before the tone mark: ํ + ้ + า → ้ + ำ
    [`น${NIKHAHIT}\u0E49${SARA_AA}`, 'น้ำ'],
    // LibreOffice text layer: ำ followed by a stray า
    ['การดำาเนินงาน', 'การดำเนินงาน'],
    ['การดำ าเนินงาน', 'การดำเนินงาน'],
    // sara e typed twice for sara ae
    ['เเผนปฏิบัติการ', 'แผนปฏิบัติการ'],
    // tone typed after sara am
    ['นำ้', 'น้ำ'],
    // tone mark before a below vowel (LibreOffice + Norasi): ่ ุ → ุ ่
    ['ผ\u0E49\u0E39', 'ผู้'],
    ['ก\u0E48\u0E38', 'ก\u0E38\u0E48'],
    // tone before an upper vowel
    ['ท\u0E48\u0E35', 'ท\u0E35\u0E48'],
    // zero-width characters and soft hyphen removed
    ['องค์การ\u200Bบริหาร\u00ADส่วน\uFEFFตำบล\u200C\u200D\u2060', 'องค์การบริหารส่วนตำบล'],
    ['๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘', '๑ ตุลาคม ๒๕๖๘ - ๓๐ กันยายน ๒๕๖๘'],
    ['ด้าน “บริการเป็นเลิศ” ‘ก’ — จบ', 'ด้าน "บริการเป็นเลิศ" \'ก\' - จบ'],
    ['Ｅ๑', 'E๑'],
  ])('%j', (raw, clean) => {
    expect(repairThai(raw)).toBe(clean);
  });

  it('maps the Windows and Mac private-use glyphs of a Loma text layer back', () => {
    // "ที่" with the shifted-down mai ek (U+F70A) and "ปั้น" with left-shifted marks over ป
    expect(repairThai('ท\u0E35\uF70A')).toBe('ที่');
    expect(repairThai('ท\uF70A')).toBe('ท่');
    expect(repairThai('ป\uF710\uF714น')).toBe('ปั้น');
    expect(repairThai('ป\uF884\uF88Dน')).toBe('ปั้น');
    expect(repairThai('\uF700\u0E38')).toBe('ฐุ');
    expect(repairThai('\uF70Fุ')).toBe('ญุ');
  });

  it('normalises a string with PUA tone marks and a split sara am to its clean twin', () => {
    const clean = 'การใช้ทรัพย์สินของทางราชการ ดำเนินการอย่างสม่ำเสมอ ที่นั่น';
    const dirty =
      'การใช\uF70Bทรัพย\uF70Eสินของทางราชการ ด\u0E4D\u0E32เนินการอย\uF70Aางสม\uF70Aํ\u0E32เสมอ ท\u0E35\uF70Aนั\uF713น';
    expect(repairThai(dirty)).toBe(clean);
  });

  it('keeps lost-character markers visible', () => {
    const s = 'ปี\u0000งบประมาณ \uFFFD';
    expect(repairThai(s)).toBe(s);
    expect(countLostChars(repairThai(s))).toBe(2);
    expect(countLostChars('ในหน่วยงานของท่าน มีเจ้าหน้าที่')).toBe(0);
  });

  it('never decomposes sara am the way NFKC does', () => {
    expect(repairThai('สม่ำเสมอ')).toBe('สม่ำเสมอ');
    expect('ำ'.normalize('NFKC')).not.toBe('ำ');
  });
});

describe('PUA table', () => {
  it('covers U+F700–U+F71A and U+F884–U+F89E completely and only with Thai marks or letters', () => {
    const keys = [...PUA_TO_THAI.keys()].map((k) => k.charCodeAt(0));
    const expected = [
      ...Array.from({ length: 0x1b }, (_, i) => 0xf700 + i),
      ...Array.from({ length: 0x1b }, (_, i) => 0xf884 + i),
    ];
    expect(keys.sort((a, b) => a - b)).toEqual(expected);
    for (const v of PUA_TO_THAI.values()) expect(v).toMatch(/^[\u0E01-\u0E4E]$/u);
  });
  it.each([
    [0xf70a, 0x0e48],
    [0xf70b, 0x0e49],
    [0xf70c, 0x0e4a],
    [0xf70d, 0x0e4b],
    [0xf70e, 0x0e4c],
    [0xf710, 0x0e31],
    [0xf701, 0x0e34],
    [0xf712, 0x0e47],
    [0xf711, 0x0e4d],
    [0xf718, 0x0e38],
    [0xf89b, 0x0e38],
    [0xf88b, 0x0e48],
    [0xf884, 0x0e31],
    [0xf89e, 0x0e10],
    [0xf89a, 0x0e0d],
  ])('U+%s', (pua, std) => {
    expect(mapThaiPua(String.fromCharCode(pua))).toBe(String.fromCharCode(std));
  });
});
