import type { Kysely } from 'kysely';
import { PageTextSchema, type PageText } from '@lao/schemas';
import { nowIso } from '../clock.js';
import type { Database } from '../database.types.js';
import { guarded, parseInput, parseStored } from '../store-error.js';

export interface PageSummary {
  page: number;
  method: 'text' | 'ocr';
  confidence: number | null;
}

/** Extracted pages, kept whole as JSON so re-parsing with a new pipeline version never re-OCRs. */
export interface PageRepository {
  /** Inserts or replaces the page (a re-delivered page job overwrites its own row). */
  save(documentId: string, page: PageText): Promise<void>;
  get(documentId: string, pageNo: number): Promise<PageText | null>;
  /** In page order. */
  list(documentId: string): Promise<PageText[]>;
  summaries(documentId: string): Promise<PageSummary[]>;
  /** Forget the extracted text, e.g. when a new extractor version must re-read the pages. */
  deleteAll(documentId: string): Promise<number>;
}

const parsePage = (json: string): PageText =>
  parseStored(PageTextSchema, json, 'stored page text');

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
        await db
          .insertInto('pages')
          .values({ document_id: documentId, page_no: page.page, ...values })
          .onConflict((oc) => oc.columns(['document_id', 'page_no']).doUpdateSet(values))
          .execute();
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

    deleteAll: (documentId) =>
      guarded('delete pages', async () => {
        const result = await db.deleteFrom('pages').where('document_id', '=', documentId).executeTakeFirst();
        return Number(result.numDeletedRows);
      }),
  };
}
