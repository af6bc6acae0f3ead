import { z } from 'zod';
import { PageTextSchema, ReportSchema } from '@lao/schemas';
import type { Gazetteer } from '@lao/gazetteer';

/**
 * What the checks read besides the Report. Shapes match what @lao/parse's parseReport returns
 * (mentions, conflicts, provenance, statedTotalScopes), declared here so the checks stay a pure
 * sibling of parse rather than depending on it; extra keys are ignored.
 */
/** Mention kinds the rules read; parse may emit others (e.g. `date`), which are kept and ignored. */
export const MENTION_KINDS_READ = ['org', 'district', 'province', 'fiscal_year', 'date_range', 'level'] as const;

export const CheckMentionSchema = z.object({
  kind: z.string(),
  page: z.number().int().min(1),
  text: z.string(),
  match: z.string(),
  value: z.string(),
  /** org mentions: the parser's judgement ('self' | 'variant' | 'other'); the org rule re-judges. */
  relation: z.string().optional(),
  range: z
    .object({ start: z.string().nullable(), end: z.string().nullable(), inverted: z.boolean(), invalid: z.array(z.string()) })
    .optional(),
});
export type CheckMention = z.infer<typeof CheckMentionSchema>;

const ConflictSourceSchema = z.object({ value: z.number().nullable(), page: z.number().int().min(1), text: z.string() });
export const CheckConflictSchema = z.object({
  tool: z.enum(['iit', 'eit', 'oit']),
  code: z.string(),
  kept: ConflictSourceSchema,
  others: z.array(ConflictSourceSchema).min(1),
});
export type CheckConflict = z.infer<typeof CheckConflictSchema>;

export const CheckProvenanceSchema = z.object({
  path: z.string(),
  page: z.number().int().min(1),
  lineIds: z.array(z.string()),
  confidence: z.number().nullable().optional(),
});
export type CheckProvenance = z.infer<typeof CheckProvenanceSchema>;

export const StatedTotalScopeSchema = z.object({
  index: z.number().int().min(0),
  source: z.enum(['year_table_total', 'summary_total', 'summary_subtotal']),
  dimension: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
});
export type StatedTotalScope = z.infer<typeof StatedTotalScopeSchema>;

export const CheckInputSchema = z.object({
  report: ReportSchema,
  mentions: z.array(CheckMentionSchema).default([]),
  conflicts: z.array(CheckConflictSchema).default([]),
  provenance: z.array(CheckProvenanceSchema).default([]),
  /** The page texts, for evidence lines and OCR confidence. */
  pages: z.array(PageTextSchema).default([]),
  /** What each plan.statedTotals entry covers; when absent, a `dimension` key on the entry is used. */
  statedTotalScopes: z.array(StatedTotalScopeSchema).default([]),
});
export type CheckInputRaw = z.input<typeof CheckInputSchema>;
export type CheckInput = z.output<typeof CheckInputSchema>;

export type CheckDeps = {
  gazetteer: Gazetteer;
  /** `loadConfig(env)` from @lao/schemas gives it; only the OCR threshold is read. */
  config: { lowOcrConfidence: number };
};
