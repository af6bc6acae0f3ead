import { describe, expect, it } from '@jest/globals';
import { cleanTitleStart, dropOcrScraps, isAmountText, isTickResidue, isTicked, isTotalText, isWholeYearRemark, readDimension, readRowNo, splitLeadingNo, takeStrayDimension, titleSimilarity } from './plan-cells.js';

// Cell texts as OCR read them from the scanned anti-corruption plan (e-PlanNACC year tables).
describe('quarter cells', () => {
  it('reads tick marks and the scraps OCR leaves of them as ticked', () => {
    for (const t of ['☑', '✓', 'checked', '[7', 'ท', 'ท2ท', 'NEN', 'x', '/']) expect(isTicked(t)).toBe(true);
  });
  it('reads empty boxes, dashes and ruling scraps as not ticked', () => {
    for (const t of ['', ' ', '☐', '-', '|', '.', '—']) expect(isTicked(t)).toBe(false);
  });
});

describe('the มิติ cell', () => {
  it('reads a digit 1–4 with ruling scraps around it', () => {
    expect(readDimension('2')).toBe(2);
    expect(readDimension('»2')).toBe(2);
    expect(readDimension('๓')).toBe(3);
    expect(readDimension('มิติที่ 4')).toBe(4);
  });
  it('leaves letters OCR made of the digit, and numbers outside 1–4, unknown', () => {
    for (const t of ['aq', '-_', 'กง', '5', '0', '', '20,000.00']) expect(readDimension(t)).toBeNull();
  });
});

describe('the ลำดับ cell', () => {
  it('reads whole numbers with ruling scraps', () => {
    expect(readRowNo('12')).toBe(12);
    expect(readRowNo('(3')).toBe(3);
    expect(readRowNo('๔๑')).toBe(41);
  });
  it('leaves garbage unknown', () => {
    for (const t of ['aq', 'a0', '0 3', '', '1.5']) expect(readRowNo(t)).toBeNull();
  });
});

describe('a title with its ลำดับ glued on', () => {
  it('takes the number and the ruling scrap off', () => {
    expect(splitLeadingNo("30 ก'กิจกรรมการใช้บัตรคิวในการติดต่อราชการ")).toEqual({ no: 30, title: 'กิจกรรมการใช้บัตรคิวในการติดต่อราชการ' });
    expect(splitLeadingNo('2 โครงการโรงเรียนคุณธรรม')).toEqual({ no: 2, title: 'โครงการโรงเรียนคุณธรรม' });
    expect(splitLeadingNo('13 กกิจกรรม , "ควบคุมการเบิกจ่ายเงิน"')).toEqual({ no: 13, title: 'กิจกรรม , "ควบคุมการเบิกจ่ายเงิน"' });
  });
  it('keeps numbers that belong to the title', () => {
    expect(splitLeadingNo('5ส เพื่อความโปร่งใส')).toEqual({ no: null, title: '5ส เพื่อความโปร่งใส' });
    expect(splitLeadingNo('โครงการจัดเวทีประชาคม')).toEqual({ no: null, title: 'โครงการจัดเวทีประชาคม' });
  });
  it('takes a stray letter off before an opener word, not a real first letter', () => {
    expect(cleanTitleStart('แมาตรการออกคำสั่งมอบหมาย')).toBe('มาตรการออกคำสั่งมอบหมาย');
    expect(cleanTitleStart('ส่งเสริมการมีส่วนร่วมของประชาชน')).toBe('ส่งเสริมการมีส่วนร่วมของประชาชน');
    expect(cleanTitleStart('ยกย่องเชิดชูเกียรติหน่วยงาน')).toBe('ยกย่องเชิดชูเกียรติหน่วยงาน');
  });
  it('puts right an opener word OCR misread by one letter', () => {
    expect(cleanTitleStart('ใครงการเสริมสร้างความโปร่งใส')).toBe('โครงการเสริมสร้างความโปร่งใส');
    expect(cleanTitleStart('เครงการเสริมสร้างความโปร่งใส')).toBe('โครงการเสริมสร้างความโปร่งใส');
    expect(cleanTitleStart('ฆาตรการจัดทำแผนปฏิบัติการ')).toBe('มาตรการจัดทำแผนปฏิบัติการ');
    expect(cleanTitleStart('ถิจกรรมการใช้บัตรคิว')).toBe('กิจกรรมการใช้บัตรคิว');
    for (const t of ['ครูและนักเรียนร่วมใจ', 'การประชุมประชาคม', 'ส่งเสริมการมีส่วนร่วม']) expect(cleanTitleStart(t)).toBe(t);
  });
});

