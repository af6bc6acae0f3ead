import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { DocTypeSchema, EvidenceSchema, FlagCodeSchema, type Evidence } from '@lao/schemas';
import { orgNameKey, parseOrgName } from '@lao/thai-text';
import type { Database, ReviewStatus } from '../database.types.js';
import { districtKey, provinceKey } from '../org-key.js';
import { containsLiteral } from '../like-pattern.js';
import { guarded, parseInput, parseStored } from '../store-error.js';
import { chunks } from './report-rows.mapper.js';

const EvidenceListSchema = z.array(EvidenceSchema);

export const QueryFilterSchema = z.object({
  province: z.string().min(1).optional(),
  district: z.string().min(1).optional(),
  /** Part of the organisation's name, any spelling the key folds together ("อบต.ขอนแก่น", "ขอนแก่น"). */
  org: z.string().min(1).optional(),
  organisationId: z.string().min(1).optional(),
  fiscalYear: z.number().int().optional(),
  docType: DocTypeSchema.optional(),
  /** Only documents carrying this flag; the result then also lists the flags themselves. */
  flagCode: FlagCodeSchema.optional(),
  batchId: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(100_000).default(1000),
});
export type QueryFilter = z.input<typeof QueryFilterSchema>;

export interface QueryRow {
  documentId: string;
  fileName: string;
  organisationId: string | null;
  org: string | null;
  orgKind: string | null;
  district: string | null;
  province: string | null;
  fiscalYear: number | null;
  docType: string;
  totalScore: number | null;
  level: string | null;
  flags: { error: number; warning: number; info: number; total: number };
  openReviews: number;
}

export interface FlagRow {
  documentId: string;
  fileName: string;
  org: string | null;
  province: string | null;
  fiscalYear: number | null;
  code: string;
  severity: string;
  message: string;
  messageEn: string;
  evidence: Evidence[];
  /** The reviewer's decision on this flag so far. */
  reviewStatus: ReviewStatus | null;
}

export interface QueryResult {
  rows: QueryRow[];
  /** Present when filtering by flag code: one row per matching flag. */
  flagRows?: FlagRow[];
}

