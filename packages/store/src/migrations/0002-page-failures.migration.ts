import type { Kysely } from 'kysely';

/**
 * Pages that could not be read, with the reason, so every runner and `lao status` can say which pages a stored
 * report lacks. Keyed like `pages` (a page is either read or unreadable, never both); rows go with the document.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('page_failures')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('page_no', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('page_failures_pk', ['document_id', 'page_no'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('page_failures').execute();
}
