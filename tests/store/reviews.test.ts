import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isLaoError } from '@lao/schemas';
import { DIALECTS, openTestStore, registerFor, type TestStore } from './store.harness.js';
import { reportS000, reportS001, reportS002 } from './report.fixtures.js';

describe.each(DIALECTS)('review queue on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
    for (const report of [reportS000(), reportS001(), reportS002()]) {
      const { documentId } = await registerFor(t.store, report);
      await t.store.saveReport(documentId, report);
    }
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('opens one item per flag and lists them by filters', async () => {
    expect(await t.store.reviews.list()).toHaveLength(4 + 2 + 1);
    const errors = await t.store.reviews.list({ severity: 'error' });
    expect(errors.map((i) => i.flagCode).sort()).toEqual([
      'DISTRICT_MISMATCH',
      'INDICATOR_SCORE_MISMATCH',
      'INDICATOR_SCORE_MISMATCH',
      'ORG_NAME_MISMATCH',
      'PROVINCE_MISMATCH',
    ]);
    const narathiwat = await t.store.reviews.list({ province: 'จังหวัด นราธิวาส' });
    expect(narathiwat.map((i) => i.flagCode).sort()).toEqual(['ORG_NAME_MISMATCH', 'PROVINCE_MISMATCH']);
    expect(narathiwat[0]).toMatchObject({ orgName: 'เทศบาลตำบลมะรือโบตก', district: 'ระแงะ', fiscalYear: 2568, docType: 'ita_analysis', status: 'open' });
    const [province] = await t.store.reviews.list({ flagCode: 'PROVINCE_MISMATCH' });
    expect(province?.evidence).toEqual([
      { page: 1, text: 'จังหวัด นครพนม' },
      { page: 1, text: 'จังหวัด นราธิวาส' },
    ]);
    expect(await t.store.reviews.list({ fiscalYear: 2564, docType: 'measures_progress' })).toHaveLength(1);
    expect(await t.store.reviews.list({ district: 'อำเภอเกษตรวิสัย' })).toHaveLength(1);
    expect(await t.store.reviews.list({ limit: 2 })).toHaveLength(2);
  });

  it('confirm, dismiss and correct close items, each with an audit entry', async () => {
    const [district] = await t.store.reviews.list({ flagCode: 'DISTRICT_MISMATCH' });
    const [other] = await t.store.reviews.list({ flagCode: 'ORG_NAME_MISMATCH' });
    const [variant] = await t.store.reviews.list({ flagCode: 'ORG_NAME_VARIANT' });

    const confirmed = await t.store.reviews.confirm(district!.id, { by: 'somchai', note: 'อำเภอไม่ตรงกันจริง' });
    expect(confirmed).toMatchObject({ ok: true, item: { status: 'confirmed' } });
    const corrected = await t.store.reviews.correct(other!.id, {
      by: 'malee',
      note: 'แม่ตง เป็นชื่อที่คัดลอกมาจากแม่แบบ',
      correction: { org: { name: 'เทศบาลตำบลมะรือโบตก' } },
    });
    expect(corrected).toMatchObject({ ok: true, item: { status: 'corrected', correction: { org: { name: 'เทศบาลตำบลมะรือโบตก' } } } });
    expect(await t.store.reviews.dismiss(variant!.id, { by: 'malee' })).toMatchObject({ ok: true, item: { status: 'dismissed' } });

    expect(await t.store.reviews.list()).toHaveLength(4);
    expect((await t.store.reviews.list({ status: 'confirmed' })).map((i) => i.id)).toEqual([district!.id]);

    const history = await t.store.reviews.history(other!.id);
    expect(history.map(({ seq, by, action, fromStatus, toStatus, note }) => ({ seq, by, action, fromStatus, toStatus, note }))).toEqual([
      { seq: 0, by: 'system', action: 'created', fromStatus: null, toStatus: 'open', note: null },
      { seq: 1, by: 'malee', action: 'correct', fromStatus: 'open', toStatus: 'corrected', note: 'แม่ตง เป็นชื่อที่คัดลอกมาจากแม่แบบ' },
    ]);
    expect(history[1]?.correction).toEqual({ org: { name: 'เทศบาลตำบลมะรือโบตก' } });
  });

  it('a decided item must be reopened before another decision; unknown items are reported, not thrown', async () => {
    const [item] = await t.store.reviews.list({ flagCode: 'FISCAL_YEAR_MISMATCH' });
    await t.store.reviews.confirm(item!.id, { by: 'somchai' });
    expect(await t.store.reviews.dismiss(item!.id, { by: 'malee' })).toMatchObject({ ok: false, reason: 'not_open', item: { status: 'confirmed' } });
    expect(await t.store.reviews.reopen(item!.id, { by: 'malee', note: 'ปี ๒๕๖๓ อยู่ในเอกสารอ้างอิง' })).toMatchObject({ ok: true, item: { status: 'open' } });
    expect(await t.store.reviews.reopen(item!.id, { by: 'malee' })).toMatchObject({ ok: false, reason: 'already_open' });
    expect(await t.store.reviews.dismiss(item!.id, { by: 'malee' })).toMatchObject({ ok: true, item: { status: 'dismissed' } });
    expect((await t.store.reviews.history(item!.id)).map((e) => `${e.action}:${e.by}`)).toEqual([
      'created:system',
      'confirm:somchai',
      'reopen:malee',
      'dismiss:malee',
    ]);
    expect(await t.store.reviews.confirm('no-such-item', { by: 'somchai' })).toEqual({ ok: false, reason: 'not_found' });
    const bad = await t.store.reviews.confirm(item!.id, { by: '' }).catch((e: unknown) => e);
    expect(isLaoError(bad, 'INVALID_INPUT')).toBe(true);
  });

  it('two reviewers deciding the same item at once: exactly one wins', async () => {
    const [item] = await t.store.reviews.list({ flagCode: 'PROVINCE_MISMATCH' });
    const results = await Promise.all([
      t.store.reviews.confirm(item!.id, { by: 'somchai' }),
      t.store.reviews.dismiss(item!.id, { by: 'malee' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'not_open')).toHaveLength(1);
    expect(await t.store.reviews.history(item!.id)).toHaveLength(2);
  });

  it('assigns items and filters by assignee', async () => {
    const [item] = await t.store.reviews.list({ flagCode: 'DISTRICT_MISMATCH' });
    expect(await t.store.reviews.assign(item!.id, { by: 'lead', assignee: 'somchai' })).toMatchObject({
      ok: true,
      item: { assignee: 'somchai', status: 'open' },
    });
    expect((await t.store.reviews.list({ assignee: 'somchai' })).map((i) => i.id)).toEqual([item!.id]);
    await t.store.reviews.assign(item!.id, { by: 'lead', assignee: null });
    expect(await t.store.reviews.list({ assignee: 'somchai' })).toHaveLength(0);
    expect((await t.store.reviews.history(item!.id)).map((e) => e.note)).toEqual([null, 'assigned to somchai', 'unassigned']);
  });

  it('a superseded item cannot be decided', async () => {
    const s002 = reportS002();
    const doc = await t.store.documents.getBySha256(s002.source.sha256);
    const [item] = await t.store.reviews.list({ documentId: doc!.id });
    await t.store.saveReport(doc!.id, { ...s002, flags: [] });
    expect(await t.store.reviews.list({ documentId: doc!.id })).toHaveLength(0);
    expect(await t.store.reviews.confirm(item!.id, { by: 'somchai' })).toMatchObject({ ok: false, reason: 'superseded' });
  });
});
