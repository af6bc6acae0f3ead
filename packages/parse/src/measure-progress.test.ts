import { describe, expect, it } from '@jest/globals';
import { statedProgress } from './measure-progress.js';

describe('statedProgress: the measure’s own progress in a result cell, not other percentages', () => {
  it.each<[string, number]>([
    ['ดำเนินการแล้ว ร้อยละ 60', 60],
    ['คิดเป็นร้อยละ ๘๐', 80],
    ['สำเร็จ 75%', 75],
    ['ดำเนินการได้ร้อยละ 45.5 ของแผนที่กำหนด', 45.5],
    ['ดำเนินการได้ร้อยละ 90 ของเป้าหมาย', 90],
    ['ร้อยละ 100', 100],
    ['ความก้าวหน้า 40 %', 40],
    ['จัดอบรม 1 ครั้ง ผู้เข้าร่วม 85 คน ดำเนินการแล้วเสร็จ ร้อยละ 100', 100],
    ['ปรับปรุงคู่มือแล้ว อยู่ระหว่างดำเนินการ คิดเป็นร้อยละ ๗๐', 70],
    // Rounds in order: the last one stated.
    ['รอบ 6 เดือน ดำเนินการแล้วร้อยละ 50\nรอบ 12 เดือน ดำเนินการแล้วร้อยละ 100', 100],
    // A share of the people after the progress: the progress still counts.
    ['ผลการดำเนินการ ร้อยละ 80 ผู้เข้าร่วมร้อยละ 95 พึงพอใจ', 80],
  ])('%s → %s', (text, pct) => {
    expect(statedProgress(text)).toBe(pct);
  });

  it.each([
    'ร้อยละ 80 ของผู้เข้าร่วม',
    'จัดอบรม 1 ครั้ง ผู้เข้าร่วม 85 คน คิดเป็นร้อยละ 85',
    'ผู้เข้าร่วมโครงการมีความพึงพอใจร้อยละ 92',
    'ดำเนินการอบรม ผู้ผ่านการทดสอบร้อยละ 80',
    'บุคลากรไม่น้อยกว่าร้อยละ 80 เข้าร่วมกิจกรรม',
    'บุคลากรเข้าร่วม ร้อยละ 80 ขึ้นไป',
    'เบิกจ่ายงบประมาณร้อยละ 45',
    'เผยแพร่ข้อมูล 45 รายการ คิดเป็นร้อยละ 90',
    'ประชาชนมีความรู้ความเข้าใจเพิ่มขึ้นร้อยละ 30',
    'ดำเนินการแล้วเสร็จ',
    'ดำเนินการแล้ว ร้อยละ 150',
    'รายงานผลการดำเนินงานตามมาตรการ -รอบ 6 เดือน -รอบ 12 เดือน',
  ])('%s → null', (text) => {
    expect(statedProgress(text)).toBeNull();
  });
});

describe('statedProgress without a cue word', () => {
  it('the work described, then its share: the progress; a count, then its share: not', () => {
    expect(statedProgress('ประกาศเจตจำนงแล้ว คิดเป็นร้อยละ 100')).toBe(100);
    expect(statedProgress('เผยแพร่คู่มือ คิดเป็นร้อยละ 50')).toBe(50);
    expect(statedProgress('เผยแพร่ข้อมูล 45 รายการ คิดเป็นร้อยละ 90')).toBeNull();
  });
});
