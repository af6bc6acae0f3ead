import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { isLaoError, ReportSchema, type Report } from '@lao/schemas';
import type { Store } from '@lao/store';
import { DIALECTS, openTestStore, registerFor, type TestDialect, type TestStore } from './store.harness.js';
import { reportS000, reportS001, reportS002, reportS004 } from './report.fixtures.js';

/** Row counts of every table a report writes, for one document. */
async function countsFor(store: Store, documentId: string) {
  const db = store.kysely;
  const n = async (table: 'reports' | 'indicator_scores' | 'question_scores' | 'measures' | 'plan_projects' | 'stated_totals' | 'flags') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('document_id', '=', documentId).executeTakeFirstOrThrow()).n);
  return {
    reports: await n('reports'),
    indicators: await n('indicator_scores'),
    questions: await n('question_scores'),
    measures: await n('measures'),
    projects: await n('plan_projects'),
    statedTotals: await n('stated_totals'),
    flags: await n('flags'),
  };
}

/** A real database failure part-way through saveReport: the trigger aborts any insert of this project title. */
const POISON = 'โครงการที่ทำให้การบันทึกล้มเหลว';
async function installFailingTrigger(store: Store, dialect: TestDialect): Promise<void> {
  if (dialect === 'sqlite') {
    await sql
      .raw(
        `create trigger fail_plan_insert before insert on plan_projects when new.title = '${POISON}' ` +
          `begin select raise(abort, 'injected failure'); end`,
      )
      .execute(store.kysely);
    return;
  }
  await sql
    .raw(
      `create function fail_plan_insert() returns trigger language plpgsql as $$ begin ` +
        `if new.title = '${POISON}' then raise exception 'injected failure'; end if; return new; end $$`,
    )
    .execute(store.kysely);
  await sql.raw(`create trigger fail_plan_insert before insert on plan_projects for each row execute function fail_plan_insert()`).execute(store.kysely);
}

