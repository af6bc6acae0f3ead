import type { IndicatorDef, Provenance } from './framework.schema.js';
import { deepFreeze } from './deep-freeze.js';

const NAMES: Provenance = {
  verified: true,
  source:
    'DOMAIN.md §1.1: banbunglocal.go.th (ITA 2563 list), bpptr7.go.th (2567: IIT covers indicators 1–5); ' +
    'numbering and 2568 names confirmed by S000 L64–73, L78–140 and S001 L39–48',
};
const ALIAS_SAMED: Provenance = {
  verified: true,
  source: 'DOMAIN.md §1.1: samed.chonburi.police.go.th; also printed in S000 L25, L89, L160',
};
const EN: Provenance = {
  verified: false,
  source: 'lao-ingest working translation; no official English indicator names were found',
};

/** The 10 ITA indicators, numbered the same in every ITA year 2563–2568 (DOMAIN.md §1.1). */
export const INDICATORS: readonly IndicatorDef[] = deepFreeze([
  { no: 1, tool: 'iit', name: 'การปฏิบัติหน้าที่', aliases: [], nameEn: 'Performance of duties', nameEnProvenance: EN, provenance: NAMES },
  { no: 2, tool: 'iit', name: 'การใช้งบประมาณ', aliases: [], nameEn: 'Use of the budget', nameEnProvenance: EN, provenance: NAMES },
  { no: 3, tool: 'iit', name: 'การใช้อำนาจ', aliases: [], nameEn: 'Use of authority', nameEnProvenance: EN, provenance: NAMES },
  {
    no: 4,
    tool: 'iit',
    name: 'การใช้ทรัพย์สินของราชการ',
    aliases: [{ name: 'การใช้ทรัพย์สินของทางราชการ', provenance: ALIAS_SAMED }],
    nameEn: 'Use of government property',
    nameEnProvenance: EN,
    provenance: NAMES,
  },
  { no: 5, tool: 'iit', name: 'การแก้ไขปัญหาการทุจริต', aliases: [], nameEn: 'Solving corruption problems', nameEnProvenance: EN, provenance: NAMES },
  { no: 6, tool: 'eit', name: 'คุณภาพการดำเนินงาน', aliases: [], nameEn: 'Quality of operations', nameEnProvenance: EN, provenance: NAMES },
  { no: 7, tool: 'eit', name: 'ประสิทธิภาพการสื่อสาร', aliases: [], nameEn: 'Effectiveness of communication', nameEnProvenance: EN, provenance: NAMES },
  {
    no: 8,
    tool: 'eit',
    name: 'การปรับปรุงการทำงาน',
    aliases: [{ name: 'การปรับปรุงระบบการทำงาน', provenance: ALIAS_SAMED }],
    nameEn: 'Improvement of work',
    nameEnProvenance: EN,
    provenance: NAMES,
  },
  { no: 9, tool: 'oit', name: 'การเปิดเผยข้อมูล', aliases: [], nameEn: 'Disclosure of information', nameEnProvenance: EN, provenance: NAMES },
  { no: 10, tool: 'oit', name: 'การป้องกันการทุจริต', aliases: [], nameEn: 'Prevention of corruption', nameEnProvenance: EN, provenance: NAMES },
]);

/** Tool names as the reports print them (S001 L54, L77, L92). */
export const TOOL_NAMES = deepFreeze({
  iit: { en: 'Internal Integrity and Transparency Assessment', th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน' },
  eit: { en: 'External Integrity and Transparency Assessment', th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก' },
  oit: { en: 'Open Data Integrity and Transparency Assessment', th: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ' },
  provenance: { verified: true, source: 'S001 L24–28, L54, L77, L92' },
} as const);
