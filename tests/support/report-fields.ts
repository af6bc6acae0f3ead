import type { Report } from '@lao/schemas';

/** One compared field: a stable key (e.g. `ita.questions[iit:i3].score`) and its value. */
export type FieldMap = Map<string, unknown>;

const num = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

/**
 * Flattens the fields the product is judged on into comparable keys. Rows are keyed by meaning
 * (indicator number, tool + code, year + row number, measure order), not by array position, so one
 * missing row costs one field rather than shifting every row after it.
 */
export function reportFields(r: Report): FieldMap {
  const f: FieldMap = new Map();
  f.set('docType', r.docType);
  f.set('fiscalYear', r.fiscalYear);
  f.set('org.name', r.org.name);
  f.set('org.kind', r.org.kind);
  f.set('org.district', r.org.district);
  f.set('org.province', r.org.province);
  if (r.ita) {
    f.set('ita.year', r.ita.year);
    f.set('ita.totalScore', num(r.ita.totalScore));
    f.set('ita.level', r.ita.level);
    for (const t of ['iit', 'eit', 'oit'] as const) f.set(`ita.tools.${t}`, num(r.ita.tools[t]));
    for (const i of r.ita.indicators) {
      f.set(`ita.indicators[${i.no}].score`, num(i.score));
      f.set(`ita.indicators[${i.no}].name`, i.name);
    }
    for (const q of r.ita.questions) {
      f.set(`ita.questions[${q.tool}:${q.code}].score`, num(q.score));
      if (q.parts) f.set(`ita.questions[${q.tool}:${q.code}].parts`, q.parts.map(num).join('|'));
    }
  } else {
    f.set('ita', null);
  }
  f.set('measures.count', r.measures.length);
  r.measures.forEach((m, i) => f.set(`measures[${i}].title`, squash(m.title)));
  if (r.plan) {
    f.set('plan.fromYear', r.plan.fromYear);
    f.set('plan.toYear', r.plan.toYear);
    const perYear = new Map<number, number>();
    for (const p of r.plan.projects) {
      const k = (perYear.get(p.year) ?? 0) + 1;
      perYear.set(p.year, k);
      const key = `plan.projects[${p.year}#${p.no ?? k}]`;
      f.set(`${key}.title`, squash(p.title));
      f.set(`${key}.dimension`, p.dimension);
      f.set(`${key}.budget`, p.budget);
      f.set(`${key}.quarters`, [...p.quarters].sort().join(','));
    }
    for (const [year, n] of perYear) f.set(`plan.projects.count[${year}]`, n);
    const seen = new Map<string, number>();
    for (const t of r.plan.statedTotals) {
      const base = `plan.statedTotals[${t.year ?? 'all'}]`;
      const k = (seen.get(base) ?? 0) + 1;
      seen.set(base, k);
      f.set(`${base}#${k}`, `${t.projectCount ?? '-'}/${t.budget ?? '-'}`);
    }
  } else {
    f.set('plan', null);
  }
  return f;
}

/** Flags compared by code and the set of evidence pages: the wording is free, the finding is not. */
export function flagKeys(r: Report): string[] {
  return r.flags
    .map((fl) => `${fl.code}@${[...new Set(fl.evidence.map((e) => e.page))].sort((a, b) => a - b).join(',')}`)
    .sort();
}

/**
 * Flag keys of one report missing from the other, as multisets: a report raises the same code on the same pages more
 * than once (one per indicator), and the tests compare the sorted lists exactly, so a count that differs is a missing
 * or an extra flag.
 */
export function flagKeyDiff(expected: Report, actual: Report): { missing: string[]; extra: string[] } {
  const without = (a: string[], b: string[]) => {
    const left = [...b];
    return a.filter((k) => {
      const i = left.indexOf(k);
      if (i >= 0) left.splice(i, 1);
      return i < 0;
    });
  };
  const ef = flagKeys(expected);
  const af = flagKeys(actual);
  return { missing: without(ef, af), extra: without(af, ef) };
}

/** Whitespace is not part of a title's identity (line wraps move it). */
function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

export interface FieldDiff {
  key: string;
  expected: unknown;
  actual: unknown;
}

export interface Comparison {
  total: number;
  matched: number;
  accuracy: number;
  diffs: FieldDiff[];
}

/** Field accuracy of `actual` against `expected`: every expected field counts once, extra fields count as errors. */
export function compareReports(expected: Report, actual: Report): Comparison {
  const e = reportFields(expected);
  const a = reportFields(actual);
  const diffs: FieldDiff[] = [];
  let matched = 0;
  for (const [key, value] of e) {
    if (a.has(key) && Object.is(a.get(key), value)) matched++;
    else diffs.push({ key, expected: value, actual: a.has(key) ? a.get(key) : '(missing)' });
  }
  for (const [key, value] of a) if (!e.has(key)) diffs.push({ key, expected: '(absent)', actual: value });
  const total = e.size + [...a.keys()].filter((k) => !e.has(k)).length;
  return { total, matched, accuracy: total === 0 ? 1 : matched / total, diffs };
}
