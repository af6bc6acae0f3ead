import { Migrator, sql, type Kysely, type MigrationResultSet } from 'kysely';
import { LaoError } from '@lao/schemas';
import { openKysely, resolveStoreConfig } from './connection.factory.js';
import type { Database } from './database.types.js';
import { migrationProvider } from './migrations/migration.provider.js';
import { createBatchRepository, type BatchRepository } from './repositories/batch.repository.js';
import { createDocumentRepository, type DocumentRepository } from './repositories/document.repository.js';
import { createOrganisationRepository, type OrganisationRepository } from './repositories/organisation.repository.js';
import { createPageRepository, type PageRepository } from './repositories/page.repository.js';
import { createQuery, type QueryFilter, type QueryResult } from './repositories/query.repository.js';
import { createReportRepository, type SaveReportResult } from './repositories/report.repository.js';
import { createReviewRepository, type ReviewRepository } from './repositories/review.repository.js';
import type { Dialect, StoreConfig } from './store.config.js';
import type { Report } from '@lao/schemas';

export interface Store {
  readonly dialect: Dialect;
  /** Applies every pending migration (and, on PostgreSQL with a `schema`, creates the schema first). */
  migrate(): Promise<{ applied: string[] }>;
  close(): Promise<void>;
  documents: DocumentRepository;
  batches: BatchRepository;
  pages: PageRepository;
  organisations: OrganisationRepository;
  reviews: ReviewRepository;
  /** Replaces the document's records with this report in one transaction and marks the document done. */
  saveReport(documentId: string, report: Report): Promise<SaveReportResult>;
  getReport(documentId: string): Promise<Report | null>;
  /** For analysts (`lao query`): one row per stored report, plus per-flag rows when filtering by flag code. */
  query(filter?: QueryFilter): Promise<QueryResult>;
  /** The underlying Kysely instance, for maintenance and tests; product code goes through the repositories. */
  readonly kysely: Kysely<Database>;
}

export function createStore(config: StoreConfig): Store {
  const resolved = resolveStoreConfig(config);
  const db = openKysely(resolved);
  const reports = createReportRepository(db);
  let closed = false;

  return {
    dialect: resolved.dialect,
    kysely: db,
    documents: createDocumentRepository(db),
    batches: createBatchRepository(db),
    pages: createPageRepository(db),
    organisations: createOrganisationRepository(db),
    reviews: createReviewRepository(db),
    saveReport: reports.save,
    getReport: reports.get,
    query: createQuery(db),

    migrate: async () => {
      if (resolved.dialect === 'postgres' && resolved.schema !== undefined) {
        await sql`create schema if not exists ${sql.id(resolved.schema)}`.execute(db);
      }
      // Kysely's Migrator checks for its bookkeeping tables in *every* schema unless given one, so a
      // neighbouring schema that has them (another test, `public`) would make it skip creating its own.
      const migrationTableSchema =
        resolved.dialect === 'postgres'
          ? (resolved.schema ?? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema)
          : undefined;
      const migrator = new Migrator({
        db,
        provider: migrationProvider,
        ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
      });
      for (let attempt = 1; ; attempt++) {
        const { error, results } = await migrator.migrateToLatest();
        if (error === undefined) return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
        // Before it takes its lock, the Migrator looks for its tables by listing the tables of *every* schema; a
        // neighbouring schema dropped meanwhile (each test drops its own) fails that listing with "schema … does not
        // exist". Nothing has run yet (no results), so looking again is safe.
        if (attempt < 4 && results === undefined && vanishedWhileListing(error)) continue;
        throw new LaoError('STORE_FAILED', `migration failed: ${describe(results)}`, { cause: error });
      }
    },

    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

/** PostgreSQL: a schema (3F000) or table (42P01) that went away between the catalog listing and its lookup. */
function vanishedWhileListing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '3F000' || code === '42P01';
}

function describe(results: MigrationResultSet['results']): string {
  const failed = results?.find((r) => r.status === 'Error');
  return failed ? failed.migrationName : 'before any migration ran';
}
