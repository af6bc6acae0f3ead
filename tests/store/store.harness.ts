import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createStore, type Store } from '@lao/store';

/** Every store test runs once per dialect, as Kysely's own tests do. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

export const PG_URL = process.env['LAO_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  dataDir: string;
  /** PostgreSQL: the unique schema of this test; SQLite: undefined. */
  schema: string | undefined;
  cleanup(): Promise<void>;
}

/** A migrated store in a fresh temp dir (SQLite) or a fresh schema (PostgreSQL), dropped by cleanup(). */
export async function openTestStore(dialect: TestDialect): Promise<TestStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lao-store-'));
  const schema = dialect === 'postgres' ? `lao_test_${randomBytes(6).toString('hex')}` : undefined;
  const store =
    dialect === 'postgres' ? createStore({ databaseUrl: PG_URL, dataDir, schema }) : createStore({ dataDir });
  await store.migrate();
  return {
    store,
    dataDir,
    schema,
    cleanup: async () => {
      if (schema !== undefined) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.kysely);
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Registers a document for the report's file, as intake would. */
export async function registerFor(store: Store, report: { source: { sha256: string; fileName: string } }, pipelineVersion = '1.0.0') {
  return store.documents.register({ sha256: report.source.sha256, fileName: report.source.fileName, pipelineVersion });
}
