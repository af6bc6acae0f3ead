import { z } from 'zod';
import { BoxSchema, ReportSchema } from '@lao/schemas';

/** Where one extracted value came from: the store keeps it, the review screen draws the boxes. */
export const ValueProvenanceSchema = z.object({
  /** JSON path into the report, e.g. `ita.indicators[3].score`, `plan.projects[12]`. */
  path: z.string(),
  page: z.number().int().min(1),
  lineIds: z.array(z.string()),
  boxes: z.array(BoxSchema),
  /** OCR confidence of the source (a cell's constrained re-read when there was one); null on the text path. */
  confidence: z.number().min(0).max(100).nullable(),
});
export type ValueProvenance = z.infer<typeof ValueProvenanceSchema>;

const ConflictSourceSchema = z.object({
  value: z.number().nullable(),
  page: z.number().int().min(1),
  tableId: z.string(),
  /** The normalised row text that shows the value. */
  text: z.string(),
});
export type ConflictSource = z.infer<typeof ConflictSourceSchema>;

/** One question printed with different scores in different tables; the report keeps `kept`. */
export const ConflictSchema = z.object({
  kind: z.literal('question_score'),
  tool: z.enum(['iit', 'eit', 'oit']),
  code: z.string(),
  kept: ConflictSourceSchema,
  others: z.array(ConflictSourceSchema).min(1),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const MentionKindSchema = z.enum([
  'org',
  'district',
  'province',
  'fiscal_year',
  'date_range',
  'date',
  'level',
]);
export type MentionKind = z.infer<typeof MentionKindSchema>;

/**
 * Every place the document names an organisation, a district, a province, a year, a period or a level,
 * for the checks' evidence. `value` is the parsed reading (org: canonical full name of what was written;
 * places: the name without prefix; fiscal_year: the BE year as a string ("2566-2570" for a range);
 * date: the ISO date, or "YYYY-MM" (CE) for a month; date_range: "start..end"; level: the label).
 */
export const MentionSchema = z.object({
  kind: MentionKindSchema,
  page: z.number().int().min(1),
  lineId: z.string(),
  /** The normalised text of the line (or cell) the mention is in. */
  text: z.string(),
  /** The matched span as written, e.g. "อำเภอภูค้อ", "องค์กรบริหารส่วนตำบลขอนแก่น". */
  match: z.string(),
  value: z.string(),
  /** org mentions: how the parser judged it against the report's org. */
  relation: z.enum(['self', 'variant', 'other']).optional(),
  /** date_range mentions. */
  range: z
    .object({
      start: z.string().nullable(),
      end: z.string().nullable(),
      inverted: z.boolean(),
      invalid: z.array(z.string()),
    })
    .optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const ParseResultSchema = z.object({
  report: ReportSchema,
  provenance: z.array(ValueProvenanceSchema),
  conflicts: z.array(ConflictSchema),
  mentions: z.array(MentionSchema),
});
export type ParseResult = z.infer<typeof ParseResultSchema>;

export const ParseMetaSchema = z.object({
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().min(0),
});
export type ParseMeta = z.infer<typeof ParseMetaSchema>;
