import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isLaoError, type PageText } from '@lao/schemas';
import { DIALECTS, openTestStore, type TestStore } from './store.harness.js';
import { sha } from './report.fixtures.js';

const page: PageText = {
  page: 1,
  width: 595.28,
  height: 841.89,
  method: 'ocr',
  confidence: 81.5,
  lines: [
    {
      id: 'p1-l0',
      raw: 'เทศบาลตําบลมะรือโบตก',
      text: 'เทศบาลตำบลมะรือโบตก',
      box: { x: 72, y: 90.5, w: 300.25, h: 18 },
      confidence: 84.1,
    },
    { id: 'p1-l1', raw: 'อําเภอระแงะ จังหวัด นครพนม', text: 'อำเภอระแงะ จังหวัด นครพนม', box: { x: 72, y: 112, w: 280, h: 18 }, confidence: 79 },
  ],
  tables: [],
  lostChars: 0,
  notes: ['scanned: no text items', 'ocr: tha+eng psm3 300dpi'],
};

describe.each(DIALECTS)('documents on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('registers a file once; the same file again is a duplicate of the same document', async () => {
    const input = { sha256: sha('S000'), fileName: 'ita-2568-khon-kaen.pdf', pipelineVersion: '1.0.0', sizeBytes: 1_234_567 };
    const first = await t.store.documents.register(input);
    const second = await t.store.documents.register({ ...input, fileName: 'copy of ita-2568-khon-kaen.pdf' });
    expect(first.status).toBe('new');
    expect(second.status).toBe('duplicate');
    expect(second.documentId).toBe(first.documentId);
    expect(second.document.fileName).toBe('ita-2568-khon-kaen.pdf');
    expect(await t.store.documents.list()).toHaveLength(1);
  });

  it('a new pipeline version re-processes the same document; registering it again then is a duplicate', async () => {
    const base = { sha256: sha('S001'), fileName: 'ita-2568-maruebotok.pdf' };
    const first = await t.store.documents.register({ ...base, pipelineVersion: '1.0.0' });
    await t.store.documents.markProcessing(first.documentId);
    await t.store.documents.markDone(first.documentId);

    const again = await t.store.documents.register({ ...base, pipelineVersion: '1.1.0' });
    expect(again).toMatchObject({ status: 'reprocess', documentId: first.documentId });
    expect(again.document).toMatchObject({ status: 'pending', pipelineVersion: '1.1.0', finishedAt: null });

    const third = await t.store.documents.register({ ...base, pipelineVersion: '1.1.0' });
    expect(third.status).toBe('duplicate');
  });

  it('a job delivered twice at the same time registers one document', async () => {
    const input = { sha256: sha('S004'), fileName: 'plan-2566-2570-krachai.pdf', pipelineVersion: '1.0.0' };
    const results = await Promise.all([1, 2, 3, 4].map(() => t.store.documents.register(input)));
    expect(results.filter((r) => r.status === 'new')).toHaveLength(1);
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    expect(await t.store.documents.list()).toHaveLength(1);
  });

  it('tracks status, attempts and the failure reason', async () => {
    const { documentId } = await t.store.documents.register({ sha256: sha('S002'), fileName: 'd02.pdf', pipelineVersion: '1.0.0' });
    const running = await t.store.documents.markProcessing(documentId);
    expect(running).toMatchObject({ status: 'processing', attempts: 1 });
    const failed = await t.store.documents.markFailed(documentId, 'OCR_FAILED: หน้า 3 อ่านไม่ได้');
    expect(failed).toMatchObject({ status: 'failed', error: 'OCR_FAILED: หน้า 3 อ่านไม่ได้' });
    expect(failed.finishedAt).not.toBeNull();
    const retried = await t.store.documents.markProcessing(documentId);
    expect(retried).toMatchObject({ status: 'processing', attempts: 2, error: null });
    expect(await t.store.documents.list({ status: 'processing' })).toHaveLength(1);
    expect(await t.store.documents.getBySha256(sha('S002'))).toMatchObject({ id: documentId });
  });

  it('rejects bad input and unknown documents with LaoError', async () => {
    const bad = await t.store.documents.register({ sha256: 'ABC', fileName: 'x.pdf', pipelineVersion: '1' }).catch((e: unknown) => e);
    expect(isLaoError(bad, 'INVALID_INPUT')).toBe(true);
    const unknown = await t.store.documents.markDone('no-such-document').catch((e: unknown) => e);
    expect(isLaoError(unknown, 'INVALID_INPUT')).toBe(true);
  });

  it('counts a batch by document status, with duplicates', async () => {
    const batch = await t.store.batches.create({ label: 'อุดรธานี ชุดที่ 1' });
    const a = await t.store.documents.register({ sha256: sha('S000'), fileName: 'd00.pdf', pipelineVersion: '1', batchId: batch.id });
    const b = await t.store.documents.register({ sha256: sha('S001'), fileName: 'd01.pdf', pipelineVersion: '1', batchId: batch.id });
    await t.store.documents.markDone(a.documentId);
    await t.store.documents.markFailed(b.documentId, 'CORRUPT_PDF');

    const later = await t.store.batches.create({ label: 'ชุดที่ 2' });
    const dup = await t.store.documents.register({ sha256: sha('S000'), fileName: 'd00-again.pdf', pipelineVersion: '1', batchId: later.id });
    expect(dup.status).toBe('duplicate');

    const first = await t.store.batches.status(batch.id);
    expect(first?.counts).toEqual({ pending: 0, processing: 0, done: 1, failed: 1, total: 2, duplicates: 0 });
    expect(first?.files.map((f) => f.fileName).sort()).toEqual(['d00.pdf', 'd01.pdf']);
    const second = await t.store.batches.status(later.id);
    expect(second?.counts).toMatchObject({ done: 1, total: 1, duplicates: 1 });
    expect(second?.files[0]).toMatchObject({ fileName: 'd00-again.pdf', registration: 'duplicate', status: 'done' });
    expect((await t.store.documents.list({ batchId: batch.id })).map((d) => d.id).sort()).toEqual([a.documentId, b.documentId].sort());
    expect(await t.store.batches.status('no-such-batch')).toBeNull();
    expect((await t.store.batches.list()).map((x) => x.id)).toEqual(expect.arrayContaining([batch.id, later.id]));
  });

  it('a batch id from the intake job creates the batch on first use; create() can label it later', async () => {
    const batchId = 'cli-2026-11-22T19-58-00Z';
    await t.store.documents.register({ sha256: sha('S000'), fileName: 'd00.pdf', pipelineVersion: '1', batchId });
    await t.store.documents.register({ sha256: sha('S002'), fileName: 'd02.pdf', pipelineVersion: '1', batchId });
    expect((await t.store.batches.status(batchId))?.counts).toMatchObject({ pending: 2, total: 2 });
    const labelled = await t.store.batches.create({ id: batchId, label: 'ร้อยเอ็ด' });
    expect(labelled).toMatchObject({ id: batchId, label: 'ร้อยเอ็ด' });
    expect((await t.store.batches.status(batchId))?.files).toHaveLength(2);
  });

  it('stores PageText per page as JSON and gives it back validated', async () => {
    const { documentId } = await t.store.documents.register({ sha256: sha('S001'), fileName: 'd01.pdf', pipelineVersion: '1' });
    await t.store.pages.save(documentId, page);
    await t.store.pages.save(documentId, { ...page, page: 2, method: 'text', confidence: null });
    // a re-delivered page job overwrites its own row
    await t.store.pages.save(documentId, { ...page, confidence: 82 });
    expect(await t.store.pages.get(documentId, 1)).toEqual({ ...page, confidence: 82 });
    expect((await t.store.pages.list(documentId)).map((p) => p.page)).toEqual([1, 2]);
    expect(await t.store.pages.summaries(documentId)).toEqual([
      { page: 1, method: 'ocr', confidence: 82 },
      { page: 2, method: 'text', confidence: null },
    ]);
    expect(await t.store.pages.get(documentId, 3)).toBeNull();
    expect(await t.store.pages.deleteAll(documentId)).toBe(2);
  });

  it('keeps unreadable pages with their reason; a page is either read or unreadable; re-processing clears both', async () => {
    const batchId = 'cli-2026-11-23T01-50-00Z';
    const { documentId } = await t.store.documents.register({ sha256: sha('S004'), fileName: 'truncated.pdf', pipelineVersion: '1', batchId });
    const other = await t.store.documents.register({ sha256: sha('S005'), fileName: 'fine.pdf', pipelineVersion: '1', batchId });
    const reason = 'CORRUPT_PDF: page 2: its content is missing (the file is truncated)';
    await t.store.pages.save(documentId, page);
    await t.store.pages.saveFailure(documentId, { page: 3, reason: 'PAGE_RENDER_FAILED: page 3: canvas' });
    await t.store.pages.saveFailure(documentId, { page: 2, reason });
    // a re-delivered failure replaces its reason
    await t.store.pages.saveFailure(documentId, { page: 3, reason: 'OCR_FAILED: page 3: tesseract stopped' });
    expect(await t.store.pages.failures(documentId)).toEqual([
      { page: 2, reason },
      { page: 3, reason: 'OCR_FAILED: page 3: tesseract stopped' },
    ]);
    expect(await t.store.pages.failures(other.documentId)).toEqual([]);

    // read on a later delivery: no longer unreadable; failing after all: its stored text goes
    await t.store.pages.save(documentId, { ...page, page: 3 });
    await t.store.pages.saveFailure(documentId, { page: 1, reason: 'OCR_FAILED: page 1: lost' });
    expect(await t.store.pages.failures(documentId)).toEqual([
      { page: 1, reason: 'OCR_FAILED: page 1: lost' },
      { page: 2, reason },
    ]);
    expect((await t.store.pages.list(documentId)).map((p) => p.page)).toEqual([3]);

    const status = await t.store.batches.status(batchId);
    expect(status?.files.map((f) => [f.fileName, f.failedPages]).sort()).toEqual([
      ['fine.pdf', []],
      ['truncated.pdf', [{ page: 1, reason: 'OCR_FAILED: page 1: lost' }, { page: 2, reason }]],
    ]);

    // re-processing forgets the pages and the failures together
    expect(await t.store.pages.deleteAll(documentId)).toBe(1);
    expect(await t.store.pages.failures(documentId)).toEqual([]);
    expect(await t.store.pages.list(documentId)).toEqual([]);
  });

  it('validates page failures going in and coming out', async () => {
    const { documentId } = await t.store.documents.register({ sha256: sha('S004'), fileName: 'd04.pdf', pipelineVersion: '1' });
    const badInput = await t.store.pages.saveFailure(documentId, { page: 0, reason: 'CORRUPT_PDF: x' }).catch((e: unknown) => e);
    expect(isLaoError(badInput, 'INVALID_INPUT')).toBe(true);
    const noReason = await t.store.pages.saveFailure(documentId, { page: 1, reason: '' }).catch((e: unknown) => e);
    expect(isLaoError(noReason, 'INVALID_INPUT')).toBe(true);
    const noDocument = await t.store.pages.saveFailure('no-such-document', { page: 1, reason: 'CORRUPT_PDF: x' }).catch((e: unknown) => e);
    expect(isLaoError(noDocument, 'STORE_FAILED')).toBe(true);
    // a row written around the repository that breaks the shape is the store's failure when read
    await t.store.kysely
      .insertInto('page_failures')
      .values({ document_id: documentId, page_no: 0, reason: 'CORRUPT_PDF: x', created_at: '2026-11-23T01:50:00.000Z' })
      .execute();
    const read = await t.store.pages.failures(documentId).catch((e: unknown) => e);
    expect(isLaoError(read, 'STORE_FAILED')).toBe(true);
  });
});
