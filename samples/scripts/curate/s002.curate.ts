import type { GoldenReport } from '../lib/golden.schema.js';
import { splitDashItems, splitNumberedItems } from '../lib/numbered-items.split.js';
import type { SeedText } from '../lib/seed.reader.js';
import { parsePeriod } from '../lib/thai-date.parse.js';
import { normaliseName, normaliseText } from '../lib/thai-text.normalise.js';

/**
 * Each of the four measures is printed twice: in the plan table (มาตรการ / แนวทาง / ขั้นตอน / ผู้รับผิดชอบ /
 * การกำกับติดตาม) and in the result table (รายละเอียด / ระยะเวลา / ผลผลิต / ผลลัพธ์). One record per measure.
 */
const MEASURES: ReadonlyArray<{ plan: number; result: number; dashSteps: boolean }> = [
  { plan: 24, result: 37, dashSteps: false },
  { plan: 27, result: 38, dashSteps: false },
  { plan: 28, result: 42, dashSteps: false },
  { plan: 29, result: 43, dashSteps: true },
];

/** Seed 002: อบต.ดงครั่งน้อย, อ.เกษตรวิสัย, จ.ร้อยเอ็ด, report on the FY2564 integrity measures. */
export function curateS002(seed: SeedText): GoldenReport {
  const measures = MEASURES.map((m) => {
    const [title, , steps, responsible, monitoring] = seed.cells(m.plan);
    const r = seed.cells(m.result);
    const t = normaliseText(title ?? '');
    return {
      // The report does not number its measures.
      no: null,
      indicatorNo: null,
      title: t,
      steps: m.dashSteps ? splitDashItems(steps ?? '') : splitNumberedItems(steps ?? ''),
      responsible: normaliseText(responsible ?? ''),
      period: parsePeriod(r[2] ?? ''),
      // L31–33: "ได้ดำเนินการตามมาตรการ … เรียบร้อยแล้ว" — the report states every measure as carried out.
      status: 'done' as const,
      progressPercent: null,
      output: normaliseText(r[3] ?? ''),
      outcome: normaliseText(r[4] ?? ''),
      result: normaliseText(monitoring ?? ''),
      at: seed.at(m.plan, t),
    };
  });

  return {
    sample: 's002-measures-progress',
    seed: seed.name,
    docType: 'measures_progress',
    fiscalYear: 2564,
    org: {
      name: 'องค์การบริหารส่วนตำบลดงครั่งน้อย',
      kind: 'sao',
      district: 'เกษตรวิสัย',
      province: 'ร้อยเอ็ด',
      variants: [
        'องค์การบริหารส่วนตำบลครั้งน้อย',
        'องค์การบริหารส่วนตำบลดงครั้งน้อย',
        'องค์การบริหารส่วนตำบลคงครั้งน้อย',
      ].map((v) => normaliseName(v)),
    },
    orgSources: { district: [11, 21, 31, 33], province: [11, 21, 31] },
    ita: null,
    measures,
    plan: null,
    flags: [
      {
        code: 'ORG_NAME_VARIANT',
        severity: 'info',
        message:
          'ชื่อองค์การบริหารส่วนตำบลดงครั่งน้อยสะกดต่างกันในเอกสาร: "ครั้งน้อย" (หน้าปก), "ดงครั้งน้อย" และ "คงครั้งน้อย" ทั้งหมดหมายถึงหน่วยงานเดียวกัน',
        messageEn:
          'The name of SAO Dong Khrang Noi is spelt differently: "ครั้งน้อย" (cover), "ดงครั้งน้อย" and "คงครั้งน้อย"; all refer to the same organisation.',
        evidence: [
          seed.evidence(10, 'องค์การบริหารส่วนตำบลครั้งน้อย'),
          seed.evidence(17, 'องค์การบริหารส่วนตำบลดงครั้งน้อย'),
          seed.evidence(21, 'องค์การบริหารส่วนตำบลคงครั้งน้อย อำเภอเกษตรวิสัย จังหวัดร้อยเอ็ด'),
        ],
        requires: [],
      },
      {
        code: 'ORG_NAME_MISMATCH',
        severity: 'error',
        message:
          'พบชื่อหน่วยงานอื่น "องค์การบริหารส่วนตำบลวานรนิวาส" (อยู่ในจังหวัดสกลนคร) ในย่อหน้าวัตถุประสงค์ของรายงาน ซึ่งควรเป็นองค์การบริหารส่วนตำบลดงครั่งน้อย และย่อหน้าเดียวกันยังมีข้อความแม่แบบที่ไม่ได้กรอก "สำนักงานเทศบาล/องค์การบริหารส่วนตำบล....."',
        messageEn:
          'Another organisation, "องค์การบริหารส่วนตำบลวานรนิวาส" (วานรนิวาส is in Sakon Nakhon), is named in the report\'s purpose paragraph where SAO Dong Khrang Noi is meant; the same paragraph also keeps an unfilled template placeholder "สำนักงานเทศบาล/องค์การบริหารส่วนตำบล.....".',
        evidence: [
          seed.evidence(15, 'องค์การบริหารส่วนตำบลวานรนิวาส จึงได้จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'),
          seed.evidence(15, 'ของสำนักงานเทศบาล/องค์การบริหารส่วนตำบล..... มีประสิทธิภาพในปีถัดไป'),
        ],
      },
      {
        code: 'FISCAL_YEAR_MISMATCH',
        severity: 'warning',
        message:
          'รายงานนี้เป็นของปีงบประมาณ พ.ศ. 2564 แต่ย่อหน้าวัตถุประสงค์ระบุว่าจัดทำเพื่อการประเมิน ITA "ในปี พ.ศ. 2563" และผลการประกาศเจตจำนงลงวันที่ 17 เมษายน พ.ศ. 2563 / "เดือนเมษายน 2563 เป็นต้นไป" ทั้งที่แผนระบุให้ประกาศ "ประจำปี 2564"',
        messageEn:
          'The report is for FY2564, yet its purpose paragraph says it serves the ITA "in 2563", and the integrity declaration is reported as made on 17 April 2563 ("from April 2563") although the plan schedules it "for 2564".',
        evidence: [
          seed.evidence(15, '(Integrity and transparency Assessment: ITA) ในปี พ.ศ. 2563 เป็นไปด้วยความเรียบร้อย'),
          seed.evidence(28, 'ผู้บริหารประกาศงานการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส ประจำปี 2564'),
          seed.evidence(42, 'มีการประกาศเจตจำนงการบริหารงาน เมื่อวันที่ 17 เมษายน พ.ศ. 2563'),
          seed.evidence(42, 'เดือนเมษายน 2563 เป็นต้นไป'),
        ],
      },
    ],
  };
}
