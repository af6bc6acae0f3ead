import { describe, expect, it } from '@jest/globals';
import type { OcrLine } from './ocr-result.types.js';
import { looksUpright, orientationCandidates, readingScore, readingSignal } from './page-orientation.js';

const line = (text: string, box: OcrLine['box'], confidence = 90): OcrLine => ({ text, confidence, box, words: [] });
const wide = (text: string, confidence?: number) => line(text, { x: 100, y: 100, w: 20 * text.length, h: 30 }, confidence);
const tall = (text: string, confidence?: number) => line(text, { x: 100, y: 100, w: 30, h: 20 * text.length }, confidence);

// A title line of a report page, and lines tesseract read from a page upside down (s000-scan p1 turned 180°,
// psm 3, tha+eng, confidence 68).
const UPRIGHT = 'แบบรายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ';
const UPSIDE_DOWN = [
  "๑๕๑๓ 'ษาน พบพระกก0",
  'ษ6ะแล๒ อพูไดบาบด แนหหลแษกบพณะเธรมบแขกรบนพแด',
  'ลื้อซบบทบลรอกแหแดลหบเหเตทนพรบบนบรรก',
  'เแบบษรษหพร๑อลเเยพเตรย[เขบนษพแรบรษายรบบพบดเรน6',
  'แบละษ@ษยแรด แกบลแบพนิดนาบล',
  'แบทหลณษกบพแย๒ขบแขกรบบพร@',
  '๑๓๑๓ WM เชบพระกกแกหุ รื้อขบบทบลรยกเหดล๒',
  'กบเหเขฑทนพรบนนบปรารก1',
  'แบบษรษหพร๑ลเเชกเเตรอ[เขบนษพหแรบชษายรบบพบแรน6',
].join(' ');

describe('page orientation from the first reading', () => {
  it('reads an upright page once: wide lines of dictionary words, confident', () => {
    const s = readingSignal({ confidence: 93, lines: [wide(UPRIGHT), wide(UPRIGHT)] });
    expect(s.sidewaysShare).toBe(0);
    expect(s.coverage).toBeGreaterThan(0.8);
    expect(looksUpright(s)).toBe(true);
    expect(orientationCandidates(s)).toEqual([]);
  });

  it('tries 180° when the words are not words, even in wide lines', () => {
    const s = readingSignal({ confidence: 66, lines: [wide(UPSIDE_DOWN, 66), wide(UPSIDE_DOWN, 66)] });
    expect(s.coverage).toBeLessThan(0.6);
    expect(orientationCandidates(s)).toEqual([180]);
  });

  it('tries 180° on an unconfident reading without Thai (no dictionary to ask)', () => {
    const s = readingSignal({ confidence: 55, lines: [wide('uoıʇɐɔıɟıʇɹǝɔ ɟo ʇɹodǝɹ ǝɥʇ ǝɔuɐuıɟ', 55)] });
    expect(s.coverage).toBeNull();
    expect(orientationCandidates(s)).toEqual([180]);
  });

  it('turns a sideways page 270° first when tesseract read its vertical lines right, else 90° first', () => {
    const readRight = readingSignal({ confidence: 93, lines: [tall(UPRIGHT), wide('๑')] });
    expect(readRight.sidewaysShare).toBeGreaterThan(0.9);
    expect(looksUpright(readRight)).toBe(false);
    expect(orientationCandidates(readRight)).toEqual([270, 90]);
    const garbage = readingSignal({ confidence: 74, lines: [tall(UPSIDE_DOWN, 74)] });
    expect(orientationCandidates(garbage)).toEqual([90, 270]);
  });

  it('leaves pages with too little text alone', () => {
    const s = readingSignal({ confidence: 20, lines: [tall('ลงชื่อ', 20)] });
    expect(orientationCandidates(s)).toEqual([]);
    expect(readingScore(s)).toBe(0);
  });

  it('scores an upright reading clearly above the same page upside down or sideways', () => {
    const upright = readingScore(readingSignal({ confidence: 93, lines: [wide(UPRIGHT)] }));
    const flipped = readingScore(readingSignal({ confidence: 66, lines: [wide(UPSIDE_DOWN, 66)] }));
    const sideways = readingScore(readingSignal({ confidence: 93, lines: [tall(UPRIGHT)] }));
    expect(upright - flipped).toBeGreaterThan(0.5);
    expect(sideways).toBe(0);
  });
});
