import { z } from 'zod';

export const StoreConfigSchema = z.object({
  /** `postgres://…` or `postgresql://…` selects PostgreSQL; absent, null or empty means SQLite in `dataDir` (so loadConfig's Config fits). */
  databaseUrl: z.string().nullable().optional(),
  /** Holds `lao.sqlite` (SQLite) and is the default parent of the blob directory. */
  dataDir: z.string().min(1),
  /** PostgreSQL only: work inside this schema (created by `migrate()`), e.g. one per test run. */
  schema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case identifier')
    .optional(),
});
export type StoreConfig = z.input<typeof StoreConfigSchema>;

export type Dialect = 'sqlite' | 'postgres';

export type ResolvedStoreConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; connectionString: string; schema: string | undefined };
