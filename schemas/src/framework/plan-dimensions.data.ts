import type { PlanDimension, Provenance } from './framework.schema.js';
import { deepFreeze } from './deep-freeze.js';

const S004: Provenance = { verified: true, source: 'DOMAIN.md §2: S004 L25–31 (and L2914–2920)' };

/** มิติ of the anti-corruption action plans (แผนปฏิบัติการป้องกันการทุจริต). */
export const PLAN_DIMENSIONS: readonly PlanDimension[] = deepFreeze([
  { fromYear: 2566, toYear: 2570, no: 1, name: 'การสร้างวัฒนธรรมสุจริต', provenance: S004 },
  { fromYear: 2566, toYear: 2570, no: 2, name: 'การบริหารราชการด้วยความโปร่งใส', provenance: S004 },
  { fromYear: 2566, toYear: 2570, no: 3, name: 'การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', provenance: S004 },
  {
    fromYear: 2566,
    toYear: 2570,
    no: 4,
    name: 'การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
    provenance: S004,
  },
  // Only dimension 1 of the 2561–2564 plans has a source; the other old names are unverified, so not listed.
  {
    fromYear: 2561,
    toYear: 2564,
    no: 1,
    name: 'การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    provenance: { verified: true, source: 'DOMAIN.md §2: bpn.go.th/data_3976 ("มิติที่ 1. การสร้างสังคมที่ไม่ทนต่อการทุจริต")' },
  },
]);

/** The dimensions known for a plan year (any year inside the plan's range); empty when none are known. */
export function planDimensionsFor(year: number): readonly PlanDimension[] {
  return PLAN_DIMENSIONS.filter((d) => d.fromYear <= year && year <= d.toYear);
}

/** The name of dimension `no` in the plan covering `year`, or null when unknown. */
export function planDimensionName(no: number, year: number): string | null {
  return planDimensionsFor(year).find((d) => d.no === no)?.name ?? null;
}
