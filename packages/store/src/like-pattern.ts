import { sql } from 'kysely';

/**
 * `column LIKE '%part%'` with the user's text taken literally (%, _ and \ escaped), the same on
 * SQLite and PostgreSQL. Thai has no letter case, so LIKE's case rules do not matter here.
 */
export function containsLiteral(column: string, part: string) {
  const pattern = `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
