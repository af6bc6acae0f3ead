import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { ReportSchema, type Report } from '@lao/schemas';
import { createStore, type Store } from '@lao/store';
import { dropQueuePrefix, fixture, lao, redisCli, sample, startWorker, summaryLines, waitFor, type RunningWorker } from './lao-process.js';

// Real Redis (127.0.0.1:6379) and PostgreSQL (trust auth, database test); a unique queue prefix and schema, removed afterwards.
const DATABASE_URL = process.env.LAO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const tag = randomBytes(4).toString('hex');
const prefix = `laotest-${tag}`;
const schema = `lao_pipeline_${tag}`;
const work = mkdtempSync(path.join(tmpdir(), 'lao-ingest-queue-'));
const env = {
  DATABASE_URL,
  LAO_DATABASE_SCHEMA: schema,
  LAO_QUEUE_PREFIX: prefix,
  LAO_DATA_DIR: path.join(work, 'data'),
  REDIS_URL: 'redis://127.0.0.1:6379',
  LAO_WORKER_LOCK_MS: '4000',
  LAO_LOG_LEVEL: 'warn',
};
const files = [sample('s002-measures-progress.pdf'), sample('s001-ita-analysis.pdf')];
let expected: Report[];
let store: Store;
const workers: RunningWorker[] = [];

async function stopAll(): Promise<void> {
  for (const w of workers.splice(0)) {
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await w.exited;
  }
}

beforeAll(async () => {
  const r = lao(['extract', ...files]);
  expect(r.status).toBe(0);
  expected = r.stdout.trim().split('\n').map((l) => ReportSchema.parse(JSON.parse(l)));
  store = createStore({ databaseUrl: DATABASE_URL, dataDir: env.LAO_DATA_DIR, schema });
  await store.migrate();
}, 300_000);

afterAll(async () => {
  await stopAll();
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.kysely);
  await store.close();
  dropQueuePrefix(prefix);
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('lao ingest --queue with lao worker processes (BullMQ on Redis, PostgreSQL)', () => {
  it('two worker processes give the same records as lao extract', async () => {
    workers.push(startWorker({ ...env, LAO_LOG_LEVEL: 'debug' }), startWorker({ ...env, LAO_LOG_LEVEL: 'debug' }));
    const r = lao(['ingest', '--queue', ...files, '--json'], env);
    expect(r.stderr).not.toMatch(/QUEUE_UNAVAILABLE/);
    expect(r.status).toBe(0);
    expect(summaryLines(r.stdout).map((l) => l.status)).toEqual(['new', 'new']);
    for (const want of expected) {
      const doc = await store.documents.getBySha256(want.source.sha256);
      expect(doc).toMatchObject({ status: 'done', attempts: 1 });
      expect(await store.getReport(doc?.id ?? '')).toEqual(want);
    }
    // Graceful close on SIGTERM: both exit 0.
    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    // Each job logged through its own child logger (JSON on stderr): every page of every document, each document's analyse.
    const logs = workers
      .flatMap((w) => w.stderr().split('\n'))
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const want of expected) {
      const pages = logs.filter((l) => l.msg === 'page stored' && l.sha256 === want.source.sha256);
      // A page delivered twice (a stalled lock under load) logs twice: compare the set of pages.
      expect([...new Set(pages.map((l) => Number(l.page)))].sort((a, b) => a - b)).toEqual(want.pages.map((p) => p.no));
      expect(pages.every((l) => l.stage === 'page' && Number(l.attempt) >= 1 && l.queue === 'page' && l.jobId === `${want.source.sha256}-page-${String(l.page)}`)).toBe(true);
      expect(logs.some((l) => l.msg === 'document stored' && l.sha256 === want.source.sha256 && l.stage === 'analyse' && l.attempt === 1)).toBe(true);
    }
    workers.splice(0);
  }, 400_000);

  it('the same files again are duplicates; a new pipeline version re-runs through the queue (finished job ids do not block it)', async () => {
    workers.push(startWorker(env));
    const again = lao(['ingest', '--queue', files[0] as string, '--json'], env);
    expect(summaryLines(again.stdout).map((l) => l.status)).toEqual(['duplicate']);
    const rerun = lao(['ingest', '--queue', files[0] as string, '--json', '--pipeline-version', 'test-v2'], env);
    expect(rerun.status).toBe(0);
    expect(summaryLines(rerun.stdout).map((l) => l.status)).toEqual(['reprocess']);
    const doc = await store.documents.getBySha256(expected[0]?.source.sha256 ?? '');
    expect(doc).toMatchObject({ status: 'done', pipelineVersion: 'test-v2' });
    expect(await store.getReport(doc?.id ?? '')).toEqual(expected[0]);
    expect((await store.query({})).rows).toHaveLength(2);
    await stopAll();
  }, 400_000);

  it('a worker killed mid-page: another worker retries the page and the document completes once', async () => {
    const scan = fixture('ocr-scan-200.pdf');
    const first = startWorker({ ...env, LAO_WORKER_QUEUES: 'ocr' });
    workers.push(first);
    const r = lao(['ingest', '--queue', '--detach', scan, '--json'], env);
    expect(summaryLines(r.stdout).map((l) => l.status)).toEqual(['queued']);
    const documentId = summaryLines(r.stdout)[0]?.documentId ?? '';
    // An OCR page job holds its lock in the first worker: kill it without any chance to clean up.
    await waitFor('an active OCR job', async () => Number(redisCli('llen', `${prefix}:ocr:active`)) > 0, 120_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = startWorker(env);
    workers.push(second);
    const doc = await waitFor(
      'the scanned document to finish',
      async () => {
        const d = await store.documents.get(documentId);
        return d && (d.status === 'done' || d.status === 'failed') ? d : null;
      },
      300_000,
      1_000,
    );
    expect(doc).toMatchObject({ status: 'done', attempts: 1 });
    const report = await store.getReport(documentId);
    expect(report?.source.pageCount).toBeGreaterThan(0);
    expect(report?.pages).toHaveLength(report?.source.pageCount ?? -1);
    expect(report?.pages.every((p) => p.method === 'ocr')).toBe(true);
    expect((await store.query({})).rows.filter((row) => row.documentId === documentId)).toHaveLength(1);
    await stopAll();
  }, 600_000);

  it('Redis down at start: ingest --queue fails with a clear error after backed-off retries; a worker waits and retries without crashing', async () => {
    const down = { ...env, REDIS_URL: 'redis://127.0.0.1:6399' };
    const r = lao(['ingest', '--queue', files[0] as string], down);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/QUEUE_UNAVAILABLE: Redis at 127\.0\.0\.1:6399 is unreachable after 4 tries/);
    expect(r.stderr).toMatch(/retrying in 2000 ms/);

    const w = startWorker({ ...down, LAO_LOG_LEVEL: 'info' });
    workers.push(w);
    await waitFor('reconnect attempts in the log', async () => (w.stderr().match(/Redis unreachable; reconnecting/g) ?? []).length >= 3, 60_000);
    expect(w.child.exitCode).toBeNull();
    w.child.kill('SIGTERM');
    const code = await Promise.race([w.exited, new Promise<'hung'>((res) => setTimeout(() => res('hung'), 30_000).unref())]);
    expect(code).toBe(0);
    workers.splice(0);
  }, 180_000);
});
