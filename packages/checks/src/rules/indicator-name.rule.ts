import { createFlag, matchIndicatorName, officialIndicatorName, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { indicatorEvidence } from '../score-evidence.js';

/** INDICATOR_NAME_MISMATCH: a name in the indicator tables that is neither the official name nor an accepted alias. */
export function indicatorNameRule(ctx: CheckContext): Flag[] {
  const ita = ctx.report.ita;
  if (!ita) return [];
  const year = ita.year ?? ctx.report.fiscalYear;
  return ita.indicators.flatMap((ind, i) => {
    if (matchIndicatorName(ind.name, ind.no, year) !== 'different') return [];
    const official = officialIndicatorName(ind.no, year) ?? ind.officialName ?? '';
    return [
      createFlag(
        'INDICATOR_NAME_MISMATCH',
        `ตารางสรุปผลรายตัวชี้วัดใช้ชื่อตัวชี้วัดที่ ${ind.no} ว่า "${ind.name}" แต่ชื่อตามกรอบการประเมินคือ "${official}"`,
        `The indicator table names indicator ${ind.no} "${ind.name}"; the framework's name is "${official}".`,
        [indicatorEvidence(ctx, ita, i)],
      ),
    ];
  });
}
