import { z } from 'zod';
import { FlagSchema } from './flag.schema.js';

/** Buddhist-era year (พ.ศ.), e.g. 2568. */
const BeYear = z.number().int().min(2400).max(2700);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO YYYY-MM-DD');
const Page = z.number().int().min(1);

export const DocTypeSchema = z.enum([
  'ita_analysis',
  'integrity_measures',
  'measures_progress',
  'anticorruption_plan',
  'unknown',
]);
export type DocType = z.infer<typeof DocTypeSchema>;

export const OrgKindSchema = z.enum([
  'sao',
  'subdistrict_municipality',
  'town_municipality',
  'city_municipality',
  'pao',
]);
export type OrgKind = z.infer<typeof OrgKindSchema>;

export const ToolSchema = z.enum(['iit', 'eit', 'oit']);
export type Tool = z.infer<typeof ToolSchema>;

export const OrgSchema = z.object({
  name: z.string().nullable(),
  kind: OrgKindSchema.nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
  variants: z.array(z.string()),
});
export type Org = z.infer<typeof OrgSchema>;

export const IndicatorScoreSchema = z.object({
  no: z.number().int().min(1).max(10),
  name: z.string(),
  officialName: z.string().nullable(),
  score: z.number().nullable(),
  page: Page,
});
export type IndicatorScore = z.infer<typeof IndicatorScoreSchema>;

export const QuestionScoreSchema = z.object({
  tool: ToolSchema,
  code: z.string().regex(/^[ieo]\d{1,2}$/),
  text: z.string().nullable(),
  score: z.number().nullable(),
  parts: z.array(z.number()).nullable(),
  page: Page,
});
export type QuestionScore = z.infer<typeof QuestionScoreSchema>;

export const ItaSchema = z.object({
  year: BeYear.nullable(),
  totalScore: z.number().nullable(),
  level: z.string().nullable(),
  tools: z.object({ iit: z.number().nullable(), eit: z.number().nullable(), oit: z.number().nullable() }),
  indicators: z.array(IndicatorScoreSchema),
  questions: z.array(QuestionScoreSchema),
});
export type Ita = z.infer<typeof ItaSchema>;

export const PeriodSchema = z.object({
  text: z.string(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const MeasureStatusSchema = z.enum(['done', 'in_progress', 'not_started']);

export const MeasureSchema = z.object({
  no: z.string().nullable(),
  indicatorNo: z.number().int().min(1).max(10).nullable(),
  title: z.string().min(1),
  steps: z.array(z.string()),
  responsible: z.string().nullable(),
  period: PeriodSchema.nullable(),
  status: MeasureStatusSchema.nullable(),
  progressPercent: z.number().min(0).max(100).nullable(),
  output: z.string().nullable(),
  outcome: z.string().nullable(),
  result: z.string().nullable(),
  page: Page,
});
export type Measure = z.infer<typeof MeasureSchema>;

export const PlanProjectSchema = z.object({
  year: BeYear,
  no: z.number().int().nullable(),
  title: z.string().min(1),
  dimension: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  budget: z.number().nullable(),
  quarters: z.array(z.number().int().min(1).max(4)),
  page: Page,
});
export type PlanProject = z.infer<typeof PlanProjectSchema>;

export const StatedTotalSchema = z.object({
  year: BeYear.nullable(),
  projectCount: z.number().int().nullable(),
  budget: z.number().nullable(),
  page: Page,
});
export type StatedTotal = z.infer<typeof StatedTotalSchema>;

export const PlanSchema = z.object({
  fromYear: BeYear,
  toYear: BeYear,
  projects: z.array(PlanProjectSchema),
  statedTotals: z.array(StatedTotalSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PageSummarySchema = z.object({
  no: Page,
  method: z.enum(['text', 'ocr']),
  confidence: z.number().min(0).max(100).nullable(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    fileName: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pageCount: z.number().int().min(0),
  }),
  docType: DocTypeSchema,
  fiscalYear: BeYear.nullable(),
  org: OrgSchema,
  ita: ItaSchema.nullable(),
  measures: z.array(MeasureSchema),
  plan: PlanSchema.nullable(),
  flags: z.array(FlagSchema),
  pages: z.array(PageSummarySchema),
});
export type Report = z.infer<typeof ReportSchema>;
