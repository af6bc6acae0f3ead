import { z } from 'zod';
import { ToolSchema } from '../report.schema.js';

/**
 * Where a framework fact comes from. `verified: false` means no source was found (background knowledge or
 * inference, shared/DOMAIN.md's "unverified"); `source` then says what it rests on.
 */
export const ProvenanceSchema = z.object({ verified: z.boolean(), source: z.string().min(1) });
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const IndicatorNoSchema = z.number().int().min(1).max(10);

export const IndicatorDefSchema = z.object({
  no: IndicatorNoSchema,
  tool: ToolSchema,
  /** Canonical Thai name. */
  name: z.string().min(1),
  /** Other wordings official documents use for the same indicator. */
  aliases: z.array(z.object({ name: z.string().min(1), provenance: ProvenanceSchema })),
  nameEn: z.string().min(1),
  nameEnProvenance: ProvenanceSchema,
  provenance: ProvenanceSchema,
});
export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;

export const CodeRangeSchema = z
  .object({ from: z.number().int().min(1), to: z.number().int().min(1) })
  .refine((r) => r.from <= r.to, 'from must not exceed to');
export type CodeRange = z.infer<typeof CodeRangeSchema>;

export const SubIndicatorSchema = z.object({
  /** "9.1" … "10.2" as the ITA manuals number them. */
  id: z.string().regex(/^\d{1,2}\.\d$/),
  codes: CodeRangeSchema,
  provenance: ProvenanceSchema,
});
export type SubIndicator = z.infer<typeof SubIndicatorSchema>;

export const IndicatorQuestionsSchema = z.object({
  indicatorNo: IndicatorNoSchema,
  tool: ToolSchema,
  /** Question numbers within the tool (i/e/o + number). */
  codes: CodeRangeSchema,
  subIndicators: z.array(SubIndicatorSchema),
  provenance: ProvenanceSchema,
});
export type IndicatorQuestions = z.infer<typeof IndicatorQuestionsSchema>;

/** How an EIT indicator is computed when each question is printed with several part columns. */
export const EitPartRuleSchema = z.object({
  parts: z.number().int().min(2),
  rule: z.literal('mean-of-part-means'),
  provenance: ProvenanceSchema,
});
export type EitPartRule = z.infer<typeof EitPartRuleSchema>;

export const QuestionSetSchema = z.object({
  /** ITA years (พ.ศ.) this set applies to, inclusive. */
  fromYear: z.number().int(),
  toYear: z.number().int(),
  /** false when the question numbering of these years is not known at all. */
  known: z.boolean(),
  tools: z.record(ToolSchema, z.object({ codes: CodeRangeSchema.nullable(), provenance: ProvenanceSchema })),
  indicators: z.array(IndicatorQuestionsSchema),
  eitParts: EitPartRuleSchema.nullable(),
  provenance: ProvenanceSchema,
});
export type QuestionSet = z.infer<typeof QuestionSetSchema>;

export const OitItemSchema = z.object({
  code: z.string().regex(/^o\d{1,2}$/),
  indicatorNo: IndicatorNoSchema,
  title: z.string().min(1),
  provenance: ProvenanceSchema,
});
export type OitItem = z.infer<typeof OitItemSchema>;

export const ToolWeightsSchema = z
  .object({ iit: z.number(), eit: z.number(), oit: z.number(), provenance: ProvenanceSchema })
  .refine((w) => Math.abs(w.iit + w.eit + w.oit - 1) < 1e-9, 'weights must sum to 1');
export type ToolWeights = z.infer<typeof ToolWeightsSchema>;

export const LetterBandSchema = z.object({
  level: z.enum(['AA', 'A', 'B', 'C', 'D', 'E', 'F']),
  /** Inclusive lower bound; the band runs up to the next band's lower bound. */
  min: z.number(),
  /** Upper bound as the source prints it (94.99 for A). */
  max: z.number(),
});
export type LetterBand = z.infer<typeof LetterBandSchema>;

export const PassLevelSchema = z.object({
  level: z.enum(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']),
  passes: z.boolean(),
  /** Inclusive lower bound of the overall score. */
  minTotal: z.number(),
  /** Exclusive upper bound of the overall score; null = no upper bound. */
  belowTotal: z.number().nullable(),
  /** Every tool (IIT, EIT, OIT) must reach this; null = no condition on tools. */
  minEveryTool: z.number().nullable(),
  provenance: ProvenanceSchema,
});
export type PassLevel = z.infer<typeof PassLevelSchema>;

export const PlanDimensionSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  no: z.number().int().min(1).max(5),
  name: z.string().min(1),
  provenance: ProvenanceSchema,
});
export type PlanDimension = z.infer<typeof PlanDimensionSchema>;
