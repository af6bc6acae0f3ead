import { z } from 'zod';
import { FlagSchema } from './flag.schema.js';

/** Buddhist-era year (พ.ศ.), e.g. 2568. */
const BeYear = z.number().int().min(2400).max(2700).describe('Buddhist-era year (พ.ศ.), e.g. 2568');
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO YYYY-MM-DD')
  .describe('Gregorian calendar date, ISO YYYY-MM-DD');
const Page = z.number().int().min(1).describe('1-based page number the value was read from');

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
  name: z.string().nullable().describe('Canonical full name, e.g. "องค์การบริหารส่วนตำบลขอนแก่น"'),
  kind: OrgKindSchema.nullable().describe('อบต. / ทต. / ทม. / ทน. / อบจ.'),
  district: z.string().nullable().describe('Without the prefix: "ภูผาจำบัง", not "อำเภอภูผาจำบัง"'),
  province: z.string().nullable().describe('Without the prefix: "อุดรธานี"'),
  variants: z.array(z.string()).describe('Other spellings in the document judged to be this same org'),
});
export type Org = z.infer<typeof OrgSchema>;

export const IndicatorScoreSchema = z.object({
  no: z.number().int().min(1).max(10).describe('Indicator number, 1..10'),
  name: z.string().describe('The name as printed (normalised)'),
  officialName: z.string().nullable().describe("The framework's name for this number and year"),
  score: z.number().nullable(),
  page: Page,
});
export type IndicatorScore = z.infer<typeof IndicatorScoreSchema>;

export const QuestionScoreSchema = z.object({
  tool: ToolSchema,
  code: z
    .string()
    .regex(/^[ieo]\d{1,2}$/)
    .describe('Normalised question code: i1.., e1.., o1.. (OCR forms like "1๑", "0๑", "E๑" repaired)'),
  text: z.string().nullable().describe('The question or item text where the report prints it'),
  score: z.number().nullable().describe('The mean of the parts when the report prints several columns'),
  parts: z
    .array(z.number())
    .nullable()
    .describe('Per-part scores, e.g. EIT rows printed with two columns (ส่วนที่ ๑, ๒)'),
  page: Page,
});
export type QuestionScore = z.infer<typeof QuestionScoreSchema>;

export const ItaSchema = z.object({
  year: BeYear.nullable().describe('The ITA assessment year the scores belong to'),
  totalScore: z.number().nullable(),
  level: z
    .string()
    .nullable()
    .describe('As printed, normalised: "AA", "A", "B", ..., "ผ่าน", "ไม่ผ่าน"'),
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
  no: z.string().nullable().describe('As numbered in the report, digits normalised: "1", "3.5"'),
  indicatorNo: z
    .number()
    .int()
    .min(1)
    .max(10)
    .nullable()
    .describe('When the table groups measures under an indicator'),
  title: z.string().min(1),
  steps: z.array(z.string()).describe('Numbered steps split into items'),
  responsible: z.string().nullable(),
  period: PeriodSchema.nullable(),
  status: MeasureStatusSchema.nullable(),
  progressPercent: z.number().min(0).max(100).nullable(),
  output: z.string().nullable().describe('ผลผลิต'),
  outcome: z.string().nullable().describe('ผลลัพธ์'),
  result: z.string().nullable().describe('ผลการดำเนินการ / การติดตามผล, as printed'),
  page: Page,
});
export type Measure = z.infer<typeof MeasureSchema>;

export const PlanProjectSchema = z.object({
  year: BeYear,
  no: z.number().int().nullable(),
  title: z.string().min(1),
  dimension: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
    .nullable()
    .describe('มิติ of the anti-corruption plan'),
  budget: z.number().nullable().describe('Baht'),
  quarters: z.array(z.number().int().min(1).max(4)).describe('Quarters ticked, 1..4'),
  page: Page,
});
export type PlanProject = z.infer<typeof PlanProjectSchema>;

export const StatedTotalSchema = z.object({
  year: BeYear.nullable(),
  projectCount: z.number().int().nullable(),
  budget: z.number().nullable(),
  /**
   * Extension (not in the first CONTRACT.md draft): the มิติ a subtotal covers (1–4), null for a
   * whole-year or grand total. Without it a per-dimension subtotal reads like a wrong year total.
   */
  dimension: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable().optional(),
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
  fiscalYear: BeYear.nullable().describe(
    'The fiscal year the report is about (analysis: the ITA year; progress: the year the measures ran; plan: its first year)',
  ),
  org: OrgSchema,
  ita: ItaSchema.nullable(),
  measures: z.array(MeasureSchema),
  plan: PlanSchema.nullable(),
  flags: z.array(FlagSchema),
  pages: z.array(PageSummarySchema),
});
export type Report = z.infer<typeof ReportSchema>;
