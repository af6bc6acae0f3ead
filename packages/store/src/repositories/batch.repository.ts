import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { newId, nowIso } from '../clock.js';
import type { Database, DocumentStatus } from '../database.types.js';
import { guarded, parseInput } from '../store-error.js';
import type { RegistrationStatus } from './document.repository.js';
import { parseStoredFailures, type PageFailure } from './page.repository.js';

export interface BatchRecord {
  id: string;
  label: string | null;
  createdAt: string;
}

export interface BatchFile {
  documentId: string;
  fileName: string;
  sha256: string;
  registration: RegistrationStatus;
  status: DocumentStatus;
  error: string | null;
  /** Pages of the document that could not be read (a done document's report leaves them out), in page order. */
  failedPages: PageFailure[];
  addedAt: string;
}

export interface BatchStatus {
  batch: BatchRecord;
  files: BatchFile[];
  /** Files per current document status, plus how many arrived as duplicates of an earlier upload. */
  counts: Record<DocumentStatus, number> & { total: number; duplicates: number };
}

export interface BatchRepository {
  /** Creates a batch, or labels one that registrations already created (same id). */
  create(input?: { label?: string | null; id?: string }): Promise<BatchRecord>;
  get(batchId: string): Promise<BatchRecord | null>;
  /** Newest first. */
  list(options?: { limit?: number }): Promise<BatchRecord[]>;
  /** For `lao status <batch>`; null when there is no such batch. */
  status(batchId: string): Promise<BatchStatus | null>;
}

const CreateBatchSchema = z.object({
  label: z.string().nullable().optional(),
  id: z.string().min(1).max(128).optional(),
});

export function createBatchRepository(db: Kysely<Database>): BatchRepository {
  const get = (batchId: string) =>
    guarded('get batch', async () => {
      const row = await db.selectFrom('batches').selectAll().where('id', '=', batchId).executeTakeFirst();
      return row ? { id: row.id, label: row.label, createdAt: row.created_at } : null;
    });

  return {
    create: async (raw = {}) => {
      const input = parseInput(CreateBatchSchema, raw, 'create batch');
      return guarded('create batch', async () => {
        const row = { id: input.id ?? newId(), label: input.label ?? null, created_at: nowIso() };
        const saved = await db
          .insertInto('batches')
          .values(row)
          .onConflict((oc) => oc.column('id').doUpdateSet({ label: row.label }))
          .returningAll()
          .executeTakeFirstOrThrow();
        return { id: saved.id, label: saved.label, createdAt: saved.created_at };
      });
    },

    get,

    list: ({ limit = 50 } = {}) =>
      guarded('list batches', async () => {
        const rows = await db.selectFrom('batches').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
        return rows.map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at }));
      }),

    status: (batchId) =>
      guarded('batch status', async () => {
        const batch = await get(batchId);
        if (!batch) return null;
        const rows = await db
          .selectFrom('batch_files')
          .innerJoin('documents', 'documents.id', 'batch_files.document_id')
          .select([
            'batch_files.document_id',
            'batch_files.file_name',
            'batch_files.registration',
            'batch_files.added_at',
            'documents.sha256',
            'documents.status',
            'documents.error',
          ])
          .where('batch_files.batch_id', '=', batchId)
          .orderBy('batch_files.added_at')
          .orderBy(sql`batch_files.file_name`)
          .execute();
        const failureRows = await db
          .selectFrom('page_failures')
          .innerJoin('batch_files', 'batch_files.document_id', 'page_failures.document_id')
          .select(['page_failures.document_id', 'page_failures.page_no', 'page_failures.reason'])
          .where('batch_files.batch_id', '=', batchId)
          .orderBy('page_failures.document_id')
          .orderBy('page_failures.page_no')
          .execute();
        const failuresOf = new Map<string, Array<{ page_no: number; reason: string }>>();
        for (const f of failureRows) failuresOf.set(f.document_id, [...(failuresOf.get(f.document_id) ?? []), f]);
        const files: BatchFile[] = rows.map((r) => ({
          documentId: r.document_id,
          fileName: r.file_name,
          sha256: r.sha256,
          registration: r.registration,
          status: r.status,
          error: r.error,
          failedPages: parseStoredFailures(failuresOf.get(r.document_id) ?? [], `page failures of ${r.document_id}`),
          addedAt: r.added_at,
        }));
        const counts = { pending: 0, processing: 0, done: 0, failed: 0, total: files.length, duplicates: 0 };
        for (const f of files) {
          counts[f.status] += 1;
          if (f.registration === 'duplicate') counts.duplicates += 1;
        }
        return { batch, files, counts };
      }),
  };
}
