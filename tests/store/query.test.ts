import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isLaoError } from '@lao/schemas';
import { DIALECTS, openTestStore, registerFor, type TestStore } from './store.harness.js';
import { reportS000, reportS001, reportS002, reportS004, sha } from './report.fixtures.js';

describe.each(DIALECTS)('analyst query on %s', (dialect) => {
  let t: TestStore;
  let batchId: string;
  beforeEach(async () => {
    t = await openTestStore(dialect);
    batchId = (await t.store.batches.create({ label: 'ร้อยเอ็ด/ยโสธร' })).id;
    const khonKaen2567 = reportS000({
      source: { fileName: 'ita-2567-khon-kaen.pdf', sha256: sha('S000-2567'), pageCount: 10 },
      fiscalYear: 2567,
      ita: { ...reportS000().ita!, year: 2567, totalScore: 91.02, level: 'ผ่านดี' },
      flags: [],
    });
    for (const report of [reportS000(), khonKaen2567, reportS001(), reportS002(), reportS004()]) {
      const inBatch = report.docType === 'measures_progress' || report.docType === 'anticorruption_plan';
      const { documentId } = await t.store.documents.register({
        sha256: report.source.sha256,
        fileName: report.source.fileName,
        pipelineVersion: '1.0.0',
        ...(inBatch ? { batchId } : {}),
      });
      await t.store.saveReport(documentId, report);
    }
    // a registered document without a report yet is not a query row
    await registerFor(t.store, { source: { sha256: sha('pending'), fileName: 'd99.pdf' } });
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('lists every stored report with org, place, year, score, level and flag counts', async () => {
    const { rows, flagRows } = await t.store.query();
    expect(flagRows).toBeUndefined();
    expect(rows).toHaveLength(5);
    const s000 = rows.find((r) => r.fileName === 'ita-2568-khon-kaen.pdf');
    expect(s000).toMatchObject({
      org: 'องค์การบริหารส่วนตำบลขอนแก่น',
      orgKind: 'sao',
      district: 'ภูผาจำบัง',
      province: 'อุดรธานี',
      fiscalYear: 2568,
      docType: 'ita_analysis',
      totalScore: 86.48,
      level: 'ผ่าน',
      flags: { error: 3, warning: 0, info: 1, total: 4 },
      openReviews: 4,
    });
    expect(rows.find((r) => r.docType === 'measures_progress')).toMatchObject({
      org: 'องค์การบริหารส่วนตำบลดงครั่งน้อย',
      district: 'เกษตรวิสัย',
      province: 'ร้อยเอ็ด',
      totalScore: null,
      flags: { error: 0, warning: 1, info: 0, total: 1 },
    });
  });

  it.each([
    ['province with prefix', { province: 'จังหวัดอุดรธานี' }, ['ita-2567-khon-kaen.pdf', 'ita-2568-khon-kaen.pdf']],
    ['province', { province: 'นราธิวาส' }, ['ita-2568-maruebotok.pdf']],
    ['district', { district: 'อ.ป่าติ้ว' }, ['plan-2566-2570-krachai.pdf']],
    ['org abbreviation', { org: 'อบต.ขอนแก่น' }, ['ita-2567-khon-kaen.pdf', 'ita-2568-khon-kaen.pdf']],
    ['org part, misspelt องค์กร', { org: 'องค์กรบริหารส่วนตำบลดงครั่ง' }, ['progress-2564-dong-khrang-noi.pdf']],
    ['org part', { org: 'มะรือโบตก' }, ['ita-2568-maruebotok.pdf']],
    ['org of another kind', { org: 'ทต.ขอนแก่น' }, []],
    ['org with LIKE wildcards is literal', { org: '%' }, []],
    ['fiscal year', { fiscalYear: 2567 }, ['ita-2567-khon-kaen.pdf']],
    ['doc type', { docType: 'anticorruption_plan' as const }, ['plan-2566-2570-krachai.pdf']],
    ['year and type', { fiscalYear: 2568, docType: 'ita_analysis' as const }, ['ita-2568-khon-kaen.pdf', 'ita-2568-maruebotok.pdf']],
    ['nothing matches', { province: 'เชียงใหม่' }, []],
  ])('filters by %s', async (_label, filter, expected) => {
    const { rows } = await t.store.query(filter);
    expect(rows.map((r) => r.fileName).sort()).toEqual(expected);
  });

  it('filters by batch', async () => {
    const { rows } = await t.store.query({ batchId });
    expect(rows.map((r) => r.docType).sort()).toEqual(['anticorruption_plan', 'measures_progress']);
  });

  it('by flag code: the documents carrying it, plus one row per flag with its review status', async () => {
    const [item] = await t.store.reviews.list({ flagCode: 'INDICATOR_SCORE_MISMATCH' });
    await t.store.reviews.confirm(item!.id, { by: 'somchai' });

    const { rows, flagRows } = await t.store.query({ flagCode: 'INDICATOR_SCORE_MISMATCH' });
    expect(rows.map((r) => r.fileName)).toEqual(['ita-2568-khon-kaen.pdf']);
    expect(rows[0]?.openReviews).toBe(3);
    expect(flagRows?.map((f) => [f.code, f.severity, f.evidence[0]?.text, f.reviewStatus])).toEqual([
      ['INDICATOR_SCORE_MISMATCH', 'error', '9 การเปิดเผยข้อมูล 77.50', 'confirmed'],
      ['INDICATOR_SCORE_MISMATCH', 'error', '10 การป้องกันทุจริต 65.00', 'open'],
    ]);
    expect(flagRows?.[0]).toMatchObject({ org: 'องค์การบริหารส่วนตำบลขอนแก่น', province: 'อุดรธานี', fiscalYear: 2568 });

    const none = await t.store.query({ flagCode: 'LOW_OCR_CONFIDENCE' });
    expect(none).toEqual({ rows: [], flagRows: [] });
  });

  it('lists organisations: one identity per LAO with its documents and years', async () => {
    const udon = await t.store.organisations.list({ province: 'จ.อุดรธานี' });
    expect(udon).toHaveLength(1);
    expect(udon[0]).toMatchObject({
      name: 'องค์การบริหารส่วนตำบลขอนแก่น',
      kind: 'sao',
      district: 'ภูผาจำบัง',
      province: 'อุดรธานี',
      documentCount: 2,
      fiscalYears: [2567, 2568],
    });
    expect(await t.store.organisations.get(udon[0]!.id)).toEqual(udon[0]);
    expect((await t.store.organisations.list()).map((o) => o.province)).toEqual(['นราธิวาส', 'ยโสธร', 'ร้อยเอ็ด', 'อุดรธานี']);
    expect((await t.store.organisations.list({ kind: 'subdistrict_municipality' })).map((o) => o.name)).toEqual(['เทศบาลตำบลมะรือโบตก']);
    expect((await t.store.organisations.list({ name: 'กระจาย' })).map((o) => o.district)).toEqual(['ป่าติ้ว']);
    const { rows } = await t.store.query({ organisationId: udon[0]!.id });
    expect(rows.map((r) => r.fiscalYear)).toEqual([2567, 2568]);
    expect(await t.store.organisations.get('no-such-org')).toBeNull();
  });

  it('rejects an unknown flag code or doc type', async () => {
    const err = await t.store.query({ flagCode: 'NOT_A_CODE' as never }).catch((e: unknown) => e);
    expect(isLaoError(err, 'INVALID_INPUT')).toBe(true);
  });
});
