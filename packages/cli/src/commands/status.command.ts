import type { Command } from 'commander';
import { createPipelineContext, loadWorkerEnv } from '@lao/pipeline';
import { LaoError, loadConfig } from '@lao/schemas';
import { renderTable } from '../text-table.js';

interface StatusCliOptions {
  dataDir?: string;
  json?: boolean;
}

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('สถานะของชุดนำเข้า (ไม่ระบุ = ชุดล่าสุด 20 ชุด)\nStatus of an ingest batch (none given: the 20 latest batches).')
    .argument('[batch]', 'batch id printed by lao ingest')
    .option('--data-dir <dir>', 'SQLite/originals directory (default LAO_DATA_DIR or ./lao-data)')
    .option('--json', 'print JSON')
    .action(async (batch: string | undefined, opts: StatusCliOptions) => {
      process.exitCode = await runStatus(batch, opts);
    });
}

async function runStatus(batch: string | undefined, opts: StatusCliOptions): Promise<number> {
  const config = loadConfig({ ...process.env, ...(opts.dataDir ? { LAO_DATA_DIR: opts.dataDir } : {}) });
  const { databaseSchema } = loadWorkerEnv(process.env);
  const ctx = await createPipelineContext(config, databaseSchema ? { databaseSchema } : {});
  try {
    if (batch === undefined) {
      const batches = await ctx.store.batches.list({ limit: 20 });
      const rows = [];
      for (const b of batches) rows.push({ batch: b, status: await ctx.store.batches.status(b.id) });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows.map((r) => ({ ...r.batch, counts: r.status?.counts ?? null })), null, 2)}\n`);
        return 0;
      }
      process.stdout.write(
        renderTable(rows, [
          { header: 'ชุด Batch', value: (r) => r.batch.id },
          { header: 'เมื่อ Created', value: (r) => r.batch.createdAt },
          { header: 'ไฟล์ Files', value: (r) => String(r.status?.counts.total ?? 0), align: 'right' },
          { header: 'เสร็จ Done', value: (r) => String(r.status?.counts.done ?? 0), align: 'right' },
          { header: 'กำลังทำ Running', value: (r) => String((r.status?.counts.pending ?? 0) + (r.status?.counts.processing ?? 0)), align: 'right' },
          { header: 'ล้มเหลว Failed', value: (r) => String(r.status?.counts.failed ?? 0), align: 'right' },
          { header: 'ซ้ำ Duplicates', value: (r) => String(r.status?.counts.duplicates ?? 0), align: 'right' },
        ]),
      );
      return 0;
    }
    const status = await ctx.store.batches.status(batch);
    if (!status) {
      process.stderr.write(`lao status: ไม่พบชุด no batch ${batch}\n`);
      return 1;
    }
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(
      renderTable(status.files, [
        { header: 'ไฟล์ File', value: (f) => f.fileName, max: 40 },
        { header: 'มาเป็น Arrived as', value: (f) => f.registration },
        { header: 'สถานะ Status', value: (f) => f.status },
        { header: 'หน้าอ่านไม่ได้ Unreadable pages', value: (f) => f.failedPages.map((p) => p.page).join(', ') },
        { header: 'เหตุผล Reason', value: (f) => f.error ?? '', max: 70 },
      ]),
    );
    // A done document can still lack pages: each one with its reason, as the ingest summary lists them.
    const unreadable = status.files.flatMap((f) =>
      f.failedPages.map((p) => `  ${f.fileName}: หน้า ${p.page} อ่านไม่ได้ page ${p.page} unreadable: ${p.reason}`),
    );
    if (unreadable.length) process.stdout.write(`หน้าที่อ่านไม่ได้ Unreadable pages:\n${unreadable.join('\n')}\n`);
    const c = status.counts;
    process.stdout.write(
      `รวม total ${c.total}: done ${c.done}, processing ${c.processing}, pending ${c.pending}, failed ${c.failed}, duplicates ${c.duplicates}\n`,
    );
    return 0;
  } catch (err) {
    const e = LaoError.from(err);
    process.stderr.write(`lao status: ${e.code}: ${e.message}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
}
