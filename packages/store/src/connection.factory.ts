import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { LaoError } from '@lao/schemas';
import type { Database } from './database.types.js';
import { StoreConfigSchema, type ResolvedStoreConfig, type StoreConfig } from './store.config.js';

/** Decides the dialect from the config: a postgres URL means PostgreSQL, nothing means SQLite. */
export function resolveStoreConfig(input: StoreConfig): ResolvedStoreConfig {
  const parsed = StoreConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new LaoError('CONFIG_INVALID', `store config: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const { databaseUrl, dataDir, schema } = parsed.data;
  const url = databaseUrl?.trim() ?? '';
  if (url === '') return { dialect: 'sqlite', file: join(dataDir, 'lao.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', connectionString: url, schema };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (file === '') throw new LaoError('CONFIG_INVALID', 'DATABASE_URL sqlite: needs a file path');
    return { dialect: 'sqlite', file };
  }
  throw new LaoError('CONFIG_INVALID', `DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got "${url.slice(0, 20)}…")`);
}

export function openKysely(resolved: ResolvedStoreConfig): Kysely<Database> {
  if (resolved.dialect === 'sqlite') {
    if (resolved.file !== ':memory:') mkdirSync(join(resolved.file, '..'), { recursive: true });
    let sqlite: SqliteDatabase.Database;
    try {
      sqlite = new SqliteDatabase(resolved.file);
    } catch (err) {
      throw new LaoError('STORE_FAILED', `cannot open SQLite file ${resolved.file}`, { cause: err });
    }
    // WAL lets readers (lao query, the API) run while the pipeline writes; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  const pool = new pg.Pool({
    connectionString: resolved.connectionString,
    max: 5,
    // search_path per connection keeps every query unqualified, so repositories never know the schema.
    ...(resolved.schema ? { options: `-c search_path=${resolved.schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
