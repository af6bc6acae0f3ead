import type { Kysely } from 'kysely';
import { z } from 'zod';
import { OrgKindSchema } from '@lao/schemas';
import { orgNameKey } from '@lao/thai-text';
import type { Database } from '../database.types.js';
import { districtKey, provinceKey } from '../org-key.js';
import { containsLiteral } from '../like-pattern.js';
import { guarded, parseInput } from '../store-error.js';

export const OrganisationFilterSchema = z.object({
  province: z.string().min(1).optional(),
  district: z.string().min(1).optional(),
  kind: OrgKindSchema.optional(),
  /** Part of the name, any spelling the key folds together. */
  name: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(100_000).default(1000),
});
export type OrganisationFilter = z.input<typeof OrganisationFilterSchema>;

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: string | null;
  district: string | null;
  province: string | null;
  /** Reports attached to this identity, and the fiscal years they cover (ascending). */
  documentCount: number;
  fiscalYears: number[];
  createdAt: string;
  updatedAt: string;
}

/** One identity per LAO across documents and years, for the analyst and review screens. */
export interface OrganisationRepository {
  list(filter?: OrganisationFilter): Promise<OrganisationRecord[]>;
  get(organisationId: string): Promise<OrganisationRecord | null>;
}

export function createOrganisationRepository(db: Kysely<Database>): OrganisationRepository {
  const select = () =>
    db
      .selectFrom('organisations')
      .selectAll('organisations')
      .select((eb) =>
        eb
          .selectFrom('reports')
          .select((e) => e.fn.countAll().as('n'))
          .whereRef('reports.org_id', '=', 'organisations.id')
          .as('document_count'),
      );

  const withYears = async (rows: Awaited<ReturnType<ReturnType<typeof select>['execute']>>): Promise<OrganisationRecord[]> => {
    const years = new Map<string, number[]>();
    if (rows.length > 0) {
      const yearRows = await db
        .selectFrom('reports')
        .select(['org_id', 'fiscal_year'])
        .distinct()
        .where('org_id', 'in', rows.map((r) => r.id))
        .where('fiscal_year', 'is not', null)
        .orderBy('fiscal_year')
        .execute();
      for (const y of yearRows) {
        if (y.org_id === null || y.fiscal_year === null) continue;
        years.set(y.org_id, [...(years.get(y.org_id) ?? []), y.fiscal_year]);
      }
    }
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      district: r.district,
      province: r.province,
      documentCount: Number(r.document_count ?? 0),
      fiscalYears: years.get(r.id) ?? [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  };

  return {
    list: async (raw = {}) => {
      const f = parseInput(OrganisationFilterSchema, raw, 'list organisations');
      return guarded('list organisations', async () => {
        let q = select();
        if (f.province !== undefined) q = q.where('organisations.province', '=', provinceKey(f.province));
        if (f.district !== undefined) q = q.where('organisations.district', '=', districtKey(f.district));
        if (f.kind !== undefined) q = q.where('organisations.kind', '=', f.kind);
        if (f.name !== undefined) {
          q = q.where(containsLiteral('organisations.name_key', orgNameKey(f.name)));
        }
        const rows = await q
          .orderBy('organisations.province')
          .orderBy('organisations.district')
          .orderBy('organisations.name')
          .limit(f.limit)
          .execute();
        return withYears(rows);
      });
    },

    get: (organisationId) =>
      guarded('get organisation', async () => {
        const row = await select().where('organisations.id', '=', organisationId).executeTakeFirst();
        return row ? ((await withYears([row]))[0] ?? null) : null;
      }),
  };
}
