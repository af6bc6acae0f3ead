import { describe, expect, it } from '@jest/globals';
import { mergeMarks, skeleton } from './mark-merge.js';

// Page and cell readings of the same table cells of the scanned samples (s001-scan, s002-scan).
describe('mergeMarks', () => {
  it('skeleton drops vowels above and below and tone marks, keeps the rest', () => {
    expect(skeleton('การจัดซื้อ')).toBe('การจดซอ');
    expect(skeleton('สุจริต ๒๕๖๗')).toBe('สจรต ๒๕๖๗');
  });

  it('gives a cell word the page reading’s marks when they form dictionary words', () => {
    expect(mergeMarks(['การจดซอ'], 'การจัดซื้อ')).toEqual(['การจัดซื้อ']);
    expect(mergeMarks(['สูจริตอย่าง'], 'สุจริตอย่าง')).toEqual(['สุจริตอย่าง']);
    expect(mergeMarks(['การทจริต'], 'การทุจริต')).toEqual(['การทุจริต']);
    expect(mergeMarks(['อยางมคณธรรม'], 'อย่างมีคุณธรรม')).toEqual(['อย่างมีคุณธรรม']);
    expect(mergeMarks(['วนท', '๒'], 'วันที่ ๒')).toEqual(['วันที่', '๒']);
  });

  it('finds each word in a page reading that is split differently or holds more text', () => {
    expect(mergeMarks(['ความซอสตย'], 'ซื่อสัตย์ ความซื่อสัตย์')).toEqual(['ความซื่อสัตย์']);
    expect(mergeMarks(['สจริต', 'โปร่งใส'], 'สุจริตอย่าง สุจริต โปร่งใส ประจําปี ๒๕๒๕')).toEqual(['สุจริต', 'โปร่งใส']);
  });

  it('keeps the cell word where its own marks form words better', () => {
    expect(mergeMarks(['ซื่อสัตย์'], 'ซือสัตย์')).toEqual(['ซื่อสัตย์']);
    expect(mergeMarks(['ความ'], 'คุวาม')).toEqual(['ความ']);
    expect(mergeMarks(['ตําบลดงครั้ง'], 'ตําบลดงครัง')).toEqual(['ตําบลดงครั้ง']);
    // Sara am decomposed (nikhahit + า, as OCR gives it) is the dictionary's ำ.
    expect(mergeMarks(['อานาจ'], 'อํานาจ')).toEqual(['อํานาจ']);
    expect(mergeMarks(['อํานาจ'], 'อานาจ')).toEqual(['อํานาจ']);
    expect(mergeMarks(['อานาจ'], 'อำนาจ')).toEqual(['อำนาจ']);
    // A stray mark in the page reading is no gain.
    expect(mergeMarks(['และโปร่งใส'], 'แล่ะโปร่งใส')).toEqual(['และโปร่งใส']);
  });

  it('mixes the two readings letter by letter where each kept marks the other lost (s004-scan cells)', () => {
    expect(mergeMarks(['เสี่ยงการทจริตขององค์การ'], 'เสียงการทุจริตขององค์การ')).toEqual(['เสี่ยงการทุจริตขององค์การ']);
    expect(mergeMarks(['เสียงการทุจริตขององค์การ'], 'เสี่ยงการทจริตขององค์การ')).toEqual(['เสี่ยงการทุจริตขององค์การ']);
    expect(mergeMarks(['มาตรการจัดการเรืองร้องทุกข์/'], 'มาตรการจัดการเรื่องร้องทุกข์/')).toEqual(['มาตรการจัดการเรื่องร้องทุกข์/']);
    // Each reading lost one of the two marks stacked on ร: together they make the word.
    expect(mergeMarks(['ทางการรับเรืองร้องเรียน'], 'ทางการรับเร่องร้องเรียน')).toEqual(['ทางการรับเรื่องร้องเรียน']);
  });

  it('leaves words whose consonants or digits differ, and words too short to judge', () => {
    expect(mergeMarks(['94.44'], '94.41')).toEqual(['94.44']);
    expect(mergeMarks(['การจดซอ'], 'การจัดจ้าง')).toEqual(['การจดซอ']);
    expect(mergeMarks(['ข้อ'], 'ขอ')).toEqual(['ข้อ']);
    expect(mergeMarks(['กา'], 'ก้า')).toEqual(['กา']);
  });
});
