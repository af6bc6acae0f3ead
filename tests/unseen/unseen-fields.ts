import type { Report } from '@lao/schemas';
import { reportFields, type FieldMap } from '../support/report-fields.js';

const squash = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, ''));

/**
 * The fields of tests/support/report-fields.ts plus the contract fields it leaves out that an
 * unseen-report benchmark can check: each measure's number, indicator, responsible unit, period,
 * status, progress and result; and stated plan totals keyed by year and dimension (not by order).
 */
export function unseenFields(r: Report): FieldMap {
  const f = reportFields(r);
  for (const key of [...f.keys()]) if (key.startsWith('plan.statedTotals[')) f.delete(key);
  r.measures.forEach((m, i) => {
    const k = `measures[${i}]`;
    f.set(`${k}.no`, m.no);
    f.set(`${k}.indicatorNo`, m.indicatorNo);
    f.set(`${k}.steps.count`, m.steps.length);
    f.set(`${k}.responsible`, squash(m.responsible));
    f.set(`${k}.period.start`, m.period?.start ?? null);
    f.set(`${k}.period.end`, m.period?.end ?? null);
    f.set(`${k}.status`, m.status);
    f.set(`${k}.progressPercent`, m.progressPercent);
    f.set(`${k}.result`, squash(m.result));
  });
  if (r.plan) {
    const seen = new Map<string, number>();
    for (const t of r.plan.statedTotals) {
      const base = `plan.statedTotals[${t.year ?? 'all'}/d${t.dimension ?? '-'}]`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      f.set(`${base}#${n}`, `${t.projectCount ?? '-'}/${t.budget ?? '-'}`);
    }
  }
  return f;
}

export interface FieldDiff {
  key: string;
  expected: unknown;
  actual: unknown;
}

/** Field accuracy over unseenFields: each expected field counts once, each extra field is an error. */
export function compareUnseen(expected: Report, actual: Report): { total: number; matched: number; accuracy: number; diffs: FieldDiff[]; matchedKeys: string[] } {
  const e = unseenFields(expected);
  const a = unseenFields(actual);
  const diffs: FieldDiff[] = [];
  const matchedKeys: string[] = [];
  for (const [key, value] of e) {
    if (a.has(key) && Object.is(a.get(key), value)) matchedKeys.push(key);
    else diffs.push({ key, expected: value, actual: a.has(key) ? a.get(key) : '(missing)' });
  }
  for (const [key, value] of a) if (!e.has(key)) diffs.push({ key, expected: '(absent)', actual: value });
  const total = e.size + [...a.keys()].filter((k) => !e.has(k)).length;
  return { total, matched: matchedKeys.length, accuracy: total === 0 ? 1 : matchedKeys.length / total, diffs, matchedKeys };
}
