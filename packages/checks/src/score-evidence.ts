import { roundScore, scoresAgree, type Evidence, type Report } from '@lao/schemas';
import type { CheckContext } from './check-context.js';
import { score } from './format.js';
import { findText } from './page-lines.js';

type Ita = NonNullable<Report['ita']>;

function fromProvenance(ctx: CheckContext, path: string): Evidence | null {
  const e = ctx.sourceOf(`${path}.score`) ?? ctx.sourceOf(path);
  return e && e.text ? e : null;
}

/** The indicator's row: its line when provenance is known, else the row as the record holds it. */
export function indicatorEvidence(ctx: CheckContext, ita: Ita, index: number): Evidence {
  const ind = ita.indicators[index];
  if (!ind) throw new RangeError(`no indicator ${index}`);
  const printed = ind.score === null ? '' : score(ind.score);
  return (
    fromProvenance(ctx, `ita.indicators[${index}]`) ??
    findText(ctx.pages, ind.page, [ind.name, printed]) ?? { page: ind.page, text: `${ind.no} ${ind.name} ${printed}`.trim() }
  );
}

export function questionEvidence(ctx: CheckContext, ita: Ita, index: number): Evidence {
  const q = ita.questions[index];
  if (!q) throw new RangeError(`no question ${index}`);
  const printed = q.parts ? q.parts.map(score).join(' ') : q.score === null ? '' : score(q.score);
  const needles = q.text ? [q.text.slice(0, 30), q.score === null ? '' : String(q.score)] : [];
  return (
    fromProvenance(ctx, `ita.questions[${index}]`) ??
    findText(ctx.pages, q.page, needles) ?? { page: q.page, text: [q.code, q.text, printed].filter(Boolean).join(' ') }
  );
}

/** Where a tool total or the overall score was printed; the indicator table's page when unknown. */
export function summaryEvidence(ctx: CheckContext, ita: Ita, path: string, label: string, value: number): Evidence {
  const e = fromProvenance(ctx, path);
  if (e) return e;
  const level = ctx.mentions.find((m) => m.kind === 'level' && m.text.includes(score(value)));
  if (level) return { page: level.page, text: level.text };
  const tool = /ita\.tools\.(\w+)/.exec(path)?.[1];
  const line = findText(ctx.pages, null, [tool ? `(${tool.toUpperCase()})` : 'คะแนน', score(value)]);
  if (line) return line;
  return { page: ita.indicators[0]?.page ?? 1, text: `${label} ${score(value)}` };
}

/**
 * Decimals the report printed `value` with in `text`: 1 when every printing of it there has one
 * decimal ("86.5"), else 2 (the reports' usual "86.50"; also when the text does not show it).
 */
export function printedDecimals(text: string, value: number): 1 | 2 {
  const tokens = [...text.matchAll(/\d+(?:\.(\d+))?/gu)].filter((m) => Math.abs(Number(m[0]) - value) < 1e-9);
  return tokens.length > 0 && tokens.every((m) => (m[1] ?? '').length === 1) ? 1 : 2;
}

/**
 * Whether a printed score agrees with the recomputed one after the report's own rounding: two
 * decimals within 0.01, or the one decimal its evidence line prints it with.
 */
export function agreesAsPrinted(printed: number, computed: number, evidence: Evidence): boolean {
  if (scoresAgree(printed, roundScore(computed))) return true;
  return printedDecimals(evidence.text, printed) === 1 && scoresAgree(printed, Math.round(computed * 10) / 10);
}
