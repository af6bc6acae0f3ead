import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReportSchema, type Report } from '@lao/schemas';
import { createBlobStore, createStore, defaultBlobDir, type Store } from '@lao/store';
import { fixture, lao, sample, summaryLines } from './lao-process.js';

const work = mkdtempSync(path.join(tmpdir(), 'lao-ingest-embedded-'));
const dataDir = path.join(work, 'data');
const bad = path.join(work, 'not-really.pdf');
const s002 = sample('s002-measures-progress.pdf');
// Every sample with a text layer, the mixed ones included (their image pages go through OCR in both commands).
// The all-scan samples (45 OCR pages, read twice: ~15 min on a loaded 2-core machine) join with LAO_TEST_SCANS=1.
const samples = readdirSync(path.dirname(s002))
  .filter((f) => f.endsWith('.pdf') && (process.env.LAO_TEST_SCANS === '1' || !f.endsWith('-scan.pdf')))
  .sort()
  .map(sample);
let expectedAll: Report[];
let expected: Report;
let store: Store;

beforeAll(() => {
  copyFileSync(fixture('not-a-pdf.pdf'), bad);
  const r = lao(['extract', ...samples], {}, 1_500_000);
  expect(r.status).toBe(0);
  expectedAll = r.stdout.trim().split('\n').map((l) => ReportSchema.parse(JSON.parse(l)));
  expect(expectedAll.map((e) => e.source.fileName)).toEqual(samples.map((f) => path.basename(f)));
  expected = expectedAll.find((e) => e.source.fileName === path.basename(s002)) as Report;
  store = createStore({ dataDir });
}, 1_500_000);

afterAll(async () => {
  await store.close();
  rmSync(work, { recursive: true, force: true });
});

describe('lao ingest (embedded: SQLite under --data-dir)', () => {
  it('stores the same records and flags as lao extract for every sample; a failing file is marked failed, its original kept, the batch goes on', async () => {
    const r = lao(['ingest', bad, ...samples, '--data-dir', dataDir, '--json'], { LAO_LOG_LEVEL: 'debug' }, 1_500_000);
    expect(r.status).toBe(1); // one file failed
    const lines = summaryLines(r.stdout);
    expect(lines.map((l) => [l.fileName, l.status])).toEqual([
      ['not-really.pdf', 'failed'],
      ...samples.map((f) => [path.basename(f), 'new']),
    ]);
    expect(r.stderr).toContain(`[${samples.length + 1}/${samples.length + 1}]`); // not a TTY: one progress line per file

    for (const want of expectedAll) {
      const doc = await store.documents.getBySha256(want.source.sha256);
      expect(doc?.status).toBe('done');
      expect(await store.getReport(doc?.id ?? '')).toEqual(want);
    }

    // Logs: JSON lines on stderr only, one child logger per job (document, page, stage, attempt); stdout holds the summaries alone.
    expect(r.stdout.trim().split('\n').every((l) => 'batchId' in (JSON.parse(l) as object))).toBe(true);
    const logs = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const pageLogs = logs.filter((l) => l.stage === 'page' && l.msg === 'page stored' && l.sha256 === expected.source.sha256);
    expect(pageLogs.map((l) => l.page).sort((a, b) => Number(a) - Number(b))).toEqual(expected.pages.map((p) => p.no));
    expect(pageLogs.every((l) => l.attempt === 1 && typeof l.documentId === 'string' && l.method === 'text')).toBe(true);
    const analysed = logs.filter((l) => l.stage === 'analyse' && l.msg === 'document stored');
    expect(analysed.map((l) => l.sha256).sort()).toEqual(expectedAll.map((e) => e.source.sha256).sort());
    expect(logs.some((l) => l.stage === 'intake' && l.level === 50 && typeof l.reason === 'string')).toBe(true); // the failing file

    const failed = lines[0];
    expect(failed?.reason).toMatch(/^UNSUPPORTED_TYPE: /);
    const failedDoc = await store.documents.getBySha256(failed?.sha256 ?? '');
    expect(failedDoc).toMatchObject({ status: 'failed', error: failed?.reason });
    expect(await createBlobStore(defaultBlobDir(dataDir)).has(failed?.sha256 ?? '')).toBe(true);
  }, 1_500_000);

  it('the same file again is one document, reported as a duplicate', async () => {
    const before = await store.documents.list();
    const r = lao(['ingest', s002, '--data-dir', dataDir, '--json']);
    expect(r.status).toBe(0);
    expect(summaryLines(r.stdout).map((l) => l.status)).toEqual(['duplicate']);
    expect(summaryLines(r.stdout)[0]?.flags).toBe(expected.flags.length);
    expect((await store.documents.list()).map((d) => d.id)).toEqual(before.map((d) => d.id));
  }, 300_000);

  it('a new pipeline version re-processes the same document', async () => {
    const before = await store.documents.getBySha256(expected.source.sha256);
    const r = lao(['ingest', s002, '--data-dir', dataDir, '--json', '--pipeline-version', 'test-v2']);
    expect(r.status).toBe(0);
    expect(summaryLines(r.stdout).map((l) => l.status)).toEqual(['reprocess']);
    const after = await store.documents.getBySha256(expected.source.sha256);
    expect(after).toMatchObject({ id: before?.id, pipelineVersion: 'test-v2', status: 'done' });
    expect(await store.getReport(after?.id ?? '')).toEqual(expected);
    const { rows } = await store.query({});
    expect(rows.filter((row) => row.documentId === after?.id)).toHaveLength(1);
  }, 300_000);

  it('status lists the batch', () => {
    const r = lao(['status', '--data-dir', dataDir, '--json']);
    expect(r.status).toBe(0);
    const batches = JSON.parse(r.stdout) as Array<{ counts: { total: number } }>;
    expect(batches).toHaveLength(3);
  }, 120_000);
});
