import type { Command } from 'commander';
import { launchQueueWorkers, QueueListSchema } from '@lao/pipeline';
import { LaoError } from '@lao/schemas';
import { positiveInt } from '../cli-options.js';

interface WorkerCliOptions {
  queues?: string;
  concurrency?: number;
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'เริ่มตัวประมวลผลคิว (Redis) สำหรับคิวที่เลือก ทำงานจนได้รับ SIGTERM/SIGINT\n' +
        'Start queue workers (BullMQ on REDIS_URL, store from DATABASE_URL) for the chosen queues until SIGTERM/SIGINT.',
    )
    .option('--queues <list>', 'comma-separated: page,ocr,analyse (default LAO_WORKER_QUEUES or all)')
    .option('--concurrency <n>', 'jobs at once on page/analyse (default LAO_CONCURRENCY or 2)', positiveInt)
    .action(async (opts: WorkerCliOptions) => {
      try {
        const queues = opts.queues === undefined ? undefined : QueueListSchema.parse(opts.queues);
        await launchQueueWorkers(process.env, {
          ...(queues ? { queues } : {}),
          ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
        });
      } catch (err) {
        const e = LaoError.from(err, 'CONFIG_INVALID');
        process.stderr.write(`lao worker: ${e.code}: ${e.message}\n`);
        process.exitCode = 1;
      }
    });
}
