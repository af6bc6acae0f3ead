import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { ReportSchema, type Report } from '@lao/schemas';
import { createBlobStore, createStore, defaultBlobDir, type Store } from '@lao/store';
import {
  dropQueuePrefix,
  fixture,
  jsonDiff,
  jsonLogs,
  lao,
  laoAsync,
  redisCli,
  sample,
  startWorker,
  summaryLines,
  waitFor,
  type RunningWorker,
} from './lao-process.js';

// Real Redis (127.0.0.1:6379) and PostgreSQL (trust auth, database test); a unique queue prefix and schema, removed afterwards.
const DATABASE_URL = process.env.LAO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const tag = randomBytes(4).toString('hex');
const prefix = `laotest-${tag}`;
const schema = `lao_pipeline_${tag}`;
const work = mkdtempSync(path.join(tmpdir(), 'lao-ingest-queue-'));
// Workers keep the default lock (LAO_WORKER_LOCK_MS 30 s; BullMQ renews it on the worker's main thread, so a renewal
// may come up to 15 s late before the lock expires). That thread is blocked by each document's analyse (parse and
// checks run synchronously: measured up to 2.8 s for s004 with two workers at load 6 on 2 cores, so about 7 s at
// load 15) and by page renders (~0.3 s). The 4 s lock this test once used tolerated 2 s and lost a lock under load;
// only the killed-worker test shortens it, so the killed worker's job comes back quickly.
const env = {
  DATABASE_URL,
  LAO_DATABASE_SCHEMA: schema,
  LAO_QUEUE_PREFIX: prefix,
  LAO_DATA_DIR: path.join(work, 'data'),
  REDIS_URL: 'redis://127.0.0.1:6379',
  LAO_LOG_LEVEL: 'warn',
};
const shortLock = { LAO_WORKER_LOCK_MS: '4000' };
// Every sample with a text layer, the mixed ones included (their image pages go through the ocr queue). The all-scan
// samples (45 OCR pages, read twice: ~15 min on a loaded 2-core machine) join with LAO_TEST_SCANS=1.
const s002 = sample('s002-measures-progress.pdf');
const files = readdirSync(path.dirname(s002))
  .filter((f) => f.endsWith('.pdf') && (process.env.LAO_TEST_SCANS === '1' || !f.endsWith('-scan.pdf')))
  .sort()
  .map(sample);
const LONG = process.env.LAO_TEST_SCANS === '1' ? 3_000_000 : 1_500_000;
let expected: Report[];
let store: Store;
const workers: RunningWorker[] = [];
let workerLogs = 0;
const workerLog = () => path.join(work, `worker-${++workerLogs}.log`);

async function stopAll(): Promise<void> {
  for (const w of workers.splice(0)) {
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await w.exited;
  }
}

beforeAll(async () => {
  // A renamed or dropped sample must not shrink the comparison silently.
  expect(files.map((f) => path.basename(f))).toEqual(
    expect.arrayContaining([
      's000-ita-analysis.pdf',
      's000-ita-analysis-mixed.pdf',
      's001-ita-analysis.pdf',
      's001-ita-analysis-pua.pdf',
      's002-measures-progress.pdf',
      's002-measures-progress-mixed.pdf',
      's004-anticorruption-plan.pdf',
    ]),
  );
  const r = lao(['extract', ...files], {}, LONG);
  expect(r.status).toBe(0);
  expected = r.stdout.trim().split('\n').map((l) => ReportSchema.parse(JSON.parse(l)));
  expect(expected.map((e) => e.source.fileName)).toEqual(files.map((f) => path.basename(f)));
  process.stderr.write(`ingest-queue: lao extract of ${files.length} files took ${Math.round(r.ms / 1000)} s\n`);
  store = createStore({ databaseUrl: DATABASE_URL, dataDir: env.LAO_DATA_DIR, schema });
  await store.migrate();
}, LONG);

