import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.migration.js';
import * as pageFailures from './0002-page-failures.migration.js';

/**
 * Migrations are code, listed here in order, rather than files found on disk at run time:
 * nothing to locate after bundling, and the same list runs on SQLite and PostgreSQL.
 * Append new ones; never edit or rename one that has shipped.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-page-failures': pageFailures,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
