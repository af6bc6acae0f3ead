import { describe, it, expect } from '@jest/globals';
import type { Flag, PageText } from '@lao/schemas';
import { gazetteer } from '@lao/gazetteer';
import { runChecks } from './index.js';
import { goldenReport, sampleInput } from './test-support/sample-input.js';
import type { CheckMention } from './check-input.schema.js';

const deps = { gazetteer: gazetteer(), config: { lowOcrConfidence: 70 } };
const ORG = 'องค์การบริหารส่วนตำบลดงครั่งน้อย';
const orgFlags = (fs: Flag[]): Flag[] => fs.filter((f) => f.code.startsWith('ORG_NAME'));

/** Seed 002 with every spelling of its organisation (and the pasted วานรนิวาส) set right. */
function clean(raw: string): string {
  return raw.replace(/องค์การบริหารส่วนตำบล(?:ดง|คง)?ครั้งน้อย/gu, ORG).replace(/วานรนิวาส/gu, 'ดงครั่งน้อย');
}

function run(edit: (raw: string, page: number) => string, ocrPages: readonly number[] = []): Flag[] {
  const { input } = sampleInput('s002-measures-progress', (raw, page) => edit(clean(raw), page));
  // Pages marked as read by OCR, in the Report and in the page texts alike.
  const report = input.report as { pages: Array<{ no: number; method: string; confidence: number | null }> };
  report.pages = report.pages.map((p) => (ocrPages.includes(p.no) ? { ...p, method: 'ocr', confidence: 91 } : p));
  input.pages = (input.pages ?? []).map((p) => (ocrPages.includes(p.page) ? { ...p, method: 'ocr' as const, confidence: 91 } : p));
  return orgFlags(runChecks(input, deps));
}

/** Changes only the first prose line on `page` that names the organisation. */
function onFirstMention(page: number, change: (raw: string) => string): (raw: string, p: number) => string {
  let done = false;
  return (raw, p) => {
    if (done || p !== page || raw.includes('\t') || !raw.includes(ORG)) return raw;
    done = true;
    return change(raw);
  };
}

describe('organisation identity on generated variants of seed 002', () => {
  it('a clean report raises no organisation flag', () => {
    expect(run((raw) => raw)).toEqual([]);
  });

  it.each([
    ['a tone-mark slip', 'ดงครั้งน้อย'],
    ['a swapped vowel mark', 'ดงครั่งนัอย'],
    ['a look-alike letter', 'คงครั่งน้อย'],
    ['a dropped first syllable', 'ครั่งน้อย'],
    ['two noisy letters', 'คงครั้งน้อย'],
  ])('%s (%s) is ORG_NAME_VARIANT, never ORG_NAME_MISMATCH', (_why, noisy) => {
    const flags = run(onFirstMention(5, (raw) => raw.replace(ORG, `องค์การบริหารส่วนตำบล${noisy}`)));
    expect(flags.map((f) => f.code)).toEqual(['ORG_NAME_VARIANT']);
    expect(flags[0]?.message).toContain(noisy);
    expect(flags[0]?.evidence.map((e) => e.page)).toEqual([5]);
  });

  it.each([
    ['an อบต. of another province', 'องค์การบริหารส่วนตำบลเขาหัวควาย'],
    ['a ทต. from another seed', 'เทศบาลตำบลมะรือโบตก'],
    ['a real tambon close to ours (the gazetteer breaks the tie)', 'องค์การบริหารส่วนตำบลดงน้อย'],
  ])('%s pasted into one paragraph is ORG_NAME_MISMATCH on that page', (_why, other) => {
    const flags = run(onFirstMention(5, (raw) => raw.replace(ORG, other)));
    const mismatch = flags.filter((f) => f.code === 'ORG_NAME_MISMATCH');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.evidence.map((e) => e.page)).toEqual([5]);
    expect(mismatch[0]?.message).toMatch(/^ชื่อหน่วยงานในหน้า 5 \(.+\).* ไม่ตรงกับชื่อหน่วยงานที่จัดทำรายงาน \(องค์การบริหารส่วนตำบลดงครั่งน้อย\) อาจคัดลอกมาจากเอกสารของหน่วยงานอื่น$/u);
    expect(flags.filter((f) => f.code === 'ORG_NAME_VARIANT')).toEqual([]);
  });
});

describe('organisation identity on pages read by OCR', () => {
  const noisy = (name: string) => onFirstMention(5, (raw) => raw.replace(ORG, `องค์การบริหารส่วนตำบล${name}`));

  it('a tone mark OCR dropped (ดงครังน้อย) is the name misread, not a spelling of the document', () => {
    expect(run(noisy('ดงครังน้อย'), [5])).toEqual([]);
  });

  it('the same spelling printed on a text page is ORG_NAME_VARIANT', () => {
    expect(run(noisy('ดงครังน้อย')).map((f) => f.code)).toEqual(['ORG_NAME_VARIANT']);
  });

  it.each([
    ['a different tone mark', 'ดงครั้งน้อย'],
    ['a look-alike letter besides the dropped mark', 'คงครังน้อย'],
  ])('%s (%s) on an OCR page is still ORG_NAME_VARIANT', (_why, name) => {
    const flags = run(noisy(name), [5]);
    expect(flags.map((f) => f.code)).toEqual(['ORG_NAME_VARIANT']);
    expect(flags[0]?.message).toContain(name);
  });

  it('another real LAO on an OCR page is ORG_NAME_MISMATCH', () => {
    const flags = run(onFirstMention(5, (raw) => raw.replace(ORG, 'องค์การบริหารส่วนตำบลเขาหัวควาย')), [5]);
    expect(flags.map((f) => f.code)).toEqual(['ORG_NAME_MISMATCH']);
  });
});