afterAll(async () => {
  await stopAll();
  if (store) {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.kysely);
    await store.close();
  }
  dropQueuePrefix(prefix);
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('lao ingest --queue with lao worker processes (BullMQ on Redis, PostgreSQL)', () => {
  it('two worker processes give the same records as lao extract for every sample', async () => {
    const debug = { ...env, LAO_LOG_LEVEL: 'debug' };
    workers.push(startWorker(debug, workerLog()), startWorker(debug, workerLog()));
    // Not spawnSync: the test's event loop stays free while the ingest follows the batch.
    const r = await laoAsync(['ingest', '--queue', ...files, '--json'], env, LONG);
    process.stderr.write(`ingest-queue: lao ingest --queue of ${files.length} files with 2 workers took ${Math.round(r.ms / 1000)} s\n`);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).not.toMatch(/QUEUE_UNAVAILABLE/);
    expect(r.status).toBe(0);
    expect(summaryLines(r.stdout).map((l) => [l.fileName, l.status])).toEqual(files.map((f) => [path.basename(f), 'new']));

    const got = new Map<string, Report | null>();
    for (const want of expected) {
      const doc = await store.documents.getBySha256(want.source.sha256);
      expect(doc).toMatchObject({ status: 'done', attempts: 1 });
      got.set(want.source.fileName, await store.getReport(doc?.id ?? ''));
    }
    // Every differing field of every file in one message (an OCR page read differently shows up here by path) ...
    const differing = Object.fromEntries(
      expected.map((want) => [want.source.fileName, jsonDiff(got.get(want.source.fileName), want)] as const).filter(([, d]) => d.length > 0),
    );
    expect(differing).toEqual({});
    // ... and the record equality itself, field for field.
    for (const want of expected) expect(got.get(want.source.fileName)).toEqual(want);

    // Graceful close on SIGTERM: both exit 0.
    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    const logs = workers.flatMap((w) => jsonLogs(w.stderr()));
    // The locks held: no job stalled, none failed, no lock renewal failed ("worker error: could not renew lock").
    expect(logs.filter((l) => /stalled|failed|worker error/.test(String(l.msg)))).toEqual([]);
    // Each job logged through its own child logger (JSON on stderr): every page of every document once, each document's analyse.
    for (const want of expected) {
      const pages = logs.filter((l) => l.msg === 'page stored' && l.sha256 === want.source.sha256);
      expect(pages.map((l) => Number(l.page)).sort((a, b) => a - b)).toEqual(want.pages.map((p) => p.no));
      const ocrPages = new Set(want.pages.filter((p) => p.method === 'ocr').map((p) => p.no));
      for (const l of pages) {
        expect(l).toMatchObject({ stage: 'page', attempt: 1, method: ocrPages.has(Number(l.page)) ? 'ocr' : 'text', jobId: `${want.source.sha256}-page-${String(l.page)}` });
        // An image page is read on the ocr queue. A text page normally goes to the page queue, but intake routes without
        // the page's image coverage, so a near-empty text page (s004 page 20, 4 characters) is sent to ocr, where the
        // page stage still takes its text layer.
        if (ocrPages.has(Number(l.page))) expect(l.queue).toBe('ocr');
        else expect(['page', 'ocr']).toContain(l.queue);
      }
      expect(logs.filter((l) => l.msg === 'document stored' && l.sha256 === want.source.sha256 && l.stage === 'analyse' && l.attempt === 1)).toHaveLength(1);
    }
    workers.splice(0);
  }, LONG);

  it('the same files again are duplicates; a new pipeline version re-runs through the queue (finished job ids do not block it)', async () => {
    const want = expected.find((e) => e.source.fileName === path.basename(s002));
    workers.push(startWorker(env, workerLog()));
    const again = await laoAsync(['ingest', '--queue', s002, '--json'], env);
    expect(summaryLines(again.stdout).map((l) => l.status)).toEqual(['duplicate']);
    const rerun = await laoAsync(['ingest', '--queue', s002, '--json', '--pipeline-version', 'test-v2'], env);
    expect(rerun.status).toBe(0);
    expect(summaryLines(rerun.stdout).map((l) => l.status)).toEqual(['reprocess']);
    const doc = await store.documents.getBySha256(want?.source.sha256 ?? '');
    expect(doc).toMatchObject({ status: 'done', pipelineVersion: 'test-v2' });
    expect(await store.getReport(doc?.id ?? '')).toEqual(want);
    expect((await store.query({})).rows).toHaveLength(files.length);
    await stopAll();
  }, 400_000);

  it('a worker killed mid-page: another worker retries the page and the document completes once', async () => {
    const scan = fixture('ocr-scan-200.pdf');
    const first = startWorker({ ...env, ...shortLock, LAO_WORKER_QUEUES: 'ocr' }, workerLog());
    workers.push(first);
    const r = await laoAsync(['ingest', '--queue', '--detach', scan, '--json'], env);
    expect(summaryLines(r.stdout).map((l) => l.status)).toEqual(['queued']);
    const documentId = summaryLines(r.stdout)[0]?.documentId ?? '';
    // An OCR page job holds its lock in the first worker: kill it without any chance to clean up.
    await waitFor('an active OCR job', async () => Number(redisCli('llen', `${prefix}:ocr:active`)) > 0, 120_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = startWorker({ ...env, ...shortLock }, workerLog());
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

  it('a failing file: not a PDF is failed with its reason and its original kept; a truncated page is listed as unreadable; the rest is stored; exit 1', async () => {
    const bad = fixture('not-a-pdf.pdf');
    const truncated = fixture('truncated.pdf');
    const good = fixture('tables-loma.pdf');
    const worker = startWorker(env, workerLog());
    workers.push(worker);
    const r = await laoAsync(['ingest', '--queue', bad, truncated, good, '--json'], env);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    const lines = summaryLines(r.stdout) as Array<ReturnType<typeof summaryLines>[number] & { failedPages: Array<{ page: number; reason: string }> }>;
    expect(lines.map((l) => [l.fileName, l.status])).toEqual([
      ['not-a-pdf.pdf', 'failed'],
      ['truncated.pdf', 'new'],
      ['tables-loma.pdf', 'new'],
    ]);
    const [failed, partial, done] = lines;
    expect(failed?.reason).toMatch(/^UNSUPPORTED_TYPE: /);
    expect(await store.documents.getBySha256(failed?.sha256 ?? '')).toMatchObject({ status: 'failed', error: failed?.reason });
    expect(await createBlobStore(defaultBlobDir(env.LAO_DATA_DIR)).has(failed?.sha256 ?? '')).toBe(true);

    expect(partial?.failedPages).toEqual([{ page: 2, reason: expect.stringMatching(/^CORRUPT_PDF: page 2: /) }]);
    const reason = partial?.failedPages[0]?.reason ?? '';
    const partialDoc = await store.documents.getBySha256(partial?.sha256 ?? '');
    expect(partialDoc).toMatchObject({ status: 'done', attempts: 1 });
    expect((await store.getReport(partialDoc?.id ?? ''))?.pages.map((p) => p.no)).toEqual([1]);
    // The progress line (stderr; not a TTY: one line per file) says so too.
    expect(r.stderr).toMatch(/truncated\.pdf: new, .*หน้าอ่านไม่ได้ unreadable page 2\)/);

    expect(done?.failedPages).toEqual([]);
    expect(await store.documents.getBySha256(done?.sha256 ?? '')).toMatchObject({ status: 'done' });

    // lao status of the batch lists the unreadable page, as JSON and in the table's notes.
    const batchId = lines[0]?.batchId ?? '';
    const json = await laoAsync(['status', batchId, '--json'], env);
    expect(json.status).toBe(0);
    const status = JSON.parse(json.stdout) as { files: Array<{ fileName: string; status: string; error: string | null; failedPages: unknown[] }> };
    expect(status.files.map((f) => [f.fileName, f.status, f.failedPages]).sort()).toEqual([
      ['not-a-pdf.pdf', 'failed', []],
      ['tables-loma.pdf', 'done', []],
      ['truncated.pdf', 'done', [{ page: 2, reason }]],
    ]);
    const table = await laoAsync(['status', batchId], env);
    expect({ status: table.status, stderr: table.stderr }).toEqual({ status: 0, stderr: '' });
    expect(table.stdout).toContain(`truncated.pdf: หน้า 2 อ่านไม่ได้ page 2 unreadable: ${reason}`);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    workers.splice(workers.indexOf(worker), 1);
    // The page job failed once (a permanent error is not retried) and the worker logged that try in exactly one line.
    const pageJob = `${partial?.sha256 ?? ''}-page-2`;
    const about = jsonLogs(worker.stderr()).filter((l) => l.jobId === pageJob || (l.sha256 === partial?.sha256 && l.page === 2));
    expect(about).toEqual([expect.objectContaining({ msg: 'job failed', level: 50, stage: 'page', attempt: 1, willRetry: false, err: reason })]);
  }, 600_000);

  it('Redis down at start: ingest --queue fails with a clear error after backed-off retries; a worker waits and retries without crashing', async () => {
    const down = { ...env, REDIS_URL: 'redis://127.0.0.1:6399' };
    const r = lao(['ingest', '--queue', s002], down);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/QUEUE_UNAVAILABLE: Redis at 127\.0\.0\.1:6399 is unreachable after 4 tries/);
    expect(r.stderr).toMatch(/retrying in 2000 ms/);

    const w = startWorker({ ...down, LAO_LOG_LEVEL: 'info' }, workerLog());
    workers.push(w);
    await waitFor('reconnect attempts in the log', async () => (w.stderr().match(/Redis unreachable; reconnecting/g) ?? []).length >= 3, 60_000);
    expect(w.child.exitCode).toBeNull();
    w.child.kill('SIGTERM');
    const code = await Promise.race([w.exited, new Promise<'hung'>((res) => setTimeout(() => res('hung'), 30_000).unref())]);
    expect(code).toBe(0);
    workers.splice(0);
  }, 180_000);
});
