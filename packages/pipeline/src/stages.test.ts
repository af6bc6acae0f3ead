import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '@lao/schemas';
import { analyseAndStore } from './analyse.stage.js';
import { intakeFile } from './intake.stage.js';
import { summariseStoredDocument } from './document-summary.js';
import { extractAndSavePage, recordUnreadablePage } from './page.stage.js';
import { createPipelineContext, type PipelineContext } from './pipeline.context.js';

const root = path.resolve(import.meta.dirname, '../../..');
const s002 = path.join(root, 'samples/s002-measures-progress.pdf');
const work = mkdtempSync(path.join(tmpdir(), 'lao-stages-'));
let ctx: PipelineContext;

beforeAll(async () => {
  ctx = await createPipelineContext(loadConfig({ LAO_DATA_DIR: work }));
});
afterAll(async () => {
  await ctx.close();
  rmSync(work, { recursive: true, force: true });
});

describe('stages as queue jobs see them (documents re-opened from the blob store)', () => {
  it('page and analyse jobs delivered twice store one set of pages and one report', async () => {
    const intake = await intakeFile(ctx, { path: s002, batchId: 'b-stages', pipelineVersion: 'v1' });
    if (intake.status !== 'accepted') throw new Error(`intake: ${intake.status}`);
    await intake.document.close();
    expect(intake.plan).toHaveLength(7);
    expect(intake.plan.every((p) => !p.ocr)).toBe(true); // born-digital: all on the page queue
    const job = { sha256: intake.sha256, documentId: intake.documentId, pipelineVersion: 'v1' };
    for (let delivery = 0; delivery < 2; delivery++) {
      for (const { page } of intake.plan) await extractAndSavePage(ctx, { ...job, page });
    }
    const first = await analyseAndStore(ctx, { ...job, pageCount: intake.pageCount });
    const second = await analyseAndStore(ctx, { ...job, pageCount: intake.pageCount });
    expect(first.status).toBe('done');
    expect(second).toEqual(first);
    expect(await ctx.store.pages.summaries(intake.documentId)).toHaveLength(7);
    const { rows } = await ctx.store.query({});
    expect(rows).toHaveLength(1);
    expect(rows[0]?.flags.total).toBe(first.status === 'done' ? first.report.flags.length : -1);
    expect((await ctx.store.documents.get(intake.documentId))?.status).toBe('done');
  }, 120_000);

  it('a file that is not a PDF or image: failed with its reason, original kept, no exception', async () => {
    const bad = path.join(root, 'packages/extract/test-fixtures/not-a-pdf.pdf');
    const outcome = await intakeFile(ctx, { path: bad, batchId: 'b-stages', pipelineVersion: 'v1' });
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^UNSUPPORTED_TYPE: /) });
    if (outcome.status !== 'failed' || !outcome.sha256 || !outcome.documentId) throw new Error('expected a stored failure');
    expect(await ctx.blobs.has(outcome.sha256)).toBe(true);
    expect(await ctx.store.documents.get(outcome.documentId)).toMatchObject({ status: 'failed', error: outcome.reason });
    // Asked again, a failed document is retried rather than reported as a finished duplicate.
    const again = await intakeFile(ctx, { path: bad, batchId: 'b-stages-2', pipelineVersion: 'v1' });
    expect(again.status).toBe('failed');
  });

  it('an unreadable page is recorded with its reason, summarised from the store, and forgotten when the file is re-processed', async () => {
    const truncated = path.join(root, 'packages/extract/test-fixtures/truncated.pdf');
    const intake = await intakeFile(ctx, { path: truncated, batchId: 'b-stages', pipelineVersion: 'v1' });
    if (intake.status !== 'accepted') throw new Error(`intake: ${intake.status}`);
    await intake.document.close();
    const job = { sha256: intake.sha256, documentId: intake.documentId, pipelineVersion: 'v1' };
    await extractAndSavePage(ctx, { ...job, page: 1 });
    const err = await extractAndSavePage(ctx, { ...job, page: 2 }).catch((e: unknown) => e);
    const reason = await recordUnreadablePage(ctx, intake.documentId, 2, err);
    expect(reason).toMatch(/^CORRUPT_PDF: page 2: /);
    expect((await analyseAndStore(ctx, { ...job, pageCount: intake.pageCount })).status).toBe('done');
    const doc = await ctx.store.documents.get(intake.documentId);
    if (!doc) throw new Error('no document');
    const summary = await summariseStoredDocument(ctx, doc, { path: truncated, status: 'duplicate' });
    expect(summary).toMatchObject({ pageCount: 2, textPages: 1, ocrPages: 0, failedPages: [{ page: 2, reason }] });

    const again = await intakeFile(ctx, { path: truncated, batchId: 'b-stages', pipelineVersion: 'v2' });
    if (again.status !== 'accepted') throw new Error(`intake: ${again.status}`);
    await again.document.close();
    expect(again.acceptedAs).toBe('reprocess');
    expect(await ctx.store.pages.failures(intake.documentId)).toEqual([]);
  }, 120_000);

  it('a missing file fails at intake with FILE_NOT_FOUND and no document', async () => {
    const outcome = await intakeFile(ctx, { path: path.join(work, 'nope.pdf'), batchId: 'b-stages', pipelineVersion: 'v1' });
    expect(outcome).toMatchObject({ status: 'failed', documentId: null, reason: expect.stringMatching(/^FILE_NOT_FOUND: /) });
  });
});
