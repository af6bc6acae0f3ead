import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DocTypeSchema, EvidenceSchema, FlagCodeSchema, SeveritySchema, type Evidence } from '@lao/schemas';
import { nowIso } from '../clock.js';
import type { Database, ReviewAction, ReviewStatus } from '../database.types.js';
import { districtKey, provinceKey } from '../org-key.js';
import { guarded, parseInput, parseStored } from '../store-error.js';
import { appendEvent } from './review-sync.js';

const EvidenceListSchema = z.array(EvidenceSchema);

export const ReviewStatusSchema = z.enum(['open', 'confirmed', 'dismissed', 'corrected']);

export const ReviewFilterSchema = z.object({
  /** Default `open`; `all` lists every status. */
  status: z.union([ReviewStatusSchema, z.literal('all')]).default('open'),
  flagCode: FlagCodeSchema.optional(),
  severity: SeveritySchema.optional(),
  documentId: z.string().optional(),
  assignee: z.string().optional(),
  province: z.string().optional(),
  district: z.string().optional(),
  fiscalYear: z.number().int().optional(),
  docType: DocTypeSchema.optional(),
  /** Items whose flag a later re-processing no longer produced; hidden unless asked for. */
  includeSuperseded: z.boolean().default(false),
  limit: z.number().int().min(1).max(10_000).default(200),
  offset: z.number().int().min(0).default(0),
});
export type ReviewFilter = z.input<typeof ReviewFilterSchema>;

const AssignSchema = z.object({ by: z.string().min(1), assignee: z.string().min(1).nullable(), note: z.string().nullable().optional() });

export const ReviewDecisionSchema = z.object({
  by: z.string().min(1),
  note: z.string().nullable().optional(),
  /** For `correct`: the corrected value(s), any JSON. */
  correction: z.unknown().optional(),
});
export type ReviewDecision = z.input<typeof ReviewDecisionSchema>;

export interface ReviewItem {
  id: string;
  documentId: string;
  fileName: string;
  orgName: string | null;
  province: string | null;
  district: string | null;
  fiscalYear: number | null;
  docType: string | null;
  flagCode: string;
  severity: string;
  message: string;
  messageEn: string;
  evidence: Evidence[];
  status: ReviewStatus;
  assignee: string | null;
  correction: unknown;
  createdAt: string;
  updatedAt: string;
  superseded: boolean;
}

export interface ReviewEvent {
  seq: number;
  at: string;
  by: string;
  action: ReviewAction;
  fromStatus: ReviewStatus | null;
  toStatus: ReviewStatus | null;
  note: string | null;
  correction: unknown;
}

export type ReviewActionResult =
  | { ok: true; item: ReviewItem }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'not_open' | 'already_open' | 'superseded'; item: ReviewItem };

export interface ReviewRepository {
  list(filter?: ReviewFilter): Promise<ReviewItem[]>;
  get(itemId: string): Promise<ReviewItem | null>;
  /** The audit trail, oldest first. */
  history(itemId: string): Promise<ReviewEvent[]>;
  confirm(itemId: string, decision: ReviewDecision): Promise<ReviewActionResult>;
  dismiss(itemId: string, decision: ReviewDecision): Promise<ReviewActionResult>;
  correct(itemId: string, decision: ReviewDecision): Promise<ReviewActionResult>;
  /** Back to open, e.g. after a decision made by mistake. */
  reopen(itemId: string, decision: ReviewDecision): Promise<ReviewActionResult>;
  assign(itemId: string, input: { by: string; assignee: string | null; note?: string | null }): Promise<ReviewActionResult>;
}

