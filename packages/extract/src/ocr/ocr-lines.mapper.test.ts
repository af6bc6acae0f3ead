import { describe, expect, it } from '@jest/globals';
import { blocksToLines, groupWords, type TesseractLineLike } from './ocr-lines.mapper.js';

const word = (text: string, x0: number, x1: number, confidence = 90) => ({ text, confidence, bbox: { x0, y0: 10, x1, y1: 40 } });

describe('groupWords', () => {
  it('joins Thai glyph clusters up to the spaces tesseract put in the line text', () => {
    // The shape tesseract.js returns for "ข้อ 1๒  ๘๓.๓๓" (clusters as words, spacing only in line text).
    const line: TesseractLineLike = {
      text: 'ข้อ 1๒  ๘๓.๓๓\n',
      confidence: 88,
      bbox: { x0: 0, y0: 10, x1: 300, y1: 40 },
      words: [word('ข้', 0, 20, 96), word('อ', 20, 35, 96), word('1', 50, 60, 96), word('๒', 60, 75, 93), word('๘๓.', 120, 160, 75), word('๓', 160, 175, 66), word('๓', 175, 190, 93)],
    };
    const words = groupWords(line);
    expect(words.map((w) => w.text)).toEqual(['ข้อ', '1๒', '๘๓.๓๓']);
    expect(words[2]).toMatchObject({ box: { x: 120, y: 10, w: 70, h: 30 }, minConfidence: 66 });
    expect(words[2]!.confidence).toBeCloseTo((75 + 66 + 93) / 3, 6);
  });

  it('keeps one word for a line without spaces', () => {
    const line: TesseractLineLike = {
      text: 'ผ่าน\n',
      confidence: 93,
      bbox: { x0: 0, y0: 10, x1: 60, y1: 40 },
      words: [word('ผ่', 0, 20), word('า', 20, 35), word('น', 35, 60)],
    };
    expect(groupWords(line).map((w) => w.text)).toEqual(['ผ่าน']);
  });
});

describe('blocksToLines', () => {
  it('flattens blocks and paragraphs in order and drops blank lines', () => {
    const mk = (text: string): TesseractLineLike => ({ text, confidence: 90, bbox: { x0: 0, y0: 0, x1: 10, y1: 10 }, words: [word(text.trim(), 0, 10)] });
    const lines = blocksToLines([{ paragraphs: [{ lines: [mk('คำนำ\n'), mk(' \n')] }] }, { paragraphs: [{ lines: [mk('สารบัญ\n')] }] }]);
    expect(lines.map((l) => l.text)).toEqual(['คำนำ', 'สารบัญ']);
  });
});
