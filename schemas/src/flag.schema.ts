import { z } from 'zod';

/** Every flag code with its fixed severity (../shared/CONTRACT.md "Flag codes"). Never rename one without a migration note. */
export const FLAG_CODES = {
  ORG_NAME_MISMATCH: 'error',
  ORG_NAME_VARIANT: 'info',
  DISTRICT_MISMATCH: 'error',
  PROVINCE_MISMATCH: 'error',
  FISCAL_YEAR_MISMATCH: 'warning',
  DATE_RANGE_INVALID: 'warning',
  INDICATOR_SCORE_MISMATCH: 'error',
  TOOL_SCORE_MISMATCH: 'error',
  TOTAL_SCORE_MISMATCH: 'error',
  INDICATOR_NAME_MISMATCH: 'warning',
  LEVEL_MISMATCH: 'warning',
  SCORE_OUT_OF_RANGE: 'error',
  PLAN_COUNT_MISMATCH: 'error',
  PLAN_BUDGET_MISMATCH: 'error',
  MISSING_FIELD: 'warning',
  LOW_OCR_CONFIDENCE: 'warning',
  /** Added by lao-ingest: one question printed with different scores in different tables of the report. */
  QUESTION_SCORE_CONFLICT: 'warning',
} as const satisfies Record<string, 'error' | 'warning' | 'info'>;

export type FlagCode = keyof typeof FLAG_CODES;
export const FlagCodeSchema = z.enum(Object.keys(FLAG_CODES) as [FlagCode, ...FlagCode[]]);
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const EvidenceSchema = z.object({
  page: z.number().int().min(1),
  /** The exact (normalised) text that shows the problem. */
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FlagSchema = z
  .object({
    code: FlagCodeSchema,
    severity: SeveritySchema,
    /** Thai, for reviewers. */
    message: z.string().min(1),
    messageEn: z.string().min(1),
    evidence: z.array(EvidenceSchema),
  })
  .refine((f) => FLAG_CODES[f.code] === f.severity, {
    message: 'severity does not match the code table',
    path: ['severity'],
  });
export type Flag = z.infer<typeof FlagSchema>;
