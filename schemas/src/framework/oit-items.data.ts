import type { OitItem, Provenance } from './framework.schema.js';
import { deepFreeze } from './deep-freeze.js';

const S001: Provenance = { verified: true, source: 'DOMAIN.md §1.2: OIT items from S001 L95–122 (titles as DOMAIN.md abbreviates them)' };

const TITLES_2568 = [
  'โครงสร้างและอำนาจหน้าที่',
  'ข้อมูลผู้บริหาร',
  'ข้อมูลการติดต่อ',
  'ข่าวประชาสัมพันธ์',
  'แผนยุทธศาสตร์/แผนพัฒนา',
  'แผนและความก้าวหน้าการดำเนินงานและการใช้งบประมาณ',
  'รายงานผลการดำเนินงาน',
  'คู่มือปฏิบัติงาน',
  'คู่มือขอรับบริการ',
  'E-Service',
  'สถิติการให้บริการ',
  'รายการ/ความก้าวหน้าจัดซื้อจัดจ้าง',
  'รายงานผลจัดซื้อจัดจ้าง',
  'แผนบริหารและพัฒนาทรัพยากรบุคคล',
  'รายงานผล HR',
  'ประมวลจริยธรรมและการขับเคลื่อน',
  'แนวปฏิบัติจัดการเรื่องร้องเรียน',
  'ช่องทางร้องเรียน',
  'สถิติเรื่องร้องเรียน',
  'การเปิดโอกาสให้มีส่วนร่วม',
  'ประกาศเจตนารมณ์ No Gift Policy',
  'รายงานการรับทรัพย์สินโดยธรรมจรรยา',
  'ประเมินความเสี่ยงสินบน',
  'รายงานผลจัดการความเสี่ยง',
  'แผนปฏิบัติการป้องกันการทุจริต',
  'รายงานผลการดำเนินการป้องกันการทุจริต',
  'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมฯ',
] as const;

/** OIT items o1–o28 of ITA 2568: o1–o20 belong to indicator 9, o21–o28 to indicator 10. */
export const OIT_ITEMS_2568: readonly OitItem[] = deepFreeze(
  TITLES_2568.map((title, i) => ({ code: `o${i + 1}`, indicatorNo: i < 20 ? 9 : 10, title, provenance: S001 })),
);

/** The few OIT items of 2563–2565 whose titles are known (DOMAIN.md §1.2, §2); the rest are unknown. */
export const OIT_ITEMS_2563_2565: readonly OitItem[] = deepFreeze([
  { code: 'o29', indicatorNo: 9, title: 'แนวปฏิบัติการจัดการร้องเรียน', provenance: { verified: true, source: 'DOMAIN.md §1.2: huafai.loei1.go.th "ITA 2565 / o29"' } },
  { code: 'o39', indicatorNo: 10, title: 'แผนปฏิบัติการป้องกันการทุจริต', provenance: { verified: true, source: 'DOMAIN.md §1.2: a public GitHub file (10.1 o34–o41)' } },
  { code: 'o42', indicatorNo: 10, title: 'มาตรการส่งเสริมคุณธรรมฯ', provenance: { verified: true, source: 'DOMAIN.md §1.2, §2 (10.2)' } },
  { code: 'o43', indicatorNo: 10, title: 'การดำเนินการตามมาตรการฯ', provenance: { verified: true, source: 'DOMAIN.md §1.2, §2 (10.2)' } },
]);
