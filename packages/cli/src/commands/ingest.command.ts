import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import {
  createLogger,
  createPipelineContext,
  expandInputs,
  ingestEmbedded,
  ingestQueued,
  loadWorkerEnv,
  PIPELINE_VERSION,
  type QueuedFileSummary,
} from '@lao/pipeline';
import { LaoError, loadConfig } from '@lao/schemas';
import { positiveInt } from '../cli-options.js';
import { IngestProgress } from '../ingest-progress.js';
import { renderIngestSummary } from '../ingest-summary.js';

interface IngestCliOptions {
  dataDir?: string;
  queue?: boolean;
  detach?: boolean;
  batch?: string;
  forceOcr?: boolean;
  dpi?: number;
  concurrency?: number;
  ocrWorkers?: number;
  pipelineVersion?: string;
  json?: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'นำเข้ารายงาน (ไฟล์ โฟลเดอร์ หรือรูปแบบ glob) ลงฐานข้อมูล พร้อมแสดงความคืบหน้าและสรุปผล\n' +
        'Ingest reports (files, directories, globs) into the database, with live progress and a summary.',
    )
    .argument('<inputs...>', 'PDF/PNG/JPEG/TIFF files, directories (searched recursively) or globs')
    .option('--data-dir <dir>', 'where the SQLite file and the kept originals live (default LAO_DATA_DIR or ./lao-data)')
    .option('--queue', 'enqueue to Redis (REDIS_URL) for `lao worker` processes instead of processing here')
    .option('--detach', 'with --queue: return once enqueued instead of following progress')
    .option('--batch <id>', 'batch id for `lao status` (default: a new one, printed at the start)')
    .option('--force-ocr', 'OCR every page even when its text layer is usable')
    .option('--dpi <n>', 'render resolution for OCR (default LAO_OCR_DPI or 300)', positiveInt)
    .option('--concurrency <n>', 'documents at once (default LAO_CONCURRENCY or 2)', positiveInt)
    .option('--ocr-workers <n>', 'OCR worker threads (default LAO_OCR_WORKERS or 1)', positiveInt)
    .option('--pipeline-version <v>', `record results under this pipeline version (default ${PIPELINE_VERSION}); a new one re-processes`)
    .option('--json', 'print the summaries as JSON lines on stdout instead of the table')
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      process.exitCode = await runIngest(inputs, opts);
    });
}

async function runIngest(inputs: string[], opts: IngestCliOptions): Promise<number> {
  const config = loadConfig({ ...process.env, ...(opts.dataDir ? { LAO_DATA_DIR: opts.dataDir } : {}) });
  const { databaseSchema, logLevel } = loadWorkerEnv(process.env);
  // Per-job logs go to stderr as JSON lines; below a warning only when LAO_LOG_LEVEL asks, so the progress display stays readable.
  const logger = createLogger(process.env.LAO_LOG_LEVEL?.trim() ? logLevel : 'warn');
  const files = await expandInputs(inputs);
  if (files.length === 0) {
    process.stderr.write('lao ingest: ไม่พบไฟล์ no PDF/image files found in the given inputs\n');
    return 2;
  }
  const batchId = opts.batch ?? `b-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomUUID().slice(0, 8)}`;
  const mode = opts.queue ? `queue (${config.redisUrl}, prefix ${config.queuePrefix})` : `embedded (${config.databaseUrl ? 'PostgreSQL' : `${config.dataDir}/lao.sqlite`})`;
  process.stderr.write(`lao ingest: ${files.length} files, batch ${batchId}, ${mode}\n`);
  const ctx = await createPipelineContext(config, {
    ...(databaseSchema ? { databaseSchema } : {}),
    ...(opts.ocrWorkers ? { ocrWorkers: opts.ocrWorkers } : {}),
  });
  const progress = new IngestProgress(files.length);
  const common = {
    batchId,
    ...(opts.pipelineVersion ? { pipelineVersion: opts.pipelineVersion } : {}),
    ...(opts.forceOcr ? { forceOcr: true } : {}),
    ...(opts.dpi ? { dpi: opts.dpi } : {}),
    onEvent: progress.handle,
  };
  let summaries: QueuedFileSummary[];
  try {
    summaries = opts.queue
      ? await ingestQueued(ctx, files, {
          ...common,
          detach: opts.detach ?? false,
          onRedisRetry: (attempt, delayMs) =>
            process.stderr.write(`lao ingest: Redis ${config.redisUrl} unreachable (try ${attempt}); retrying in ${delayMs} ms\n`),
        })
      : await ingestEmbedded(ctx, files, { ...common, logger, ...(opts.concurrency ? { concurrency: opts.concurrency } : {}) });
  } catch (err) {
    progress.finish();
    const e = LaoError.from(err);
    process.stderr.write(`lao ingest: ${e.code}: ${e.message}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
  progress.finish();
  if (opts.json) for (const s of summaries) process.stdout.write(`${JSON.stringify({ batchId, ...s })}\n`);
  else process.stdout.write(renderIngestSummary(summaries));
  process.stderr.write(`lao ingest: batch ${batchId} — lao status ${batchId}\n`);
  return summaries.some((s) => s.status === 'failed' || s.failedPages.length > 0) ? 1 : 0;
}