describe.each(DIALECTS)('reports on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it.each([
    ['S000 ita_analysis', reportS000()],
    ['S001 scanned ita_analysis', reportS001()],
    ['S002 measures_progress', reportS002()],
    ['S004 anticorruption_plan', reportS004()],
  ])('getReport round-trips %s and it validates', async (_label, report) => {
    const { documentId } = await registerFor(t.store, report);
    const saved = await t.store.saveReport(documentId, report);
    const back = await t.store.getReport(documentId);
    expect(back).toEqual(report);
    expect(ReportSchema.safeParse(back).success).toBe(true);
    expect(saved.counts.flags).toBe(report.flags.length);
    expect(saved.reviewItems.created).toBe(report.flags.length);
    expect((await t.store.documents.get(documentId))?.status).toBe('done');
  });

  it('writes the typed rows: scores keep their decimals, plan budgets and quarters survive', async () => {
    const s000 = reportS000();
    const s004 = reportS004();
    const a = await registerFor(t.store, s000);
    const b = await registerFor(t.store, s004);
    await t.store.saveReport(a.documentId, s000);
    await t.store.saveReport(b.documentId, s004);
    const report = await t.store.kysely.selectFrom('reports').selectAll().where('document_id', '=', a.documentId).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ total_score: 86.48, level: 'ผ่าน', oit: 71.25, fiscal_year: 2568, district: 'ภูผาจำบัง', province: 'อุดรธานี' });
    const ind9 = await t.store.kysely
      .selectFrom('indicator_scores')
      .select(['name', 'official_name', 'score'])
      .where('document_id', '=', a.documentId)
      .where('no', '=', 9)
      .executeTakeFirstOrThrow();
    expect(ind9).toEqual({ name: 'การเปิดเผยข้อมูล', official_name: 'การเปิดเผยข้อมูล', score: 77.5 });
    const projects = await t.store.kysely
      .selectFrom('plan_projects')
      .select(['year', 'title', 'budget', 'quarters_json'])
      .where('document_id', '=', b.documentId)
      .orderBy('ord')
      .execute();
    expect(projects[2]).toEqual({ year: 2567, title: 'โครงการประชาคมหมู่บ้าน', budget: 15000.5, quarters_json: '[3]' });
    expect(await countsFor(t.store, b.documentId)).toEqual({
      reports: 1, indicators: 0, questions: 0, measures: 0, projects: 3, statedTotals: 1, flags: 1,
    });
  });

  it('saving the same report twice stores it once and keeps review decisions', async () => {
    const report = reportS000();
    const { documentId } = await registerFor(t.store, report);
    await t.store.saveReport(documentId, report);
    const before = await countsFor(t.store, documentId);
    const [item] = await t.store.reviews.list({ flagCode: 'DISTRICT_MISMATCH' });
    expect(item).toBeDefined();
    await t.store.reviews.confirm(item!.id, { by: 'somchai', note: 'ภูผาจำบัง กับ ภูค้อ ไม่ใช่อำเภอของ ต.ขอนแก่น' });

    const again = await t.store.saveReport(documentId, report);
    expect(again.reviewItems).toEqual({ created: 0, kept: 4, superseded: 0, restored: 0 });
    expect(await countsFor(t.store, documentId)).toEqual(before);
    expect(before).toEqual({ reports: 1, indicators: 10, questions: 6, measures: 1, projects: 0, statedTotals: 0, flags: 4 });
    expect((await t.store.reviews.get(item!.id))?.status).toBe('confirmed');
    expect(await t.store.kysely.selectFrom('organisations').select('id').execute()).toHaveLength(1);
  });

  it('the same store job delivered twice at once stores once', async () => {
    // No org name: nothing else (like the organisation upsert) happens to serialise the two saves.
    const report = reportS001({ org: { name: null, kind: null, district: null, province: null, variants: [] } });
    const { documentId } = await registerFor(t.store, report);
    const results = await Promise.all([1, 2, 3].map(() => t.store.saveReport(documentId, report)));
    expect(results.map((r) => r.counts.flags)).toEqual([2, 2, 2]);
    expect(await countsFor(t.store, documentId)).toEqual({
      reports: 1, indicators: 3, questions: 2, measures: 0, projects: 0, statedTotals: 0, flags: 2,
    });
    expect(await t.store.reviews.list({ documentId })).toHaveLength(2);
    expect(await t.store.getReport(documentId)).toEqual(report);
  });

  it('re-processing replaces the records; a flag that disappears supersedes its item, one that returns restores it', async () => {
    const v1 = reportS000();
    const { documentId } = await registerFor(t.store, v1);
    await t.store.saveReport(documentId, v1);
    const [ind10] = await t.store.reviews.list({ flagCode: 'INDICATOR_SCORE_MISMATCH' }).then((items) =>
      items.filter((i) => i.message.includes('ตัวชี้วัดที่ 10')),
    );
    await t.store.reviews.dismiss(ind10!.id, { by: 'malee', note: 'ตรวจแล้ว คะแนนตามเอกสารต้นฉบับ' });

    // pipeline 1.1.0 reads the district correctly, drops indicator 10's flag, rewords indicator 9's
    await t.store.documents.register({ sha256: v1.source.sha256, fileName: v1.source.fileName, pipelineVersion: '1.1.0' });
    const v2 = reportS000({
      measures: [],
      flags: [{ ...v1.flags[1]!, message: 'ตัวชี้วัดที่ 9: คะแนนไม่เท่ากับค่าเฉลี่ยของข้อ o1–o20' }, v1.flags[3]!],
    });
    const r2 = await t.store.saveReport(documentId, v2);
    expect(r2.reviewItems).toEqual({ created: 0, kept: 2, superseded: 2, restored: 0 });
    expect(await countsFor(t.store, documentId)).toMatchObject({ measures: 0, flags: 2, indicators: 10 });
    expect(await t.store.getReport(documentId)).toEqual(v2);
    const open = await t.store.reviews.list({ documentId });
    expect(open.map((i) => i.flagCode).sort()).toEqual(['INDICATOR_SCORE_MISMATCH', 'ORG_NAME_VARIANT']);
    expect(open.find((i) => i.flagCode === 'INDICATOR_SCORE_MISMATCH')?.message).toContain('ค่าเฉลี่ยของข้อ o1–o20');
    const superseded = await t.store.reviews.list({ documentId, status: 'all', includeSuperseded: true });
    expect(superseded.filter((i) => i.superseded)).toHaveLength(2);

    // v3 brings indicator 10's flag back: same item, still dismissed, audit trail intact
    const r3 = await t.store.saveReport(documentId, v1);
    expect(r3.reviewItems).toMatchObject({ restored: 2, kept: 2, created: 0 });
    const back = await t.store.reviews.get(ind10!.id);
    expect(back).toMatchObject({ status: 'dismissed', superseded: false });
    expect((await t.store.reviews.history(ind10!.id)).map((e) => e.action)).toEqual(['created', 'dismiss', 'superseded', 'restored']);
  });

  it('a failure mid-save leaves the previous records untouched', async () => {
    const v1 = reportS004();
    const { documentId } = await registerFor(t.store, v1);
    await t.store.saveReport(documentId, v1);
    const before = await countsFor(t.store, documentId);
    const reviewBefore = await t.store.reviews.list({ documentId, status: 'all', includeSuperseded: true });
    await installFailingTrigger(t.store, dialect);
    await t.store.documents.markProcessing(documentId);

    const plan = v1.plan!;
    const broken: Report = reportS004({
      measures: [],
      flags: [],
      plan: { ...plan, projects: [...plan.projects, { ...plan.projects[0]!, no: 4, title: POISON }] },
    });
    const err = await t.store.saveReport(documentId, broken).catch((e: unknown) => e);
    expect(isLaoError(err, 'STORE_FAILED')).toBe(true);
    expect((err as Error).message).toContain('injected failure');

    expect(await countsFor(t.store, documentId)).toEqual(before);
    expect(await t.store.getReport(documentId)).toEqual(v1);
    expect(await t.store.reviews.list({ documentId, status: 'all', includeSuperseded: true })).toEqual(reviewBefore);
    expect((await t.store.documents.get(documentId))?.status).toBe('processing');
  });

  it('one organisation identity across documents, years and spellings', async () => {
    const y2568 = reportS000();
    const y2567 = reportS000({
      source: { fileName: 'ita-2567-khon-kaen.pdf', sha256: 'a'.repeat(64), pageCount: 10 },
      fiscalYear: 2567,
      // the misspelling องค์กร and a report that could not read the district
      org: { name: 'องค์กรบริหารส่วนตำบล ขอนแก่น', kind: 'sao', district: null, province: 'จังหวัดอุดรธานี', variants: [] },
    });
    const a = await registerFor(t.store, y2568);
    const b = await registerFor(t.store, y2567);
    const ra = await t.store.saveReport(a.documentId, y2568);
    const rb = await t.store.saveReport(b.documentId, y2567);
    expect(rb.organisationId).toBe(ra.organisationId);
    const orgs = await t.store.kysely.selectFrom('organisations').selectAll().execute();
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: 'องค์การบริหารส่วนตำบลขอนแก่น', district: 'ภูผาจำบัง', province: 'อุดรธานี', kind: 'sao' });

    const other = reportS001();
    const c = await registerFor(t.store, other);
    expect((await t.store.saveReport(c.documentId, other)).organisationId).not.toBe(ra.organisationId);
  });

  it('validates what it reads back: a stored report that no longer fits the schema is a STORE_FAILED', async () => {
    const report = reportS002();
    const { documentId } = await registerFor(t.store, report);
    await t.store.saveReport(documentId, report);
    await t.store.kysely
      .updateTable('reports')
      .set({ report_json: JSON.stringify({ ...report, fiscalYear: 64 }) })
      .where('document_id', '=', documentId)
      .execute();
    const err = await t.store.getReport(documentId).catch((e: unknown) => e);
    expect(isLaoError(err, 'STORE_FAILED')).toBe(true);
    expect((err as Error).message).toContain('fiscalYear');
  });

  it('rejects a report for another file, an unknown document and an invalid report', async () => {
    const s000 = reportS000();
    const { documentId } = await registerFor(t.store, s000);
    const mismatch = await t.store.saveReport(documentId, reportS001()).catch((e: unknown) => e);
    expect(isLaoError(mismatch, 'INVALID_INPUT')).toBe(true);
    const unknown = await t.store.saveReport('no-such-document', s000).catch((e: unknown) => e);
    expect(isLaoError(unknown, 'INVALID_INPUT')).toBe(true);
    const invalid = await t.store.saveReport(documentId, { ...s000, fiscalYear: 68 }).catch((e: unknown) => e);
    expect(isLaoError(invalid, 'INVALID_INPUT')).toBe(true);
    expect(await t.store.getReport(documentId)).toBeNull();
    expect((await t.store.documents.get(documentId))?.status).toBe('pending');
  });
});
