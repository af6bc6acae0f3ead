import type { Evidence, Report } from '@lao/schemas';
import type { CheckContext } from './check-context.js';
import { score } from './format.js';

type Ita = NonNullable<Report['ita']>;

function fromProvenance(ctx: CheckContext, path: string): Evidence | null {
  const e = ctx.sourceOf(`${path}.score`) ?? ctx.sourceOf(path);
  return e && e.text ? e : null;
}

/** The indicator's row: its line when provenance is known, else the row as the record holds it. */
export function indicatorEvidence(ctx: CheckContext, ita: Ita, index: number): Evidence {
  const ind = ita.indicators[index];
  if (!ind) throw new RangeError(`no indicator ${index}`);
  return fromProvenance(ctx, `ita.indicators[${index}]`) ?? { page: ind.page, text: `${ind.no} ${ind.name} ${ind.score === null ? '' : score(ind.score)}`.trim() };
}

export function questionEvidence(ctx: CheckContext, ita: Ita, index: number): Evidence {
  const q = ita.questions[index];
  if (!q) throw new RangeError(`no question ${index}`);
  const printed = q.parts ? q.parts.map(score).join(' ') : q.score === null ? '' : score(q.score);
  return fromProvenance(ctx, `ita.questions[${index}]`) ?? { page: q.page, text: [q.code, q.text, printed].filter(Boolean).join(' ') };
}

/** Where a tool total or the overall score was printed; the indicator table's page when unknown. */
export function summaryEvidence(ctx: CheckContext, ita: Ita, path: string, label: string, value: number): Evidence {
  const e = fromProvenance(ctx, path);
  if (e) return e;
  const level = ctx.mentions.find((m) => m.kind === 'level' && m.text.includes(score(value)));
  if (level) return { page: level.page, text: level.text };
  return { page: ita.indicators[0]?.page ?? 1, text: `${label} ${score(value)}` };
}
