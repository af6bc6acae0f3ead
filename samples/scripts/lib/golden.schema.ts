import { z } from 'zod';
import {
  DocTypeSchema,
  FlagCodeSchema,
  MeasureStatusSchema,
  OrgSchema,
  PeriodSchema,
  SeveritySchema,
  ToolSchema,
} from '@lao/schemas';

/**
 * Where a value sits in its seed: the 1-based seed line and a short text printed next to it. The page is
 * resolved later against each sample's pages.json, so the curated content never hard-codes a page number.
 */
export const SeedLocatorSchema = z.object({ line: z.number().int().min(1), anchor: z.string().min(1) });
export type SeedLocator = z.infer<typeof SeedLocatorSchema>;

const Dimension = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const GoldenIndicatorSchema = z.object({
  no: z.number().int().min(1).max(10),
  name: z.string(),
  officialName: z.string().nullable(),
  score: z.number().nullable(),
  at: SeedLocatorSchema,
});

export const GoldenQuestionSchema = z.object({
  tool: ToolSchema,
  code: z.string().regex(/^[ieo]\d{1,2}$/),
  text: z.string().nullable(),
  score: z.number().nullable(),
  parts: z.array(z.number()).nullable(),
  at: SeedLocatorSchema,
});

export const GoldenMeasureSchema = z.object({
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
  at: SeedLocatorSchema,
});

export const GoldenProjectSchema = z.object({
  year: z.number().int(),
  no: z.number().int().nullable(),
  title: z.string().min(1),
  dimension: Dimension.nullable(),
  budget: z.number().nullable(),
  quarters: z.array(z.number().int().min(1).max(4)),
  at: SeedLocatorSchema,
});

export const GoldenStatedTotalSchema = z.object({
  year: z.number().int().nullable(),
  /** Not (yet) in the Report contract: which มิติ a summary subtotal covers; null for grand and year totals. */
  dimension: Dimension.nullable(),
  projectCount: z.number().int().nullable(),
  budget: z.number().nullable(),
  at: SeedLocatorSchema,
  /** The printed budget, when it may sit on another page than the row's start (a summary row split by a page break). */
  budgetAnchor: z.string().optional(),
});

export const GoldenEvidenceSchema = z.object({ line: z.number().int().min(1), text: z.string().min(1) });

export const GoldenFlagSchema = z.object({
  code: FlagCodeSchema,
  severity: SeveritySchema,
  message: z.string().min(1),
  messageEn: z.string().min(1),
  evidence: z.array(GoldenEvidenceSchema).min(1),
  /**
   * For samples that hold only some pages: the seed lines the finding stands on (all must be in the sample;
   * default: every evidence line) and how many evidence spans must remain (default: all of them).
   */
  requires: z.array(z.number().int().min(1)).optional(),
  minEvidence: z.number().int().min(1).optional(),
});
export type GoldenFlag = z.infer<typeof GoldenFlagSchema>;

export const GoldenReportSchema = z.object({
  sample: z.string(),
  seed: z.string(),
  docType: DocTypeSchema,
  fiscalYear: z.number().int().nullable(),
  org: OrgSchema,
  /** Seed lines where the document states the district and the province (a page subset may lack them). */
  orgSources: z.object({ district: z.array(z.number().int().min(1)), province: z.array(z.number().int().min(1)) }),
  ita: z
    .object({
      year: z.number().int().nullable(),
      totalScore: z.number().nullable(),
      level: z.string().nullable(),
      tools: z.object({ iit: z.number().nullable(), eit: z.number().nullable(), oit: z.number().nullable() }),
      indicators: z.array(GoldenIndicatorSchema),
      questions: z.array(GoldenQuestionSchema),
    })
    .nullable(),
  measures: z.array(GoldenMeasureSchema),
  plan: z
    .object({
      fromYear: z.number().int(),
      toYear: z.number().int(),
      projects: z.array(GoldenProjectSchema),
      statedTotals: z.array(GoldenStatedTotalSchema),
    })
    .nullable(),
  flags: z.array(GoldenFlagSchema),
});
export type GoldenReport = z.infer<typeof GoldenReportSchema>;
