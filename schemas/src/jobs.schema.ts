import { z } from 'zod';
import { LaoError } from './errors.js';
import { parseOrThrow } from './parse-or-throw.js';

/** Pipeline stages in order (shared/ARCHITECTURE.md): intake → one page job per page → analyse → store. */
export const JOB_NAMES = ['intake', 'page', 'analyse', 'store'] as const;
export const JobNameSchema = z.enum(JOB_NAMES);
export type JobName = z.infer<typeof JobNameSchema>;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'lower-case hex SHA-256 (64 characters)');
/** Identifies the code that produced a result: same file + same version = duplicate, skip. */
export const PipelineVersionSchema = z.string().min(1).max(64);

export const IntakePayloadSchema = z.object({
  /** Where the uploaded or CLI-given file is now; intake copies it into the blob store by hash. */
  path: z.string().min(1),
  /** The original file name, for the record and for `--out DIR/<name>.json`. */
  fileName: z.string().min(1),
  /** Groups files submitted together (one CLI call, one upload). */
  batchId: z.string().min(1).max(128),
  pipelineVersion: PipelineVersionSchema,
});

export const PageJobOptionsSchema = z.object({
  /** Render resolution for OCR; the config default (LAO_OCR_DPI) applies when absent. */
  dpi: z.number().int().min(72).max(600).optional(),
  /** OCR the page even when its text layer looks usable. */
  forceOcr: z.boolean().optional(),
});
export type PageJobOptions = z.infer<typeof PageJobOptionsSchema>;

export const PagePayloadSchema = z.object({
  sha256: Sha256Schema,
  /** The store's document row, when the runner has one. */
  documentId: z.string().min(1).optional(),
  /** 1-based page number. */
  page: z.number().int().min(1),
  pipelineVersion: PipelineVersionSchema,
  options: PageJobOptionsSchema.optional(),
});

export const AnalysePayloadSchema = z.object({
  sha256: Sha256Schema,
  documentId: z.string().min(1).optional(),
  /** How many page results the analysis waits for and reads. */
  pageCount: z.number().int().min(1),
  pipelineVersion: PipelineVersionSchema,
});

export const StorePayloadSchema = z.object({
  sha256: Sha256Schema,
  documentId: z.string().min(1).optional(),
  pipelineVersion: PipelineVersionSchema,
});

export const JOB_PAYLOAD_SCHEMAS = {
  intake: IntakePayloadSchema,
  page: PagePayloadSchema,
  analyse: AnalysePayloadSchema,
  store: StorePayloadSchema,
} as const satisfies Record<JobName, z.ZodType>;

export type JobPayloads = { [N in JobName]: z.infer<(typeof JOB_PAYLOAD_SCHEMAS)[N]> };
export type JobPayload<N extends JobName> = JobPayloads[N];
/** A job as one value, discriminated by name (Immich's JobItem). */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

export function jobPayloadSchema<N extends JobName>(name: N): (typeof JOB_PAYLOAD_SCHEMAS)[N] {
  return JOB_PAYLOAD_SCHEMAS[name];
}

/** Validates a payload at the queue boundary; throws LaoError INVALID_INPUT naming the job. */
export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayloads[N] {
  // The map above ties each name to its schema; TypeScript cannot follow a generic index into it.
  const schema = jobPayloadSchema(name) as unknown as z.ZodType<JobPayloads[N]>;
  return parseOrThrow(schema, data, 'INVALID_INPUT', `invalid ${name} job payload`);
}

const JOB_ID_PATTERN = /^([0-9a-f]{64})-(intake|page|analyse|store)(?:-([1-9]\d*))?$/;

/**
 * Content-derived job id, so retries and repeat uploads deduplicate: `${sha256}-${stage}` and, for page jobs,
 * `${sha256}-page-${page}`. Never contains `:`, which BullMQ forbids in custom ids.
 */
export function jobId(sha256: string, stage: JobName, page?: number): string {
  const hash = parseOrThrow(Sha256Schema, sha256, 'INVALID_INPUT', 'jobId sha256');
  const name = parseOrThrow(JobNameSchema, stage, 'INVALID_INPUT', 'jobId stage');
  if (name === 'page') {
    const p = parseOrThrow(z.number().int().min(1), page, 'INVALID_INPUT', 'jobId page (required for page jobs)');
    return `${hash}-page-${p}`;
  }
  if (page !== undefined) throw new LaoError('INVALID_INPUT', `jobId: only page jobs take a page number (got ${stage})`);
  return `${hash}-${name}`;
}

export type ParsedJobId = { sha256: string; stage: JobName; page: number | null };

/** The inverse of jobId; null when the string is not one of ours. */
export function parseJobId(id: string): ParsedJobId | null {
  const m = JOB_ID_PATTERN.exec(id);
  if (!m) return null;
  const stage = m[2] as JobName;
  const page = m[3] === undefined ? null : Number(m[3]);
  if ((stage === 'page') !== (page !== null)) return null;
  return { sha256: m[1] as string, stage, page };
}
