import { describe, it, expect } from '@jest/globals';
import { dictionaryCoverage, isKnownWord, segmentWords } from './word-segmenter.js';
import { mapThaiPua } from './pua-glyph.map.js';

describe('segmentWords', () => {
  it('segments an ITA heading with the project vocabulary (S000 L13)', () => {
    const words = segmentWords('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ').map((w) => w.text);
    expect(words).toEqual(
      expect.arrayContaining(['การวิเคราะห์', 'ผลการประเมิน', 'คุณธรรม', 'ความโปร่งใส', 'การดำเนินงาน', 'หน่วยงาน']),
    );
    expect(words.join('')).toBe('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ');
  });
  it('keeps domain words whole and returns offsets into the input', () => {
    const s = 'องค์การบริหารส่วนตำบลขอนแก่น ประจำปีงบประมาณ พ.ศ. ๒๕๖๘';
    const segs = segmentWords(s);
    expect(segs[0]).toMatchObject({ text: 'องค์การบริหารส่วนตำบล', known: true, thai: true, start: 0 });
    for (const seg of segs) expect(s.slice(seg.start, seg.end)).toBe(seg.text);
    expect(segs.some((seg) => seg.text === 'ปีงบประมาณ' && seg.known)).toBe(true);
  });
  it('knows the ITA vocabulary', () => {
    for (const w of ['ตัวชี้วัด', 'ปีงบประมาณ', 'คุณธรรม', 'ความโปร่งใส', 'ผู้รับผิดชอบ', 'องค์การบริหารส่วนตำบล']) {
      expect(isKnownWord(w)).toBe(true);
    }
    expect(isKnownWord('มะรุือโบ')).toBe(false);
  });
});

describe('dictionaryCoverage', () => {
  it('is high on clean seed prose', () => {
    const s =
      'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ มีเจตนารมณ์มุ่งหวังให้หน่วยงานภาครัฐกลุ่มเป้าหมายได้รับทราบระดับคุณธรรมและความโปร่งใสของหน่วยงานตนเอง';
    expect(dictionaryCoverage(s)).toBeGreaterThan(0.95);
  });
  it('drops on a text layer that lost glyphs or kept private-use ones', () => {
    const clean = 'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ';
    // every tone mark and upper vowel replaced by U+0000, as pdf.js gives for Skia GSUB alternates
    const lost = clean.replace(/[\u0E31\u0E34-\u0E37\u0E47-\u0E4C]/gu, '\u0000');
    const cleanCov = dictionaryCoverage(clean) ?? 0;
    expect(dictionaryCoverage(lost) ?? 1).toBeLessThan(cleanCov - 0.3);
    // a shifted-glyph text layer that was not repaired
    const pua = 'การใช\uF70Bทรัพย\uF70Eสินของทางราชการ';
    expect(dictionaryCoverage(pua) ?? 1).toBeLessThan(dictionaryCoverage(mapThaiPua(pua)) ?? 0);
  });
  it('is null without Thai text', () => {
    expect(dictionaryCoverage('ITA 2568 (OIT) 91.25')).toBeNull();
    expect(dictionaryCoverage('')).toBeNull();
  });
});