export function createQuery(db: Kysely<Database>): (filter?: QueryFilter) => Promise<QueryResult> {
  return async (raw = {}) => {
    const f = parseInput(QueryFilterSchema, raw, 'query');
    return guarded('query', async () => {
      let q = db
        .selectFrom('reports')
        .innerJoin('documents', 'documents.id', 'reports.document_id')
        .leftJoin('organisations', 'organisations.id', 'reports.org_id');
      if (f.province !== undefined) q = q.where('reports.province', '=', provinceKey(f.province));
      if (f.district !== undefined) q = q.where('reports.district', '=', districtKey(f.district));
      if (f.organisationId !== undefined) q = q.where('reports.org_id', '=', f.organisationId);
      if (f.org !== undefined) {
        // "อบต.ขอนแก่น" searches SAOs whose name contains ขอนแก่น; "ขอนแก่น" any kind.
        const parsed = parseOrgName(f.org);
        q = q.where(containsLiteral('organisations.name_key', orgNameKey(f.org)));
        if (parsed?.kind) q = q.where('organisations.kind', '=', parsed.kind);
      }
      if (f.fiscalYear !== undefined) q = q.where('reports.fiscal_year', '=', f.fiscalYear);
      if (f.docType !== undefined) q = q.where('reports.doc_type', '=', f.docType);
      if (f.batchId !== undefined) {
        const batchId = f.batchId;
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('batch_files')
              .select('batch_files.document_id')
              .whereRef('batch_files.document_id', '=', 'reports.document_id')
              .where('batch_files.batch_id', '=', batchId),
          ),
        );
      }
      if (f.flagCode !== undefined) {
        const code = f.flagCode;
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('flags')
              .select('flags.document_id')
              .whereRef('flags.document_id', '=', 'reports.document_id')
              .where('flags.code', '=', code),
          ),
        );
      }

      const rows = await q
        .select((eb) => {
          const countFlags = (severity: string) =>
            eb
              .selectFrom('flags')
              .select((e) => e.fn.countAll().as('n'))
              .whereRef('flags.document_id', '=', 'reports.document_id')
              .where('flags.severity', '=', severity);
          return [
            'reports.document_id',
            'documents.file_name',
            'reports.org_id',
            eb.fn.coalesce('organisations.name', 'reports.org_name').as('org'),
            'reports.org_kind',
            'reports.district',
            'reports.province',
            'reports.fiscal_year',
            'reports.doc_type',
            'reports.total_score',
            'reports.level',
            countFlags('error').as('errors'),
            countFlags('warning').as('warnings'),
            countFlags('info').as('infos'),
            eb
              .selectFrom('review_items')
              .select((e) => e.fn.countAll().as('n'))
              .whereRef('review_items.document_id', '=', 'reports.document_id')
              .where('review_items.status', '=', 'open')
              .where('review_items.superseded_at', 'is', null)
              .as('open_reviews'),
          ];
        })
        .orderBy('reports.province')
        .orderBy('reports.district')
        .orderBy(sql`coalesce(organisations.name, reports.org_name)`)
        .orderBy('reports.fiscal_year')
        .orderBy('documents.file_name')
        .limit(f.limit)
        .execute();

      // PostgreSQL returns count(*) as a bigint string; SQLite as a number.
      const result: QueryResult = {
        rows: rows.map((r) => {
          const error = Number(r.errors ?? 0);
          const warning = Number(r.warnings ?? 0);
          const info = Number(r.infos ?? 0);
          return {
            documentId: r.document_id,
            fileName: r.file_name,
            organisationId: r.org_id,
            org: r.org,
            orgKind: r.org_kind,
            district: r.district,
            province: r.province,
            fiscalYear: r.fiscal_year,
            docType: r.doc_type,
            totalScore: r.total_score,
            level: r.level,
            flags: { error, warning, info, total: error + warning + info },
            openReviews: Number(r.open_reviews ?? 0),
          };
        }),
      };

      if (f.flagCode !== undefined) {
        const flagRows = [];
        // Chunked so a large result never exceeds a dialect's bound-parameter limit.
        for (const ids of chunks(rows.map((r) => r.document_id), 500)) {
          const part = await db
          .selectFrom('flags')
          .innerJoin('reports', 'reports.document_id', 'flags.document_id')
          .innerJoin('documents', 'documents.id', 'flags.document_id')
          .leftJoin('organisations', 'organisations.id', 'reports.org_id')
          .leftJoin('review_items', (j) =>
            j.onRef('review_items.document_id', '=', 'flags.document_id').onRef('review_items.fingerprint', '=', 'flags.fingerprint'),
          )
          .select((eb) => [
            'flags.document_id',
            'documents.file_name',
            eb.fn.coalesce('organisations.name', 'reports.org_name').as('org'),
            'reports.province',
            'reports.fiscal_year',
            'flags.code',
            'flags.severity',
            'flags.message',
            'flags.message_en',
            'flags.evidence_json',
            'review_items.status as review_status',
          ])
          .where('flags.code', '=', f.flagCode)
          .where('flags.document_id', 'in', ids)
          .orderBy('documents.file_name')
          .orderBy('flags.ord')
          .execute();
          flagRows.push(...part);
        }
        result.flagRows = flagRows.map((r) => ({
          documentId: r.document_id,
          fileName: r.file_name,
          org: r.org,
          province: r.province,
          fiscalYear: r.fiscal_year,
          code: r.code,
          severity: r.severity,
          message: r.message,
          messageEn: r.message_en,
          evidence: parseStored(EvidenceListSchema, r.evidence_json, 'stored evidence'),
          reviewStatus: r.review_status,
        }));
      }
      return result;
    });
  };
}
