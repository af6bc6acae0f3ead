import { sql, type Kysely } from 'kysely';

/**
 * The first schema. Only types both dialects read the same way: text, integer, double precision
 * (PostgreSQL `real` is float4 and would round 86.48), ISO timestamps as text, JSON as text.
 * Child rows are keyed by (document_id, ord) so replacing a document's records is a plain delete.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['pending', 'processing', 'done', 'failed'])))
    .addColumn('error', 'text')
    .addColumn('pipeline_version', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('documents_status_idx').on('documents').column('status').execute();

  await db.schema
    .createTable('batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('batch_files')
    .addColumn('batch_id', 'text', (c) => c.notNull().references('batches.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('registration', 'text', (c) => c.notNull().check(sqlIn('registration', ['new', 'duplicate', 'reprocess'])))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('batch_files_pk', ['batch_id', 'document_id'])
    .execute();
  await db.schema.createIndex('batch_files_document_idx').on('batch_files').column('document_id').execute();

  await db.schema
    .createTable('pages')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('page_no', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull().check(sqlIn('method', ['text', 'ocr'])))
    .addColumn('confidence', 'double precision')
    .addColumn('page_text_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pages_pk', ['document_id', 'page_no'])
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_key', 'text', (c) => c.notNull().unique())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('district', 'text')
    .addColumn('province', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_province_idx').on('organisations').columns(['province', 'district']).execute();
  await db.schema.createIndex('organisations_name_key_idx').on('organisations').column('name_key').execute();

  await db.schema
    .createTable('reports')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer')
    .addColumn('org_name', 'text')
    .addColumn('org_kind', 'text')
    .addColumn('district', 'text')
    .addColumn('province', 'text')
    .addColumn('ita_year', 'integer')
    .addColumn('total_score', 'double precision')
    .addColumn('level', 'text')
    .addColumn('iit', 'double precision')
    .addColumn('eit', 'double precision')
    .addColumn('oit', 'double precision')
    .addColumn('plan_from_year', 'integer')
    .addColumn('plan_to_year', 'integer')
    .addColumn('page_count', 'integer', (c) => c.notNull())
    .addColumn('report_json', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reports_org_idx').on('reports').column('org_id').execute();
  await db.schema.createIndex('reports_year_type_idx').on('reports').columns(['fiscal_year', 'doc_type']).execute();

  await db.schema
    .createTable('indicator_scores')
    .addColumn('document_id', 'text', (c) => c.notNull().references('reports.document_id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('no', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('official_name', 'text')
    .addColumn('score', 'double precision')
    .addColumn('page', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_scores_pk', ['document_id', 'ord'])
    .execute();

  await db.schema
    .createTable('question_scores')
    .addColumn('document_id', 'text', (c) => c.notNull().references('reports.document_id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('tool', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('score', 'double precision')
    .addColumn('parts_json', 'text')
    .addColumn('page', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_scores_pk', ['document_id', 'ord'])
    .execute();

  await db.schema
    .createTable('measures')
    .addColumn('document_id', 'text', (c) => c.notNull().references('reports.document_id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('no', 'text')
    .addColumn('indicator_no', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('steps_json', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text')
    .addColumn('period_text', 'text')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('status', 'text')
    .addColumn('progress_percent', 'double precision')
    .addColumn('output', 'text')
    .addColumn('outcome', 'text')
    .addColumn('result', 'text')
    .addColumn('page', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('measures_pk', ['document_id', 'ord'])
    .execute();

  await db.schema
    .createTable('plan_projects')
    .addColumn('document_id', 'text', (c) => c.notNull().references('reports.document_id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('no', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('dimension', 'integer')
    .addColumn('budget', 'double precision')
    .addColumn('quarters_json', 'text', (c) => c.notNull())
    .addColumn('page', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_projects_pk', ['document_id', 'ord'])
    .execute();

  await db.schema
    .createTable('stated_totals')
    .addColumn('document_id', 'text', (c) => c.notNull().references('reports.document_id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('project_count', 'integer')
    .addColumn('budget', 'double precision')
    .addColumn('page', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stated_totals_pk', ['document_id', 'ord'])
    .execute();

  await db.schema
    .createTable('flags')
    .addColumn('document_id', 'text', (c) => c.notNull().references('reports.document_id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(sqlIn('severity', ['error', 'warning', 'info'])))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    .addColumn('evidence_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('flags_pk', ['document_id', 'ord'])
    .addUniqueConstraint('flags_fingerprint_uq', ['document_id', 'fingerprint'])
    .execute();
  await db.schema.createIndex('flags_code_idx').on('flags').column('code').execute();

  // Review items outlive re-processing (they hang off the document, not the flag rows), so a
  // reviewer's decision and its audit trail survive when the same flag comes back.
  await db.schema
    .createTable('review_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    /** The flag's position in the latest report, so the queue lists a document's items in report order. */
    .addColumn('flag_ord', 'integer', (c) => c.notNull())
    .addColumn('flag_code', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    .addColumn('evidence_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['open', 'confirmed', 'dismissed', 'corrected'])),
    )
    .addColumn('assignee', 'text')
    .addColumn('correction_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    .addUniqueConstraint('review_items_fingerprint_uq', ['document_id', 'fingerprint'])
    .execute();
  await db.schema.createIndex('review_items_status_idx').on('review_items').columns(['status', 'flag_code']).execute();

  await db.schema
    .createTable('review_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_item_id', 'text', (c) => c.notNull().references('review_items.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('note', 'text')
    .addColumn('correction_json', 'text')
    .addUniqueConstraint('review_events_seq_uq', ['review_item_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'review_events',
    'review_items',
    'flags',
    'stated_totals',
    'plan_projects',
    'measures',
    'question_scores',
    'indicator_scores',
    'reports',
    'organisations',
    'pages',
    'batch_files',
    'batches',
    'documents',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

/** A CHECK that keeps a text column inside a closed set (both dialects lack a portable enum). */
function sqlIn(column: string, values: readonly string[]) {
  return sql<boolean>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
