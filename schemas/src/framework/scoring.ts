import { z } from 'zod';
import type { Tool } from '../report.schema.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { ToolWeights } from './framework.schema.js';
import { INDICATORS } from './indicators.data.js';
import { SCORE_TOLERANCE, TOOL_WEIGHTS_2568 } from './weights.data.js';

export type ToolScores = { iit: number | null; eit: number | null; oit: number | null };

const IndicatorInputSchema = z.array(
  z.object({ no: z.number().int().min(1).max(10), score: z.number().finite().nullable() }),
);
const ToolScoresSchema = z.object({
  iit: z.number().finite().nullable(),
  eit: z.number().finite().nullable(),
  oit: z.number().finite().nullable(),
});
const QuestionRowsSchema = z.array(
  z.object({ score: z.number().finite().nullable(), parts: z.array(z.number().finite()).nullable() }),
);

/** Rounds half away from zero to 2 decimals, as the reports print scores (toPrecision removes 1.005-style float noise). */
export function roundScore(x: number): number {
  const scaled = Number.parseFloat((Math.abs(x) * 100).toPrecision(12));
  return (Math.sign(x) * Math.round(scaled)) / 100;
}

/** Whether a printed score agrees with a recomputed one within the rounding tolerance. */
export function scoresAgree(printed: number, computed: number, tolerance = SCORE_TOLERANCE): boolean {
  return Math.abs(printed - computed) <= tolerance + 1e-9;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Tool score = mean of its own indicators (1–5 IIT, 6–8 EIT, 9–10 OIT), unrounded. A tool is null when one of its
 * indicators is missing or null, or is given twice with different scores.
 */
export function computeToolScores(indicators: ReadonlyArray<{ no: number; score: number | null }>): ToolScores {
  const rows = parseOrThrow(IndicatorInputSchema, indicators, 'INVALID_INPUT', 'computeToolScores');
  const byNo = new Map<number, number | null>();
  const conflicting = new Set<number>();
  for (const r of rows) {
    if (byNo.has(r.no) && byNo.get(r.no) !== r.score) conflicting.add(r.no);
    byNo.set(r.no, r.score);
  }
  const tool = (t: Tool): number | null => {
    const scores: number[] = [];
    for (const def of INDICATORS.filter((d) => d.tool === t)) {
      const s = byNo.get(def.no);
      if (s === undefined || s === null || conflicting.has(def.no)) return null;
      scores.push(s);
    }
    return mean(scores);
  };
  return { iit: tool('iit'), eit: tool('eit'), oit: tool('oit') };
}

/** Overall score = weighted sum of the tool scores, unrounded; null when a tool is unknown. */
export function computeTotal(tools: ToolScores, weights: ToolWeights = TOOL_WEIGHTS_2568): number | null {
  const t = parseOrThrow(ToolScoresSchema, tools, 'INVALID_INPUT', 'computeTotal');
  if (t.iit === null || t.eit === null || t.oit === null) return null;
  return weights.iit * t.iit + weights.eit * t.eit + weights.oit * t.oit;
}

/**
 * Indicator score from its question rows, unrounded. When every row carries the same number (≥ 2) of parts, as EIT
 * rows do in 2568, the score is the mean of the per-part means (DOMAIN.md §1.4); otherwise the mean of the row
 * scores. Null when a needed value is missing or there are no rows.
 */
export function indicatorScoreFromQuestions(
  rows: ReadonlyArray<{ score: number | null; parts: readonly number[] | null }>,
): number | null {
  const qs = parseOrThrow(QuestionRowsSchema, rows, 'INVALID_INPUT', 'indicatorScoreFromQuestions');
  if (qs.length === 0) return null;
  const partCount = qs[0]?.parts?.length ?? 0;
  if (partCount >= 2 && qs.every((q) => q.parts !== null && q.parts.length === partCount)) {
    const partMeans = Array.from({ length: partCount }, (_, j) => mean(qs.map((q) => (q.parts as number[])[j] as number)));
    return mean(partMeans);
  }
  const scores = qs.map((q) => q.score);
  if (scores.some((s) => s === null)) return null;
  return mean(scores as number[]);
}
