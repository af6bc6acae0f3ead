import type { Kysely } from 'kysely';
import { z } from 'zod';
import { PageTextSchema, parseOrThrow, type PageText } from '@lao/schemas';
import { nowIso } from '../clock.js';
import type { Database } from '../database.types.js';
import { guarded, parseInput, parseStored } from '../store-error.js';

export interface PageSummary {
  page: number;
  method: 'text' | 'ocr';
  confidence: number | null;
}

/** A page that could not be read: its number and why (`CODE: message`, as in a document's `error`). */
export const PageFailureSchema = z.object({
  page: z.number().int().min(1),
  reason: z.string().min(1),
});
export type PageFailure = z.infer<typeof PageFailureSchema>;
const PageFailureListSchema = z.array(PageFailureSchema);

/**
 * Extracted pages, kept whole as JSON so re-parsing with a new pipeline version never re-OCRs, and the pages that
 * could not be read. A page is either read or unreadable: recording one outcome removes the other in the same
 * transaction, so a page read on a later delivery no longer counts as unreadable.
 */
export interface PageRepository {
  /** Inserts or replaces the page (a re-delivered page job overwrites its own row); clears its failure, if any. */
  save(documentId: string, page: PageText): Promise<void>;
  get(documentId: string, pageNo: number): Promise<PageText | null>;
  /** In page order. */
  list(documentId: string): Promise<PageText[]>;
  summaries(documentId: string): Promise<PageSummary[]>;
  /** Records that the page could not be read (replacing an earlier reason and any stored text of that page). */
  saveFailure(documentId: string, failure: PageFailure): Promise<void>;
  /** The unreadable pages, in page order. */
  failures(documentId: string): Promise<PageFailure[]>;
  /**
   * Forget the extracted text and the unreadable pages together (one transaction), e.g. when a new extractor
   * version must re-read the pages. Returns the number of extracted pages removed.
   */
  deleteAll(documentId: string): Promise<number>;
}

const parsePage = (json: string): PageText =>
  parseStored(PageTextSchema, json, 'stored page text');

/** The reason column holds one line; a runaway message is cut like a document's `error`. */
const MAX_REASON = 2000;

export function createPageRepository(db: Kysely<Database>): PageRepository {
  return {
    save: async (documentId, raw) => {
      const page = parseInput(PageTextSchema, raw, 'save page');
      return guarded('save page', async () => {
        const values = {
          method: page.method,
          confidence: page.confidence,
          page_text_json: JSON.stringify(page),
          created_at: nowIso(),
        };
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('pages')
            .values({ document_id: documentId, page_no: page.page, ...values })
            .onConflict((oc) => oc.columns(['document_id', 'page_no']).doUpdateSet(values))
            .execute();
          await trx.deleteFrom('page_failures').where('document_id', '=', documentId).where('page_no', '=', page.page).execute();
        });
      });
    },

    get: (documentId, pageNo) =>
      guarded('get page', async () => {
        const row = await db
          .selectFrom('pages')
          .select('page_text_json')
          .where('document_id', '=', documentId)
          .where('page_no', '=', pageNo)
          .executeTakeFirst();
        return row ? parsePage(row.page_text_json) : null;
      }),

    list: (documentId) =>
      guarded('list pages', async () => {
        const rows = await db
          .selectFrom('pages')
          .select('page_text_json')
          .where('document_id', '=', documentId)
          .orderBy('page_no')
          .execute();
        return rows.map((r) => parsePage(r.page_text_json));
      }),

    summaries: (documentId) =>
      guarded('page summaries', async () => {
        const rows = await db
          .selectFrom('pages')
          .select(['page_no', 'method', 'confidence'])
          .where('document_id', '=', documentId)
          .orderBy('page_no')
          .execute();
        return rows.map((r) => ({ page: r.page_no, method: r.method, confidence: r.confidence }));
      }),

    saveFailure: async (documentId, raw) => {
      const failure = parseInput(PageFailureSchema, raw, 'save page failure');
      return guarded('save page failure', async () => {
        const values = { reason: failure.reason.slice(0, MAX_REASON), created_at: nowIso() };
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('page_failures')
            .values({ document_id: documentId, page_no: failure.page, ...values })
            .onConflict((oc) => oc.columns(['document_id', 'page_no']).doUpdateSet(values))
            .execute();
          await trx.deleteFrom('pages').where('document_id', '=', documentId).where('page_no', '=', failure.page).execute();
        });
      });
    },

    failures: (documentId) =>
      guarded('list page failures', async () => {
        const rows = await db
          .selectFrom('page_failures')
          .select(['page_no', 'reason'])
          .where('document_id', '=', documentId)
          .orderBy('page_no')
          .execute();
        return parseStoredFailures(rows, `page failures of ${documentId}`);
      }),

    deleteAll: (documentId) =>
      guarded('delete pages', () =>
        db.transaction().execute(async (trx) => {
          await trx.deleteFrom('page_failures').where('document_id', '=', documentId).execute();
          const result = await trx.deleteFrom('pages').where('document_id', '=', documentId).executeTakeFirst();
          return Number(result.numDeletedRows);
        }),
      ),
  };
}

/** Rows read back are validated like JSON columns: a mismatch is the store's failure. */
export function parseStoredFailures(rows: ReadonlyArray<{ page_no: number; reason: string }>, what: string): PageFailure[] {
  return parseOrThrow(PageFailureListSchema, rows.map((r) => ({ page: r.page_no, reason: r.reason })), 'STORE_FAILED', what);
}
