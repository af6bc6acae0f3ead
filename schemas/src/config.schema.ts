import { z } from 'zod';
import { parseOrThrow } from './parse-or-throw.js';

// Environment values are strings; an empty one (`FOO=`) means "not set" so the default applies.
const unsetIfEmpty = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(unsetIfEmpty, z.string().trim().optional());
const intVar = (def: number, min: number, max: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number().int().min(min).max(max).default(def));

/** Environment variables of every entry point (CLI, workers, API), parsed once by loadConfig. */
export const ConfigSchema = z
  .object({
    /** Blob store, SQLite file and page results live here. */
    LAO_DATA_DIR: z.preprocess(unsetIfEmpty, z.string().trim().default('./lao-data')),
    /** postgres://… selects PostgreSQL; unset means the SQLite file under LAO_DATA_DIR. */
    DATABASE_URL: optionalString,
    REDIS_URL: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .trim()
        .regex(/^rediss?:\/\/\S+$/, 'a redis:// or rediss:// URL')
        .default('redis://127.0.0.1:6379'),
    ),
    /** Documents processed at once by a runner. */
    LAO_CONCURRENCY: intVar(2, 1, 64),
    /** tesseract.js workers; each holds its own model in memory. */
    LAO_OCR_WORKERS: intVar(1, 1, 16),
    LAO_OCR_DPI: intVar(300, 72, 600),
    /** Restart an OCR worker after this many pages, bounding the wasm heap's growth. */
    LAO_OCR_RECYCLE_PAGES: intVar(200, 1, 100_000),
    /** Pages whose mean OCR confidence (0–100) is below this get LOW_OCR_CONFIDENCE. */
    LAO_LOW_OCR_CONFIDENCE: z.preprocess(unsetIfEmpty, z.coerce.number().min(0).max(100).default(70)),
    /** BullMQ key prefix; tests use a unique one each. No `:` (BullMQ's own separator). */
    LAO_QUEUE_PREFIX: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ or - (no ":")')
        .default('lao'),
    ),
  })
  .transform((e) => ({
    dataDir: e.LAO_DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL,
    concurrency: e.LAO_CONCURRENCY,
    ocrWorkers: e.LAO_OCR_WORKERS,
    ocrDpi: e.LAO_OCR_DPI,
    ocrRecyclePages: e.LAO_OCR_RECYCLE_PAGES,
    lowOcrConfidence: e.LAO_LOW_OCR_CONFIDENCE,
    queuePrefix: e.LAO_QUEUE_PREFIX,
  }));

export type Config = Readonly<z.output<typeof ConfigSchema>>;

/**
 * Parses the environment once per entry point; pass the result down explicitly.
 * Throws LaoError CONFIG_INVALID naming each bad variable.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  return Object.freeze(parseOrThrow(ConfigSchema, env, 'CONFIG_INVALID', 'invalid configuration'));
}
