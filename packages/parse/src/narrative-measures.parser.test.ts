import { describe, expect, it } from '@jest/globals';
import { parseReport } from './parse-report.js';
import { META } from './test-support/seed-fixtures.js';
import { seedToPages } from './test-support/seed-pages.js';

const parse = (text: string) => {
  const pages = seedToPages(text);
  return parseReport(pages, { ...META, pageCount: pages.length }).report;
};

// An analysis report's measure written as prose: a theme heading, then blocks 1) วิธีการ 2) ผู้รับผิดชอบ
// 3) ขั้นตอน 4) ระยะเวลา. `ocr` gives the forms tesseract reads from a scan of it.
function narrative(ocr: boolean): string {
  const o = (clean: string, noisy: string) => (ocr ? noisy : clean);
  return [
    'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปี พ.ศ. 2568',
    'เทศบาลตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    `${o('ประเด็นที่', 'ประเด็นที')} 2 การเปิดเผยข้อมูลต่อสาธารณะ`,
    'จากการวิเคราะห์ผลการประเมิน พบว่าหน่วยงานควรปรับปรุงการเผยแพร่ข้อมูล ดังนี้',
    '1) วิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ',
    '1.1) ปรับปรุงเว็บไซต์หลักของหน่วยงานให้เป็นปัจจุบัน',
    '2) การกำหนดผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง',
    'งานประชาสัมพันธ์ สำนักปลัด',
    `${o('3)', '3)')} การกำหนด${o('ขั้นตอน', 'ขันตอน')}หรือวิธีการปฏิบัติ`,
    `${o('3.1)', '3.1)')} รวบรวมข้อมูลที่ต้องเปิดเผยตามแบบ OIT`,
    'จากทุกกองและสำนัก',
    `${o('3.2)', 'ono)')} ตรวจสอบความถูกต้องของข้อมูลก่อนเผยแพร่`,
    ...(ocr ? ['al', 'Y a'] : []),
    `${o('3.3)', '3.@)')} เผยแพร่ข้อมูลบนเว็บไซต์หลักของหน่วยงาน`,
    `${o('4)', '&)')} ระยะเวลา`,
    `1 ตุลาคม 2568 - ${o('30', 'mo')} กันยายน 2569`,
  ].join('\n');
}

describe('a measure written as prose blocks', () => {
  const clean = parse(narrative(false)).measures;

  it('reads the theme, the responsible unit, three steps and the period', () => {
    expect(clean).toHaveLength(1);
    expect(clean[0]).toMatchObject({
      no: '2',
      title: 'การเปิดเผยข้อมูลต่อสาธารณะ',
      responsible: 'งานประชาสัมพันธ์ สำนักปลัด',
      steps: ['รวบรวมข้อมูลที่ต้องเปิดเผยตามแบบ OIT จากทุกกองและสำนัก', 'ตรวจสอบความถูกต้องของข้อมูลก่อนเผยแพร่', 'เผยแพร่ข้อมูลบนเว็บไซต์หลักของหน่วยงาน'],
      period: { start: '2025-10-01', end: '2026-09-30' },
    });
  });

  it('reads the same from its OCR forms (tone mark lost, block and item numbers misread, specks)', () => {
    const ocr = parse(narrative(true)).measures;
    expect(ocr).toHaveLength(1);
    expect(ocr[0]!.title).toBe(clean[0]!.title);
    expect(ocr[0]!.steps).toEqual(clean[0]!.steps);
    expect(ocr[0]!.responsible).toBe(clean[0]!.responsible);
    expect(ocr[0]!.period).toMatchObject({ start: '2025-10-01', end: '2026-09-30' });
  });
});

