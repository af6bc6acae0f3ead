import { describe, it, expect } from '@jest/globals';
import { findForeignLookalikes, findImpossibleMarks } from './thai-anomaly.detector.js';

describe('findImpossibleMarks', () => {
  it.each([
    ['จากการวิเคราะห์ผลประเมิน ITA ประจำปี ๒๕๖๘ ของเทศบาลตำบลมะรุือโบตก', 'two_vowels', 'รุื'], // S001 L349
    ['ตรวจสอบอย่างสม่่าเสมอ', 'two_tones', 'ม่่'], // S004
    ['ก้้', 'two_tones', 'ก้้'],
    [' ่เริ่ม', 'mark_without_base', '่'],
    ['ปี\u0000ุ', 'mark_without_base', 'ุ'],
  ])('%j has %s at %j', (s, kind, text) => {
    const found = findImpossibleMarks(s);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind, text });
    expect(s.slice(found[0]?.start, found[0]?.end)).toBe(text);
  });

  it.each([
    ['การใช้ทรัพย์สินของทางราชการ'],
    ['ผู้มีส่วนได้ส่วนเสียภายใน'],
    ['สิทธิ์ ศักดิ์ ปั้น เพื่อ ที่นั่น ก็ ทั้ง'],
    ['มะรือโบตก ดงครั่งน้อย กระจาย'],
  ])('no anomaly in %j', (s) => {
    expect(findImpossibleMarks(s)).toEqual([]);
  });
});

describe('findForeignLookalikes', () => {
  it('finds the Devanagari letters of seed 001 L349', () => {
    const s = 'ของเทศบาลตำบลมะรุือโบटक ราย';
    const [hit, ...rest] = findForeignLookalikes(s);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ script: 'devanagari', text: 'टक', token: 'ของเทศบาลตำบลมะรุือโบटक' });
    expect(s.slice(hit?.start, hit?.end)).toBe('टक');
  });
  it('finds Lao letters and short Latin runs glued to Thai letters', () => {
    expect(findForeignLookalikes('ตำบลມະ').map((f) => f.script)).toEqual(['lao']);
    expect(findForeignLookalikes('กxข').map((f) => f.text)).toEqual(['x']);
  });
  it.each([
    ['รายละเอียดตัวชี้วัด ข้อคำถามของแบบวัด EIT (External Integrity and Transparency Assessment)'],
    ['โครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (E-Service)'],
    ['ระบบe-Service'],
    ['ITAของหน่วยงาน'],
    ['มาตรการ NO Gift Policy'],
  ])('leaves ordinary mixed text alone: %j', (s) => {
    expect(findForeignLookalikes(s)).toEqual([]);
  });
});
