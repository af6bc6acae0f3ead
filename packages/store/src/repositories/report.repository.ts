import type { Kysely, Transaction } from 'kysely';
import { LaoError, ReportSchema, type Report } from '@lao/schemas';
import { newId, nowIso } from '../clock.js';
import type { Database } from '../database.types.js';
import { districtKey, organisationIdentity, provinceKey } from '../org-key.js';
import { guarded, parseInput, parseStored } from '../store-error.js';
import { chunks, reportChildRows } from './report-rows.mapper.js';
import { syncReviewItems, type ReviewSyncResult } from './review-sync.js';

export interface SaveReportResult {
  documentId: string;
  /** The organisation identity the report was attached to; null when the report names none. */
  organisationId: string | null;
  counts: { indicators: number; questions: number; measures: number; projects: number; statedTotals: number; flags: number };
  reviewItems: ReviewSyncResult;
}

export interface ReportRepository {
  /**
   * Replaces everything the document had, in one transaction, and marks the document done.
   * Saving the same report again changes nothing a reader can see (review decisions survive).
   */
  save(documentId: string, report: Report): Promise<SaveReportResult>;
  /** The stored Report, validated on the way out; null when the document has no report. */
  get(documentId: string): Promise<Report | null>;
}

export function createReportRepository(db: Kysely<Database>): ReportRepository {
  return {
    save: async (documentId, raw) => {
      const report = parseInput(ReportSchema, raw, 'save report');
      return guarded('save report', () => db.transaction().execute((trx) => saveInTransaction(trx, documentId, report)));
    },

    get: (documentId) =>
      guarded('get report', async () => {
        const row = await db
          .selectFrom('reports')
          .select('report_json')
          .where('document_id', '=', documentId)
          .executeTakeFirst();
        if (!row) return null;
        return parseStored(ReportSchema, row.report_json, `stored report of ${documentId}`);
      }),
  };
}

async function saveInTransaction(trx: Transaction<Database>, documentId: string, report: Report): Promise<SaveReportResult> {
  const now = nowIso();
  // Touching the document row first locks it: two deliveries of the same store job take turns
  // instead of interleaving their deletes and inserts (SQLite serialises writers anyway).
  const doc = await trx
    .updateTable('documents')
    .set({ updated_at: now })
    .where('id', '=', documentId)
    .returning(['id', 'sha256'])
    .executeTakeFirst();
  if (!doc) throw new LaoError('INVALID_INPUT', `save report: no document ${documentId}`);
  if (doc.sha256 !== report.source.sha256) {
    throw new LaoError('INVALID_INPUT', `save report: report is for ${report.source.sha256}, document ${documentId} is ${doc.sha256}`);
  }

  const organisationId = await upsertOrganisation(trx, report, now);
  const rows = reportChildRows(documentId, report);

  for (const table of ['flags', 'stated_totals', 'plan_projects', 'measures', 'question_scores', 'indicator_scores', 'reports'] as const) {
    await trx.deleteFrom(table).where('document_id', '=', documentId).execute();
  }

  await trx
    .insertInto('reports')
    .values({
      document_id: documentId,
      org_id: organisationId,
      doc_type: report.docType,
      fiscal_year: report.fiscalYear,
      org_name: report.org.name,
      org_kind: report.org.kind,
      district: report.org.district === null ? null : districtKey(report.org.district),
      province: report.org.province === null ? null : provinceKey(report.org.province),
      ita_year: report.ita?.year ?? null,
      total_score: report.ita?.totalScore ?? null,
      level: report.ita?.level ?? null,
      iit: report.ita?.tools.iit ?? null,
      eit: report.ita?.tools.eit ?? null,
      oit: report.ita?.tools.oit ?? null,
      plan_from_year: report.plan?.fromYear ?? null,
      plan_to_year: report.plan?.toYear ?? null,
      page_count: report.source.pageCount,
      report_json: JSON.stringify(report),
      saved_at: now,
    })
    .execute();

  for (const batch of chunks(rows.indicators)) await trx.insertInto('indicator_scores').values(batch).execute();
  for (const batch of chunks(rows.questions)) await trx.insertInto('question_scores').values(batch).execute();
  for (const batch of chunks(rows.measures)) await trx.insertInto('measures').values(batch).execute();
  for (const batch of chunks(rows.projects)) await trx.insertInto('plan_projects').values(batch).execute();
  for (const batch of chunks(rows.statedTotals)) await trx.insertInto('stated_totals').values(batch).execute();
  for (const batch of chunks(rows.flags)) await trx.insertInto('flags').values(batch).execute();

  const reviewItems = await syncReviewItems(trx, documentId, rows.flags, now);

  await trx
    .updateTable('documents')
    .set({ status: 'done', error: null, finished_at: now, updated_at: now })
    .where('id', '=', documentId)
    .execute();

  return {
    documentId,
    organisationId,
    counts: {
      indicators: rows.indicators.length,
      questions: rows.questions.length,
      measures: rows.measures.length,
      projects: rows.projects.length,
      statedTotals: rows.statedTotals.length,
      flags: rows.flags.length,
    },
    reviewItems,
  };
}

/** One identity per LAO: insert on first sight, otherwise refresh what this report adds. */
async function upsertOrganisation(trx: Transaction<Database>, report: Report, now: string): Promise<string | null> {
  const identity = organisationIdentity(report.org);
  if (identity === null || report.org.name === null) return null;
  const district = report.org.district === null ? null : districtKey(report.org.district) || null;
  const row = await trx
    .insertInto('organisations')
    .values({
      id: newId(),
      org_key: identity.key,
      name_key: identity.nameKey,
      name: report.org.name.normalize('NFC').trim(),
      kind: identity.kind,
      district,
      province: identity.province,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('org_key').doUpdateSet((eb) => ({
        // A report that could not read the district must not erase one an earlier report found.
        district: eb.fn.coalesce(eb.ref('excluded.district'), eb.ref('organisations.district')),
        updated_at: now,
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