const parseJson = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('review_items')
    .innerJoin('documents', 'documents.id', 'review_items.document_id')
    .leftJoin('reports', 'reports.document_id', 'review_items.document_id')
    .leftJoin('organisations', 'organisations.id', 'reports.org_id')
    .select([
      'review_items.id',
      'review_items.document_id',
      'documents.file_name',
      'organisations.name as org_name',
      'organisations.province',
      'organisations.district',
      'reports.fiscal_year',
      'reports.doc_type',
      'review_items.flag_code',
      'review_items.severity',
      'review_items.message',
      'review_items.message_en',
      'review_items.evidence_json',
      'review_items.status',
      'review_items.assignee',
      'review_items.correction_json',
      'review_items.created_at',
      'review_items.updated_at',
      'review_items.superseded_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toItem(r: Row): ReviewItem {
  return {
    id: r.id,
    documentId: r.document_id,
    fileName: r.file_name,
    orgName: r.org_name,
    province: r.province,
    district: r.district,
    fiscalYear: r.fiscal_year,
    docType: r.doc_type,
    flagCode: r.flag_code,
    severity: r.severity,
    message: r.message,
    messageEn: r.message_en,
    evidence: parseStored(EvidenceListSchema, r.evidence_json, 'stored evidence'),
    status: r.status,
    assignee: r.assignee,
    correction: parseJson(r.correction_json),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    superseded: r.superseded_at !== null,
  };
}

const DECISIONS = {
  confirm: { action: 'confirm', to: 'confirmed' },
  dismiss: { action: 'dismiss', to: 'dismissed' },
  correct: { action: 'correct', to: 'corrected' },
} as const;

export function createReviewRepository(db: Kysely<Database>): ReviewRepository {
  const get = (itemId: string) =>
    guarded('get review item', async () => {
      const row = await baseQuery(db).where('review_items.id', '=', itemId).executeTakeFirst();
      return row ? toItem(row) : null;
    });

  /** Reads, checks and writes in one transaction; the status guard in the UPDATE makes a racing second decision lose. */
  const act = (
    itemId: string,
    what: string,
    decide: (item: ReviewItem) => { reason: 'not_open' | 'already_open' | 'superseded' } | {
      set: { status?: ReviewStatus; assignee?: string | null; correction_json?: string | null };
      action: ReviewAction;
      by: string;
      note: string | null;
      correctionJson: string | null;
    },
  ): Promise<ReviewActionResult> =>
    guarded(what, () =>
      db.transaction().execute(async (trx) => {
        const row = await baseQuery(trx).where('review_items.id', '=', itemId).executeTakeFirst();
        if (!row) return { ok: false, reason: 'not_found' } as const;
        const item = toItem(row);
        const decision = decide(item);
        if ('reason' in decision) return { ok: false, reason: decision.reason, item } as const;
        const now = nowIso();
        const updated = await trx
          .updateTable('review_items')
          .set({ ...decision.set, updated_at: now })
          .where('id', '=', itemId)
          .where('status', '=', item.status)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: 'not_open', item } as const;
        await appendEvent(trx, itemId, now, decision.action, item.status, decision.set.status ?? item.status, {
          by: decision.by,
          note: decision.note,
          correctionJson: decision.correctionJson,
        });
        const after = await baseQuery(trx).where('review_items.id', '=', itemId).executeTakeFirstOrThrow();
        return { ok: true, item: toItem(after) } as const;
      }),
    );

  const decideWith = (kind: keyof typeof DECISIONS) => async (itemId: string, raw: ReviewDecision) => {
    const input = parseInput(ReviewDecisionSchema, raw, `review ${kind}`);
    const { action, to } = DECISIONS[kind];
    const correctionJson = kind === 'correct' && input.correction !== undefined ? JSON.stringify(input.correction) : null;
    return act(itemId, `review ${kind}`, (item) => {
      if (item.superseded) return { reason: 'superseded' };
      if (item.status !== 'open') return { reason: 'not_open' };
      return {
        set: { status: to, ...(kind === 'correct' ? { correction_json: correctionJson } : {}) },
        action,
        by: input.by,
        note: input.note ?? null,
        correctionJson,
      };
    });
  };

  return {
    list: async (raw = {}) => {
      const f = parseInput(ReviewFilterSchema, raw, 'list review items');
      return guarded('list review items', async () => {
        let q = baseQuery(db);
        if (f.status !== 'all') q = q.where('review_items.status', '=', f.status);
        if (!f.includeSuperseded) q = q.where('review_items.superseded_at', 'is', null);
        if (f.flagCode !== undefined) q = q.where('review_items.flag_code', '=', f.flagCode);
        if (f.severity !== undefined) q = q.where('review_items.severity', '=', f.severity);
        if (f.documentId !== undefined) q = q.where('review_items.document_id', '=', f.documentId);
        if (f.assignee !== undefined) q = q.where('review_items.assignee', '=', f.assignee);
        if (f.province !== undefined) q = q.where('organisations.province', '=', provinceKey(f.province));
        if (f.district !== undefined) q = q.where('organisations.district', '=', districtKey(f.district));
        if (f.fiscalYear !== undefined) q = q.where('reports.fiscal_year', '=', f.fiscalYear);
        if (f.docType !== undefined) q = q.where('reports.doc_type', '=', f.docType);
        const rows = await q
          .orderBy('review_items.created_at')
          .orderBy('documents.file_name')
          .orderBy('review_items.document_id')
          .orderBy('review_items.flag_ord')
          .limit(f.limit)
          .offset(f.offset)
          .execute();
        return rows.map(toItem);
      });
    },

    get,

    history: (itemId) =>
      guarded('review history', async () => {
        const rows = await db
          .selectFrom('review_events')
          .selectAll()
          .where('review_item_id', '=', itemId)
          .orderBy('seq')
          .execute();
        return rows.map((r) => ({
          seq: r.seq,
          at: r.at,
          by: r.by,
          action: r.action,
          fromStatus: r.from_status,
          toStatus: r.to_status,
          note: r.note,
          correction: parseJson(r.correction_json),
        }));
      }),

    confirm: decideWith('confirm'),
    dismiss: decideWith('dismiss'),
    correct: decideWith('correct'),

    reopen: async (itemId, raw) => {
      const input = parseInput(ReviewDecisionSchema, raw, 'review reopen');
      return act(itemId, 'review reopen', (item) =>
        item.status === 'open'
          ? { reason: 'already_open' }
          : { set: { status: 'open' }, action: 'reopen', by: input.by, note: input.note ?? null, correctionJson: null },
      );
    },

    assign: async (itemId, raw) => {
      const input = parseInput(AssignSchema, raw, 'review assign');
      return act(itemId, 'review assign', () => ({
        set: { assignee: input.assignee },
        action: 'assign',
        by: input.by,
        note: input.note ?? (input.assignee === null ? 'unassigned' : `assigned to ${input.assignee}`),
        correctionJson: null,
      }));
    },
  };
}
