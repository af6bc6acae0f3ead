import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { isLaoError, loadConfig } from '@lao/schemas';
import { createStore } from '@lao/store';
import { DIALECTS, openTestStore, type TestStore } from './store.harness.js';

const TABLES = [
  'batch_files',
  'batches',
  'documents',
  'flags',
  'indicator_scores',
  'measures',
  'organisations',
  'page_failures',
  'pages',
  'plan_projects',
  'question_scores',
  'reports',
  'review_events',
  'review_items',
  'stated_totals',
];

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('creates every table (in the test schema on PostgreSQL) and is idempotent', async () => {
    const tables =
      dialect === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(t.store.kysely)
        : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = ${t.schema!}`.execute(
            t.store.kysely,
          );
    const names = tables.rows.map((r) => r.name).sort();
    expect(names.filter((n) => !n.startsWith('kysely_'))).toEqual(TABLES);
    expect(names).toContain('kysely_migration');
    expect(await t.store.migrate()).toEqual({ applied: [] });
    if (dialect === 'sqlite') expect(existsSync(join(t.dataDir, 'lao.sqlite'))).toBe(true);
  });

  it('migrates a second store while another schema of the same database already has the tables', async () => {
    // Kysely's Migrator looks for its bookkeeping tables in every schema unless told which one;
    // a store must still create its own when a neighbour (another test, `public`) has them.
    const second = await openTestStore(dialect);
    try {
      const { documentId } = await second.store.documents.register({ sha256: 'c'.repeat(64), fileName: 'd.pdf', pipelineVersion: '1' });
      expect(await second.store.documents.get(documentId)).not.toBeNull();
      expect(await t.store.documents.list()).toEqual([]);
    } finally {
      await second.cleanup();
    }
  });

  it('enforces the closed sets the schema declares', async () => {
    const { documentId } = await t.store.documents.register({ sha256: 'b'.repeat(64), fileName: 'd.pdf', pipelineVersion: '1' });
    const err = await t.store.kysely
      .updateTable('documents')
      .set({ status: 'lost' as never })
      .where('id', '=', documentId)
      .execute()
      .catch((e: unknown) => e);
    // better-sqlite3's error class comes from another realm under jest, so match the message
    expect(String(err)).toMatch(/check constraint/i);
  });
});

describe('store config', () => {
  it.each(['mysql://root@localhost/lao', 'http://example.org'])('rejects DATABASE_URL %s', (databaseUrl) => {
    let err: unknown;
    try {
      createStore({ databaseUrl, dataDir: '/tmp/unused' });
    } catch (e) {
      err = e;
    }
    expect(isLaoError(err, 'CONFIG_INVALID')).toBe(true);
  });

  it('takes the shared Config from loadConfig as it is (SQLite under LAO_DATA_DIR when DATABASE_URL is unset)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lao-config-'));
    try {
      const store = createStore(loadConfig({ LAO_DATA_DIR: dataDir, DATABASE_URL: '' }));
      expect(store.dialect).toBe('sqlite');
      await store.migrate();
      await store.close();
      expect(existsSync(join(dataDir, 'lao.sqlite'))).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('picks the dialect from DATABASE_URL', async () => {
    const pg = createStore({ databaseUrl: 'postgresql://postgres@127.0.0.1:5432/test', dataDir: '/tmp/unused' });
    expect(pg.dialect).toBe('postgres');
    await pg.close();
  });
});