describe('an announcement of measures written as numbered prose with labelled blocks', () => {
  const text = [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2569',
    'องค์การบริหารส่วนตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    'มาตรการที่ 1 ส่งเสริมการเปิดเผยข้อมูลสาธารณะ',
    'วัตถุประสงค์ : เพื่อให้ประชาชนเข้าถึงข้อมูลของหน่วยงานได้สะดวก',
    'ขั้นตอน/วิธีการดำเนินการ :',
    '1) จัดทำรายการข้อมูลที่ต้องเปิดเผย',
    '2) เผยแพร่ข้อมูลบนเว็บไซต์หลักของหน่วยงาน',
    'ผู้รับผิดชอบ : งานประชาสัมพันธ์ สำนักปลัด',
    'ระยะเวลาดำเนินการ : ตุลาคม 2568 - กันยายน 2569',
    'มาตรการที่ 2 ป้องกันการรับสินบน',
    'วิธีดำเนินการ : - ประกาศนโยบาย No Gift Policy',
    '- รายงานการรับของขวัญทุกไตรมาส',
    'หน่วยงานที่รับผิดชอบ : งานการเจ้าหน้าที่',
    'ระยะเวลา : ไตรมาส 1',
  ].join('\n');
  const r = parse(text);

  it('gives one measure per มาตรการที่ with its steps, responsible unit and period', () => {
    expect(r.docType).toBe('integrity_measures');
    expect(r.measures.map((m) => [m.no, m.title, m.steps, m.responsible])).toEqual([
      ['1', 'ส่งเสริมการเปิดเผยข้อมูลสาธารณะ', ['จัดทำรายการข้อมูลที่ต้องเปิดเผย', 'เผยแพร่ข้อมูลบนเว็บไซต์หลักของหน่วยงาน'], 'งานประชาสัมพันธ์ สำนักปลัด'],
      ['2', 'ป้องกันการรับสินบน', ['ประกาศนโยบาย No Gift Policy', 'รายงานการรับของขวัญทุกไตรมาส'], 'งานการเจ้าหน้าที่'],
    ]);
    expect(r.measures[0]!.period).toMatchObject({ start: '2025-10-01', end: '2026-09-30' });
    expect(r.measures[1]!.period).toEqual({ text: 'ไตรมาส 1', start: '2025-10-01', end: '2025-12-31' });
  });
});

describe('a progress report written as prose, one block per measure', () => {
  const text = [
    'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'ประจำปีงบประมาณ พ.ศ. 2568',
    'เทศบาลตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
    'มาตรการที่ 1 มาตรการจัดการเรื่องร้องเรียนการทุจริต',
    'ผลการดำเนินการ : ปรับปรุงคู่มือการจัดการเรื่องร้องเรียน ดำเนินการแล้วเสร็จ',
    'ผู้รับผิดชอบ : สำนักปลัด',
    'มาตรการที่ 2 มาตรการป้องกันการรับสินบน',
    'ผลผลิต : ประกาศนโยบาย No Gift Policy 1 ฉบับ',
    'สถานะ : อยู่ระหว่างดำเนินการ ร้อยละ 50',
    'ระยะเวลา : ไตรมาส 2',
  ].join('\n');
  it('reads each measure\'s result, output, status and percentage', () => {
    const r = parse(text);
    expect(r.docType).toBe('measures_progress');
    expect(r.measures.map((m) => [m.no, m.title, m.status, m.progressPercent, m.output, m.responsible])).toEqual([
      ['1', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'done', null, null, 'สำนักปลัด'],
      ['2', 'มาตรการป้องกันการรับสินบน', 'in_progress', 50, 'ประกาศนโยบาย No Gift Policy 1 ฉบับ', null],
    ]);
    expect(r.measures[1]!.period).toEqual({ text: 'ไตรมาส 2', start: '2025-01-01', end: '2025-03-31' });
  });
});

describe('a prose progress block whose outcome states a share of the people, not the progress', () => {
  it('reads the status line\'s percentage (done so far: in progress) and leaves the participants\' share alone', () => {
    const r = parse(
      [
        'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        'ประจำปีงบประมาณ พ.ศ. 2568',
        'เทศบาลตำบลหนองแวง อำเภอยางตลาด จังหวัดกาฬสินธุ์',
        'มาตรการที่ 1 โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร',
        'ผลลัพธ์ : ผู้เข้าร่วมร้อยละ 80 มีความรู้เพิ่มขึ้น',
        'ผู้รับผิดชอบ : สำนักปลัด',
        'มาตรการที่ 2 มาตรการป้องกันการรับสินบน',
        'ผลลัพธ์ : บุคลากรร้อยละ 90 ไม่รับของขวัญ',
        'สถานะ : ดำเนินการแล้ว คิดเป็นร้อยละ 70',
      ].join('\n'),
    );
    expect(r.measures.map((m) => [m.no, m.status, m.progressPercent])).toEqual([
      ['1', null, null],
      ['2', 'in_progress', 70],
    ]);
  });
});
