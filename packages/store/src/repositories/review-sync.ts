import type { Insertable, Transaction } from 'kysely';
import { newId } from '../clock.js';
import type { Database, FlagsTable } from '../database.types.js';

export interface ReviewSyncResult {
  created: number;
  kept: number;
  superseded: number;
  restored: number;
}

const SYSTEM = 'system';

/**
 * Brings a document's review items in line with its new flags, inside saveReport's transaction:
 * a new flag opens an item; a flag seen before keeps its item, status and audit trail; an item
 * whose flag is gone is marked superseded (not deleted: the audit trail stays); one that comes back
 * is restored.
 */
export async function syncReviewItems(
  trx: Transaction<Database>,
  documentId: string,
  flags: readonly Insertable<FlagsTable>[],
  now: string,
): Promise<ReviewSyncResult> {
  const existing = await trx
    .selectFrom('review_items')
    .select(['id', 'fingerprint', 'status', 'superseded_at'])
    .where('document_id', '=', documentId)
    .execute();
  const byFingerprint = new Map(existing.map((r) => [r.fingerprint, r]));
  const current = new Set(flags.map((f) => f.fingerprint));
  const result: ReviewSyncResult = { created: 0, kept: 0, superseded: 0, restored: 0 };

  for (const flag of flags) {
    const snapshot = {
      flag_ord: flag.ord,
      flag_code: flag.code,
      severity: flag.severity,
      message: flag.message,
      message_en: flag.message_en,
      evidence_json: flag.evidence_json,
    };
    const item = byFingerprint.get(flag.fingerprint);
    if (!item) {
      const id = newId();
      await trx
        .insertInto('review_items')
        .values({
          id,
          document_id: documentId,
          fingerprint: flag.fingerprint,
          ...snapshot,
          status: 'open',
          assignee: null,
          correction_json: null,
          created_at: now,
          updated_at: now,
          superseded_at: null,
        })
        .execute();
      await appendEvent(trx, id, now, 'created', null, 'open');
      result.created += 1;
      continue;
    }
    // The wording may have changed with the pipeline version; the decision stays.
    await trx
      .updateTable('review_items')
      .set({ ...snapshot, superseded_at: null, ...(item.superseded_at === null ? {} : { updated_at: now }) })
      .where('id', '=', item.id)
      .execute();
    if (item.superseded_at === null) {
      result.kept += 1;
    } else {
      await appendEvent(trx, item.id, now, 'restored', item.status, item.status);
      result.restored += 1;
    }
  }

  for (const item of existing) {
    if (current.has(item.fingerprint) || item.superseded_at !== null) continue;
    await trx.updateTable('review_items').set({ superseded_at: now, updated_at: now }).where('id', '=', item.id).execute();
    await appendEvent(trx, item.id, now, 'superseded', item.status, item.status);
    result.superseded += 1;
  }
  return result;
}

export async function appendEvent(
  trx: Transaction<Database>,
  reviewItemId: string,
  at: string,
  action: Insertable<Database['review_events']>['action'],
  fromStatus: Insertable<Database['review_events']>['from_status'],
  toStatus: Insertable<Database['review_events']>['to_status'],
  extra: { by?: string; note?: string | null; correctionJson?: string | null } = {},
): Promise<void> {
  const last = await trx
    .selectFrom('review_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('review_item_id', '=', reviewItemId)
    .executeTakeFirst();
  const seq = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1;
  await trx
    .insertInto('review_events')
    .values({
      id: newId(),
      review_item_id: reviewItemId,
      seq,
      at,
      by: extra.by ?? SYSTEM,
      action,
      from_status: fromStatus ?? null,
      to_status: toStatus ?? null,
      note: extra.note ?? null,
      correction_json: extra.correctionJson ?? null,
    })
    .execute();
}
