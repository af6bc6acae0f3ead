import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
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
let expected: Report;
let store: Store;

beforeAll(() => {
  copyFileSync(fixture('not-a-pdf.pdf'), bad);
  const r = lao(['extract', s002]);
  expect(r.status).toBe(0);
  expected = ReportSchema.parse(JSON.parse(r.stdout));
  store = createStore({ dataDir });
}, 300_000);

afterAll(async () => {
  await store.close();
  rmSync(work, { recursive: true, force: true });
});

describe('lao ingest (embedded: SQLite under --data-dir)', () => {
  it('stores the same record and flags as lao extract; a failing file is marked failed, its original kept, the batch goes on', async () => {
    const r = lao(['ingest', bad, s002, '--data-dir', dataDir, '--json']);
    expect(r.status).toBe(1); // one file failed
    const lines = summaryLines(r.stdout);
    expect(lines.map((l) => [l.fileName, l.status])).toEqual([
      ['not-really.pdf', 'failed'],
      ['s002-measures-progress.pdf', 'new'],
    ]);
    expect(r.stderr).toContain('[2/2]'); // not a TTY: one progress line per file

    const doc = await store.documents.getBySha256(expected.source.sha256);
    expect(doc?.status).toBe('done');
    expect(await store.getReport(doc?.id ?? '')).toEqual(expected);

    const failed = lines[0];
    expect(failed?.reason).toMatch(/^UNSUPPORTED_TYPE: /);
    const failedDoc = await store.documents.getBySha256(failed?.sha256 ?? '');
    expect(failedDoc).toMatchObject({ status: 'failed', error: failed?.reason });
    expect(await createBlobStore(defaultBlobDir(dataDir)).has(failed?.sha256 ?? '')).toBe(true);
  }, 300_000);

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
