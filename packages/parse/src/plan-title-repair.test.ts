import { describe, expect, it } from '@jest/globals';
import { restoreDroppedMarks } from './plan-title-repair.js';

// Titles of the scanned plan (seed 004) as OCR read them: sara u and tone marks lost.
describe('marks OCR dropped from a title', () => {
  it('puts back the one mark that makes the stretch dictionary words', () => {
    expect(restoreDroppedMarks('มาตรการส่งเสริมคณธรรมและความโปร่งใส')).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส');
    expect(restoreDroppedMarks('โครงการพัฒนาคณภาพการให้บริการประชาชน')).toBe('โครงการพัฒนาคุณภาพการให้บริการประชาชน');
    expect(restoreDroppedMarks('มาตรการออกคำสังมอบหมาย')).toBe('มาตรการออกคำสั่งมอบหมาย');
    expect(restoreDroppedMarks('กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิน')).toBe('กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น');
  });
  it('leaves a title that reads as words, and a name no dictionary knows', () => {
    for (const t of ['โครงการจัดเวทีประชาคม', 'มาตรการจัดการเรืองร้องทุกข์', 'องค์การบริหารส่วนตำบลกระจ่าย', 'มาตรการ NO Gift Policy']) {
      expect(restoreDroppedMarks(t)).toBe(t);
    }
  });
});