describe('totals and amounts', () => {
  it('knows the totals label, OCR forms included', () => {
    for (const t of ['รวม', 'รวมทั้งสิ้น', 'รุวมทัง', 'รวมทั้งสิ้น 43 โครงการ']) expect(isTotalText(t)).toBe(true);
    for (const t of ['โครงการรวมพลังต้านทุจริตของเยาวชนและประชาชนในตำบลทั้งหมด', 'ร่วม', 'มาตรการ']) expect(isTotalText(t)).toBe(false);
  });
  it('knows a budget cell', () => {
    for (const t of ['0.00', '30,000.00', '20, 000', '15,000 บาท', '-', '0']) expect(isAmountText(t)).toBe(true);
    for (const t of ['จำนวน', '2 โครงการ', 'aq', '']) expect(isAmountText(t)).toBe(false);
  });
});

describe('OCR forms of the same thing', () => {
  it('tells tick scraps from printed tick marks', () => {
    expect(isTickResidue('[7')).toBe(true);
    expect(isTickResidue('☑')).toBe(false);
    expect(isTickResidue('')).toBe(false);
  });
  it('knows a whole-year remark', () => {
    for (const t of ['ดำเนินการตลอดปีงบประมาณ', 'ดำเนินการตลอด ปูงบประมาณ', 'ดำเนินการตลอด 4 ปี่งบประมาณ', 'ตลอดทั้งปี']) expect(isWholeYearRemark(t)).toBe(true);
    for (const t of ['โครงการเข้าค่ายคุณธรรมจริยธรรม', 'ดำเนินการในไตรมาสที่ 1', '']) expect(isWholeYearRemark(t)).toBe(false);
  });
  it('scores one title read twice high and two projects low', () => {
    expect(titleSimilarity('มาตรการจัดการเรืองร้องทุกข์/ ร้องเรียน', 'มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียน')).toBeGreaterThan(0.9);
    expect(titleSimilarity('โครงการจัดเวทีประชาคม', 'โครงการโรงเรียนคุณธรรม')).toBeLessThan(0.5);
  });
});

describe('titles read from a scan', () => {
  it('drops runs of scraps between Thai words', () => {
    expect(dropOcrScraps('กิจกรรม "การจัดทำข้อตกลงการ [3 a wa a ปฏิบัติราชการ"')).toBe('กิจกรรม "การจัดทำข้อตกลงการ ปฏิบัติราชการ"');
    expect(dropOcrScraps('โครงการเสริมสร้างความโปร่งใส 9/ 5 6 ในการใช้ทรัพย์สิน')).toBe('โครงการเสริมสร้างความโปร่งใส ในการใช้ทรัพย์สิน');
    expect(dropOcrScraps('กิจกรรม , "ควบคุมการเบิกจ่ายเงิน"')).toBe('กิจกรรม "ควบคุมการเบิกจ่ายเงิน"');
    expect(dropOcrScraps('ผ่านสื่ออิเล็กทรอนิกส์ 4 =')).toBe('ผ่านสื่ออิเล็กทรอนิกส์');
  });
  it('keeps latin words, numbers and years of the title', () => {
    for (const t of ['มาตรการ NO Gift Policy', 'โครงการพัฒนาระบบ (E-Service)', 'โครงการอบรม รุ่นที่ 2 ประจำปี 2566', 'กิจกรรม 5 ส ในสำนักงาน', 'โครงการ e-service ของเทศบาล']) {
      expect(dropOcrScraps(t)).toBe(t);
    }
  });
  it('takes a lone มิติ digit out of the title', () => {
    expect(takeStrayDimension('โครงการพัฒนาคุณภาพการให้ 2 บริการประชาชน')).toEqual({ dimension: 2, title: 'โครงการพัฒนาคุณภาพการให้บริการประชาชน' });
    expect(takeStrayDimension('มาตรการป้องกันผลประโยชน์ทับ 2 ซ้อน')).toEqual({ dimension: 2, title: 'มาตรการป้องกันผลประโยชน์ทับซ้อน' });
  });
  it('leaves numbers the title means', () => {
    for (const t of ['โครงการอบรม รุ่นที่ 2 ประจำปี', 'โครงการพัฒนาระยะ 3 ของตำบล', 'กิจกรรม 5 ส ในสำนักงาน', 'มาตรการ 2']) {
      expect(takeStrayDimension(t)).toEqual({ dimension: null, title: t });
    }
  });
});
