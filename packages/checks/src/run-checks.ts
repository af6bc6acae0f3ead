import { LaoError, type Flag } from '@lao/schemas';
import { buildContext, type CheckContext } from './check-context.js';
import { CheckInputSchema, type CheckDeps, type CheckInputRaw } from './check-input.schema.js';
import { dateRangeRule } from './rules/date-range.rule.js';
import { fiscalYearRule } from './rules/fiscal-year.rule.js';
import { indicatorNameRule } from './rules/indicator-name.rule.js';
import { indicatorScoreRule } from './rules/indicator-score.rule.js';
import { levelRule } from './rules/level.rule.js';
import { lowOcrRule } from './rules/low-ocr.rule.js';
import { missingFieldRule } from './rules/missing-field.rule.js';
import { orgNameRule } from './rules/org-name.rule.js';
import { placeRule } from './rules/place.rule.js';
import { planTotalsRule } from './rules/plan-totals.rule.js';
import { questionConflictRule } from './rules/question-conflict.rule.js';
import { scoreRangeRule } from './rules/score-range.rule.js';
import { toolScoreRule } from './rules/tool-score.rule.js';
import { totalScoreRule } from './rules/total-score.rule.js';

/** A statedTotals entry may carry `dimension` (samples' expected files do); zod drops it, so read it first. */
function rawDimensions(input: CheckInputRaw): Array<number | null> {
  const plan = (input.report as { plan?: { statedTotals?: Array<{ dimension?: unknown }> } | null }).plan;
  return (plan?.statedTotals ?? []).map((t) => (typeof t.dimension === 'number' ? t.dimension : null));
}

/**
 * The context the ITA score rules read. A plan of projects prints no ITA result: numbered rows with
 * budgets and quarters that a parser took for question scores are not checked as scores.
 */
function withItaScores(ctx: CheckContext): CheckContext {
  if (ctx.report.docType !== 'anticorruption_plan') return ctx;
  return { ...ctx, report: { ...ctx.report, ita: null }, conflicts: [] };
}

/**
 * Report (+ what the parser saw) → the consistency flags, in a fixed rule order. Pure: the
 * gazetteer and config come in as arguments. Throws LaoError('INVALID_INPUT') only for input
 * that is not a Report; every finding is a returned Flag.
 */
export function runChecks(input: CheckInputRaw, deps: CheckDeps): Flag[] {
  const parsed = CheckInputSchema.safeParse(input);
  if (!parsed.success) throw new LaoError('INVALID_INPUT', `runChecks: ${parsed.error.message}`);
  const ctx: CheckContext = buildContext(parsed.data, deps);
  const dims = rawDimensions(input);
  const scored = withItaScores(ctx);
  return [
    ...missingFieldRule(ctx),
    ...orgNameRule(ctx),
    ...placeRule(ctx),
    ...fiscalYearRule(ctx),
    ...dateRangeRule(ctx),
    ...scoreRangeRule(scored),
    ...indicatorScoreRule(scored),
    ...toolScoreRule(scored),
    ...totalScoreRule(scored),
    ...levelRule(scored),
    ...indicatorNameRule(scored),
    ...questionConflictRule(scored),
    ...planTotalsRule(ctx, dims),
    ...lowOcrRule(ctx),
  ];
}
