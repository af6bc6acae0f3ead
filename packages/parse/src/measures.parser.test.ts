import { describe, expect, it } from '@jest/globals';
import { parseReport } from './parse-report.js';
import { percentOf, statusOf } from './measures.parser.js';
import { META, readSeed } from './test-support/seed-fixtures.js';
import { seedToPages } from './test-support/seed-pages.js';

describe('statusOf / percentOf', () => {
  it.each([
    ['ดำเนินการแล้ว', 'done'],
    ['ดำเนินการเรียบร้อยแล้ว', 'done'],
    ['อยู่ระหว่างดำเนินการ', 'in_progress'],
    ['ยังไม่ได้ดำเนินการ', 'not_started'],
    ['ไม่ได้ดำเนินการ เนื่องจากงบประมาณไม่เพียงพอ', 'not_started'],
    ['รายงานผลการดำเนินงานตามมาตรการ -รอบ 6 เดือน -รอบ 12 เดือน', null],
  ])('%s → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });
  it.each([
    ['ร้อยละ 60', 60],
    ['ดำเนินการได้ 75%', 75],
    ['รอบ 6 เดือน', null],
    ['ร้อยละ 150', null],
  ])('%s → %s', (text, pct) => {
    expect(percentOf(text)).toBe(pct);
  });
});

describe('a progress table with a status column (seed 002 result table with one added)', () => {
  const statuses = ['สถานะ', '', 'ดำเนินการแล้ว ร้อยละ 100', 'อยู่ระหว่างดำเนินการ ร้อยละ 60', 'ยังไม่ได้ดำเนินการ', 'ดำเนินการแล้ว'];
  let row = 0;
  const seed = readSeed('s002')
    .split('\n')
    .map((l, i) => {
      // Result table: L35–38 and L40–43 (1-based); add the status column before หมายเหตุ.
      if (!((i >= 34 && i <= 37) || (i >= 39 && i <= 42)) || !l.includes('\t')) return l;
      const cells = l.split('\t');
      const header = cells[0] === 'มาตรการ' || cells[0] === '';
      const label = header ? (cells[0] === 'มาตรการ' ? 'สถานะ' : '') : statuses[2 + (row++ % 4)]!;
      cells.splice(5, 0, label);
      return cells.join('\t');
    })
    .join('\n');
  const pages = seedToPages(seed);
  const { report } = parseReport(pages, { ...META, pageCount: pages.length });

  it('reads done / in_progress / not_started and the printed percentage', () => {
    expect(report.measures.map((m) => [m.status, m.progressPercent])).toEqual([
      ['done', 100],
      ['in_progress', 60],
      ['not_started', null],
      ['done', null],
    ]);
  });
});

describe('plan and result printings of a measure whose titles OCR read differently (seed 002 scan)', () => {
  // The result table's titles as tesseract read them from the scanned s002 (pages 6–7).
  const ocr: Record<number, [string, string]> = {
    36: ['<b>มาตรการ ตรวจสอบการ ใช้ดุลพินิจ</b>', 'ตรวจสอบการ ใช้ ใช้ดุลพินิจดุลพินิจ'],
    37: ['<b>มาตรการ เผยแพร่ข้อมูล ต่อสาธารณะ</b>', 'มาตรการ -จัดทำข้อมูล ต่อ'],
  };
  const parse = (seed: string) => {
    const pages = seedToPages(seed);
    return parseReport(pages, { ...META, pageCount: pages.length }).report.measures;
  };
  const clean = parse(readSeed('s002'));
  const garbled = readSeed('s002')
    .split('\n')
    .map((l, i) => {
      const swap = ocr[i];
      if (!swap) return l;
      expect(l.startsWith(swap[0])).toBe(true);
      return swap[1] + l.slice(swap[0].length);
    })
    .join('\n');

  it('still pairs each result with its plan: four measures with steps and outputs', () => {
    const measures = parse(garbled);
    expect(measures).toHaveLength(clean.length);
    expect(clean).toHaveLength(4);
    expect(measures.map((m) => [m.steps.length > 0, m.output !== null])).toEqual(clean.map((m) => [m.steps.length > 0, m.output !== null]));
    expect(measures.map((m) => m.output)).toEqual(clean.map((m) => m.output));
  });
});

describe('two OCR readings of one title, each garbled in one word', () => {
  // Plan (L28): a word split by a stray vowel ("คุวาม"); result (L42): a lost mai ek ("ซือสัตย์").
  const title = 'ประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส';
  const seed = readSeed('s002')
    .split('\n')
    .map((l, i) => {
      if (i === 27) return l.replace(title, title.replace('ความซื่อ', 'คุวามซื่อ'));
      if (i === 41) return l.replace(title, title.replace('ซื่อ', 'ซือ'));
      return l;
    })
    .join('\n');
  it('keeps the reading whose words are whole once the lost tone mark is put back', () => {
    expect(readSeed('s002').split('\n')[27]!.startsWith(title)).toBe(true);
    const pages = seedToPages(seed);
    const measures = parseReport(pages, { ...META, pageCount: pages.length }).report.measures;
    expect(measures).toHaveLength(4);
    expect(measures.map((m) => m.title.replace(/\s/g, ''))).toContain(title);
  });
});
