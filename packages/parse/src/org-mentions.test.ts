import { describe, expect, it } from '@jest/globals';
import type { PageText } from '@lao/schemas';
import type { DocLine } from './document.model.js';
import { findOrgMentions } from './org-mentions.js';
import { parseReport } from './parse-report.js';

const BOX = { x: 0, y: 0, w: 300, h: 12 };

/** Consecutive lines of one page, as buildDoc numbers them. */
function lines(page: number, texts: string[], from = 0): DocLine[] {
  return texts.map((text, i) => ({ id: `p${page}-l${from + i}`, page, text, box: BOX, confidence: null, index: from + i }));
}

describe('findOrgMentions: a name wrapped onto the next line', () => {
  it('is whole when the next line holds only the rest of the name ("…ตำบลกระ" / "จ่าย\\"")', () => {
    const [m] = findOrgMentions(lines(11, ['งานตามประมวลจริยธรรมของ องค์การบริหารส่วนตำบลกระ', 'จ่าย"']));
    expect(m).toMatchObject({ core: 'กระจ่าย', clean: true });
    expect(m?.lineCore).toBeUndefined();
  });

  it('is whole when the next line is the tail alone ("…ตำบลกระจ" / "าย")', () => {
    const [m] = findOrgMentions(lines(7, ['องค์การบริหารส่วนตำบลกระจ', 'าย']));
    expect(m).toMatchObject({ core: 'กระจาย', clean: true });
  });

  it('stays open when the next line goes on with more words (the line may have ended the name)', () => {
    const [m] = findOrgMentions(lines(3, ['ขององค์การบริหารส่วนตำบลกระจาย', 'มอบหมาย ผู้รับผิดชอบดำเนินการ']));
    expect(m).toMatchObject({ clean: false, lineCore: 'กระจาย' });
  });

  it('does not join a line of another page', () => {
    const ms = findOrgMentions([...lines(3, ['องค์การบริหารส่วนตำบลกระ']), ...lines(4, ['จ่าย"'], 1)]);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ core: 'กระ', clean: true });
  });
});

function page(no: number, texts: string[]): PageText {
  return {
    page: no,
    width: 595,
    height: 842,
    method: 'ocr',
    confidence: 93,
    lines: texts.map((text, i) => ({ id: `p${no}-l${i}`, raw: text, text, box: { ...BOX, y: 20 * i }, confidence: 93 })),
    tables: [],
    lostChars: 0,
    notes: [],
  };
}

describe('the organisation name is not cut short by one wrapped mention', () => {
  it('a narrow cell wrapping "…ตำบลกระ" / "จ่าย\\"" leaves the name กระจาย whole', () => {
    const pages = [
      page(1, ['แผนปฏิบัติการป้องกันการทุจริต', 'องค์การบริหารส่วนตำบลกระจาย', 'อำเภอป่าติ้ว จังหวัดยโสธร']),
      page(2, ['เจ้าหน้าที่ บุคลากรขององค์การบริหารส่วนตำบลกระจาย 50 คน', 'มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของ', 'องค์การบริหารส่วนตำบลกระ', 'จ่าย"']),
      page(3, ['ปฏิบัติงานขององค์การบริหารส่วนตำบลกระจาย ปฏิบัติตามประมวลจริยธรรม']),
    ];
    const { report } = parseReport(pages, { fileName: 'plan.pdf', sha256: 'a'.repeat(64), pageCount: 3 });
    expect(report.org.name).toBe('องค์การบริหารส่วนตำบลกระจาย');
    expect(report.org.variants).toEqual(['องค์การบริหารส่วนตำบลกระจ่าย']);
  });
});
