import { describe, it, expect } from '@jest/globals';
import type { TextLine } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';
import { decideTextLayer } from './text-layer.decision.js';

// Seed 000 (คำนำ and the summary), as a clean text layer gives it.
const CLEAN = [
  'การประเมินคุณธรรม และความโปร่งใสในการดำเนินงานหน่วยงานภาครัฐ (Integrity And Transparency Assessment : ITA)',
  'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เป็นการประเมินเพื่อเสริมสร้างคุณธรรมและความโปร่งใสในการดำเนินงาน',
  'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลขอนแก่น โดยมีภาพรวมได้คะแนนร้อยละ ๘๖.๔๘',
];

const page = (raws: string[]): { lines: TextLine[] } => ({
  lines: raws.map((raw, i) => ({ id: `p1-l${i}`, raw, text: normalizeText(raw), box: { x: 0, y: i * 20, w: 400, h: 16 }, confidence: null })),
});

// A font whose map is off by one consonant: Thai letters, but no Thai words.
const shifted = (s: string) => s.replace(/[\u0E01-\u0E2D]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 1));
// TIS-620 bytes read as Latin-1: what a text layer gives when a Thai font has no usable ToUnicode.
const latin1Soup = (s: string) => Buffer.from(s.replace(/[\u0E01-\u0E5B]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e00 + 0xa0)), 'latin1').toString('latin1');

describe('a scan with a text layer of its own (a scanner OCR)', () => {
  const englishOcr = ['Tmnmsflszfiuqmkm LLazauuin^siiu 1uamsiiw‘uilumu', 'ThIUWUEIO-]‘ITIEIS] fia-n uumiia 2568 I1nnn'];
  it('all Latin over a full-page image → OCR', () => {
    const v = decideTextLayer(page(englishOcr), { imageCoverage: 0.98 });
    expect(v.usable).toBe(false);
    expect(v.reasons.some((r) => r.startsWith('scan-text-not-thai:'))).toBe(true);
  });
  it('the same text on a page with no full-page image is judged as before (usable)', () => {
    expect(decideTextLayer(page(englishOcr), { imageCoverage: 0 }).usable).toBe(true);
    expect(decideTextLayer(page(englishOcr)).usable).toBe(true);
  });
  it('a Thai text layer over a scan is still taken when it is clean', () => {
    expect(decideTextLayer(page(CLEAN), { imageCoverage: 0.98 }).reasons).toEqual([]);
  });
});

describe('decideTextLayer', () => {
  it.each([
    ['clean Thai prose', CLEAN, []],
    ['PUA glyphs the map knows (Loma, TLWG shifted marks) are repaired, so usable', CLEAN.map((s) => s.replace(/ี/gu, '\uF70B')), []],
    ['one author typo (มะรุือ) on a page is not a broken layer', [...CLEAN, 'เทศบาลตำบลมะรุือโบตก'], []],
  ])('%s → usable', (_name, raws, reasons) => {
    const v = decideTextLayer(page(raws));
    expect(v.reasons).toEqual(reasons);
    expect(v.usable).toBe(true);
    expect(v.signals.dictionaryCoverage).toBeGreaterThan(0.8);
  });

  it.each([
    ['an empty page (scan)', [], 'too-few-chars'],
    ['a page number only', ['- ๒ -'], 'too-few-chars'],
    ['NUL glyphs (Skia alternates without ActualText)', CLEAN.map((s) => s.replace(/ี/gu, '\u0000')), 'lost-chars'],
    ['U+FFFD', [...CLEAN, 'ผลการประเม\uFFFDน'], 'lost-chars'],
    ['private-use code points no map knows', CLEAN.map((s) => s.replace(/ร/gu, '\uE0A1')), 'pua'],
    ['Latin-1 soup from a font without ToUnicode', CLEAN.map(latin1Soup), 'foreign-chars'],
    ['spaces before marks and split sara am (glyph-per-item layers)', CLEAN.map((s) => s.replace(/([ก-ฮ])([ิีึืุู่้])/gu, '$1 $2').replace(/ำ/gu, ' า')), 'mark-errors'],
    ['Thai letters without Thai words (off-by-one font map)', CLEAN.map(shifted), 'dictionary'],
  ])('%s → OCR (%s)', (_name, raws, reason) => {
    const v = decideTextLayer(page(raws));
    expect(v.usable).toBe(false);
    expect(v.reasons.some((r) => r.startsWith(`${reason}:`))).toBe(true);
  });

  it('passes a blank page holding only its number when nothing on it is an image, and OCRs it when it may be a scan', () => {
    expect(decideTextLayer(page(['- 20 -']), { imageCoverage: 0 }).usable).toBe(true);
    expect(decideTextLayer(page(['- 20 -']), { imageCoverage: 0.92 }).reasons).toEqual(['too-few-chars:4']);
    expect(decideTextLayer(page(['- 20 -'])).usable).toBe(false);
  });
});
