import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { LaoError, PipelineVersionSchema, Sha256Schema } from '@lao/schemas';
import { newId, nowIso } from '../clock.js';
import type { Database, DocumentsTable, DocumentStatus } from '../database.types.js';
import { guarded, parseInput } from '../store-error.js';

export const RegisterDocumentInputSchema = z.object({
  sha256: Sha256Schema,
  fileName: z.string().min(1),
  pipelineVersion: PipelineVersionSchema,
  sizeBytes: z.number().int().min(0).nullable().optional(),
  /** Records the file in this batch (for `lao status <batch>`); the batch is created on first use. */
  batchId: z.string().min(1).max(128).optional(),
});
export type RegisterDocumentInput = z.input<typeof RegisterDocumentInputSchema>;

export type RegistrationStatus = 'new' | 'duplicate' | 'reprocess';

export interface DocumentRecord {
  id: string;
  sha256: string;
  fileName: string;
  sizeBytes: number | null;
  status: DocumentStatus;
  error: string | null;
  pipelineVersion: string;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface Registration {
  /** new: first time seen; duplicate: same bytes and pipeline version, skip; reprocess: a new pipeline version. */
  status: RegistrationStatus;
  documentId: string;
  /** The document after registration; for a duplicate, `document.status` says how the earlier run ended. */
  document: DocumentRecord;
}

export interface DocumentRepository {
  register(input: RegisterDocumentInput): Promise<Registration>;
  get(documentId: string): Promise<DocumentRecord | null>;
  getBySha256(sha256: string): Promise<DocumentRecord | null>;
  list(filter?: { status?: DocumentStatus; batchId?: string }): Promise<DocumentRecord[]>;
  markProcessing(documentId: string): Promise<DocumentRecord>;
  markDone(documentId: string): Promise<DocumentRecord>;
  markFailed(documentId: string, reason: string): Promise<DocumentRecord>;
}

export function toDocumentRecord(row: Selectable<DocumentsTable>): DocumentRecord {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    status: row.status,
    error: row.error,
    pipelineVersion: row.pipeline_version,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export function createDocumentRepository(db: Kysely<Database>): DocumentRepository {
  const get = (documentId: string) =>
    guarded('get document', async () => {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
      return row ? toDocumentRecord(row) : null;
    });

  const transition = (documentId: string, what: string, set: Partial<DocumentsTable>) =>
    guarded(what, async () => {
      const row = await db
        .updateTable('documents')
        .set({ ...set, updated_at: nowIso() })
        .where('id', '=', documentId)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new LaoError('INVALID_INPUT', `${what}: no document ${documentId}`);
      return toDocumentRecord(row);
    });

  return {
    register: async (raw) => {
      const input = parseInput(RegisterDocumentInputSchema, raw, 'register document');
      return guarded('register document', () =>
        db.transaction().execute(async (trx) => {
          const now = nowIso();
          // ON CONFLICT makes two deliveries of the same intake job race safely: exactly one inserts.
          const inserted = await trx
            .insertInto('documents')
            .values({
              id: newId(),
              sha256: input.sha256,
              file_name: input.fileName,
              size_bytes: input.sizeBytes ?? null,
              status: 'pending',
              error: null,
              pipeline_version: input.pipelineVersion,
              attempts: 0,
              created_at: now,
              updated_at: now,
              started_at: null,
              finished_at: null,
            })
            .onConflict((oc) => oc.column('sha256').doNothing())
            .returningAll()
            .executeTakeFirst();

          let status: RegistrationStatus;
          let row: Selectable<DocumentsTable>;
          if (inserted) {
            status = 'new';
            row = inserted;
          } else {
            const existing = await trx
              .selectFrom('documents')
              .selectAll()
              .where('sha256', '=', input.sha256)
              .executeTakeFirstOrThrow();
            const updated =
              existing.pipeline_version === input.pipelineVersion
                ? undefined
                : await trx
                    .updateTable('documents')
                    .set({
                      pipeline_version: input.pipelineVersion,
                      status: 'pending',
                      error: null,
                      started_at: null,
                      finished_at: null,
                      updated_at: now,
                    })
                    // Only the first of two concurrent re-registrations wins the version change.
                    .where('id', '=', existing.id)
                    .where('pipeline_version', '=', existing.pipeline_version)
                    .returningAll()
                    .executeTakeFirst();
            status = updated ? 'reprocess' : 'duplicate';
            row = updated ?? existing;
          }

          if (input.batchId !== undefined) {
            // Batch ids come from the caller (one CLI call, one upload): the first file creates the batch.
            await trx
              .insertInto('batches')
              .values({ id: input.batchId, label: null, created_at: now })
              .onConflict((oc) => oc.column('id').doNothing())
              .execute();
            await trx
              .insertInto('batch_files')
              .values({
                batch_id: input.batchId,
                document_id: row.id,
                file_name: input.fileName,
                registration: status,
                added_at: now,
              })
              .onConflict((oc) => oc.columns(['batch_id', 'document_id']).doNothing())
              .execute();
          }
          return { status, documentId: row.id, document: toDocumentRecord(row) };
        }),
      );
    },

    get,

    getBySha256: (sha256) =>
      guarded('get document by sha256', async () => {
        const row = await db.selectFrom('documents').selectAll().where('sha256', '=', sha256).executeTakeFirst();
        return row ? toDocumentRecord(row) : null;
      }),

    list: (filter = {}) =>
      guarded('list documents', async () => {
        let q = db.selectFrom('documents').selectAll('documents');
        if (filter.status !== undefined) q = q.where('documents.status', '=', filter.status);
        if (filter.batchId !== undefined) {
          const batchId = filter.batchId;
          q = q.where((eb) =>
            eb.exists(
              eb
                .selectFrom('batch_files')
                .select('batch_files.document_id')
                .whereRef('batch_files.document_id', '=', 'documents.id')
                .where('batch_files.batch_id', '=', batchId),
            ),
          );
        }
        const rows = await q.orderBy('documents.created_at').orderBy('documents.id').execute();
        return rows.map(toDocumentRecord);
      }),

    markProcessing: (documentId) =>
      guarded('mark processing', async () => {
        const row = await db
          .updateTable('documents')
          .set((eb) => ({
            status: 'processing' as const,
            error: null,
            started_at: nowIso(),
            finished_at: null,
            updated_at: nowIso(),
            attempts: eb('attempts', '+', 1),
          }))
          .where('id', '=', documentId)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw new LaoError('INVALID_INPUT', `mark processing: no document ${documentId}`);
        return toDocumentRecord(row);
      }),

    markDone: (documentId) =>
      transition(documentId, 'mark done', { status: 'done', error: null, finished_at: nowIso() }),

    markFailed: (documentId, reason) =>
      transition(documentId, 'mark failed', { status: 'failed', error: reason.slice(0, 2000), finished_at: nowIso() }),
  };
}
