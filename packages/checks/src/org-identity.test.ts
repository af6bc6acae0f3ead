import { describe, it, expect } from '@jest/globals';
import type { Flag } from '@lao/schemas';
import { gazetteer } from '@lao/gazetteer';
import { runChecks } from './index.js';
import { sampleInput } from './test-support/sample-input.js';

const deps = { gazetteer: gazetteer(), config: { lowOcrConfidence: 70 } };
const ORG = 'องค์การบริหารส่วนตำบลดงครั่งน้อย';
const orgFlags = (fs: Flag[]): Flag[] => fs.filter((f) => f.code.startsWith('ORG_NAME'));

/** Seed 002 with every spelling of its organisation (and the pasted วานรนิวาส) set right. */
function clean(raw: string): string {
  return raw.replace(/องค์การบริหารส่วนตำบล(?:ดง|คง)?ครั้งน้อย/gu, ORG).replace(/วานรนิวาส/gu, 'ดงครั่งน้อย');
}

function run(edit: (raw: string, page: number) => string): Flag[] {
  const { input } = sampleInput('s002-measures-progress', (raw, page) => edit(clean(raw), page));
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