describe('a name OCR split or cut short is not another organisation (seed 001, page 10)', () => {
  const BOX = { x: 0, y: 0, w: 100, h: 12 };
  const page = (no: number, texts: string[]): PageText => ({
    page: no, width: 595, height: 842, method: 'ocr', confidence: 92, tables: [], lostChars: 0, notes: [],
    lines: texts.map((text, i) => ({ id: `p${no}-l${i}`, raw: text, text, box: BOX, confidence: 92 })),
  });
  const org = (p: number, text: string, match: string, relation = 'other'): CheckMention => ({ kind: 'org', page: p, text, match, value: match, relation });
  const check = (mentions: CheckMention[], pages: PageText[] = []): Flag[] =>
    orgFlags(runChecks({ report: { ...goldenReport('s001-ita-analysis'), flags: [] }, mentions, pages }, deps));
  const variantsOnly = (fs: Flag[]): Flag[] => fs.filter((f) => f.code === 'ORG_NAME_VARIANT' && f.evidence.some((e) => e.page === 10));

  it('"เทศบาลตำบลมะ ะรือโบตก" (a space and a repeated vowel inside the name) raises nothing', () => {
    const line = 'ดำเนินงานของเทศบาลตำบลมะ ะรือโบตก ประจำปีงบประมาณ พ.ศ.';
    const flags = check([org(10, line, 'เทศบาลตำบลมะ')]);
    expect(flags.filter((f) => f.code === 'ORG_NAME_MISMATCH')).toEqual([]);
    expect(variantsOnly(flags)).toEqual([]);
  });

  it('a name cut at the line end ("…ของเทศบาลตำบลมะ") raises no ORG_NAME_MISMATCH', () => {
    expect(check([org(10, 'ดำเนินงานของเทศบาลตำบลมะ', 'เทศบาลตำบลมะ')]).filter((f) => f.code === 'ORG_NAME_MISMATCH')).toEqual([]);
  });

  it('another LAO split by a space is still ORG_NAME_MISMATCH', () => {
    const line = 'ของ องค์การบริหารส่วนตำบลแม่ ตง ดังนี้';
    const flags = check([org(10, line, 'องค์การบริหารส่วนตำบลแม่ตง')]);
    expect(flags.map((f) => f.code)).toContain('ORG_NAME_MISMATCH');
  });

  it('a name no gazetteer knows on a line OCR read with low confidence is unreadable, not another organisation', () => {
    const line = (confidence: number): PageText => {
      const p = page(4, ['ขององค์การบริหารส่วนตำบลฆวจรุ่ม ได้ดำเนินการ']);
      return { ...p, lines: p.lines.map((l) => ({ ...l, confidence })) };
    };
    const mention = org(4, 'ขององค์การบริหารส่วนตำบลฆวจรุ่ม ได้ดำเนินการ', 'องค์การบริหารส่วนตำบลฆวจรุ่ม');
    const ocr = (confidence: number) => ({ ...goldenReport('s001-ita-analysis'), flags: [], pages: [{ no: 4, method: 'ocr' as const, confidence }] });
    const run4 = (confidence: number): Flag[] => orgFlags(runChecks({ report: ocr(confidence), mentions: [mention], pages: [line(confidence)] }, deps));
    expect(run4(41)).toEqual([]);
    expect(run4(92).map((f) => f.code)).toEqual(['ORG_NAME_MISMATCH']);
    // A real other tambon is flagged however badly the line was read.
    const real = org(4, 'ขององค์การบริหารส่วนตำบลวานรนิวาส ได้ดำเนินการ', 'องค์การบริหารส่วนตำบลวานรนิวาส');
    expect(orgFlags(runChecks({ report: ocr(41), mentions: [real], pages: [line(41)] }, deps)).map((f) => f.code)).toEqual(['ORG_NAME_MISMATCH']);
  });

  it('a memo line ending on the bare type names the post: the next line is no organisation', () => {
    // "ความเห็นปลัดองค์การบริหารส่วนตำบล" / "เห็นควรอนุมัติ": the parser joins the next line on.
    const generic = org(1, 'ความเห็นปลัดองค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนตำบลเห็นควรอนุมัติ');
    const abbreviated = org(1, 'คำสั่งนายก อบต.', 'อบต.อนุมัติ');
    expect(check([generic, abbreviated])).toEqual([]);
    // A real other tambon wrapped whole onto the next line still is.
    expect(check([org(1, 'ความโปร่งใสขององค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนตำบลวานรนิวาส')]).map((f) => f.code)).toEqual(['ORG_NAME_MISMATCH']);
  });

  it('the evidence of a name wrapped onto the next line shows the whole name', () => {
    const pages = [page(3, ['ความโปร่งใสขององค์การบริหาร', 'ส่วนตำบลแม่ตง ได้ดำเนินการ'])];
    const flags = check([org(3, 'ความโปร่งใสขององค์การบริหาร', 'องค์การบริหารส่วนตำบลแม่ตง')], pages);
    const mismatch = flags.find((f) => f.code === 'ORG_NAME_MISMATCH');
    expect(mismatch?.evidence).toEqual([{ page: 3, text: 'ความโปร่งใสขององค์การบริหาร ส่วนตำบลแม่ตง ได้ดำเนินการ' }]);
  });
});
