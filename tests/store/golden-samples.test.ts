import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReportSchema, type Report } from '@lao/schemas';
import { DIALECTS, openTestStore, registerFor, type TestStore } from './store.harness.js';

/** The golden records of samples/ (written by the samples owner): real full-size Reports as fixtures. */
const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
const GOLDEN = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f): [string, Report] => {
    const parsed = ReportSchema.safeParse(JSON.parse(readFileSync(`${SAMPLES_DIR}${f}`, 'utf8')));
    if (!parsed.success) throw new Error(`samples/${f} is not a valid Report: ${parsed.error.message}`);
    return [f, parsed.data];
  });

describe.each(DIALECTS)('golden sample records on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('finds the golden records', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(1);
  });

  it.each(GOLDEN)('%s: stores, round-trips and stores once when saved again', async (_file, report) => {
    const { documentId } = await registerFor(t.store, report);
    const first = await t.store.saveReport(documentId, report);
    expect(await t.store.getReport(documentId)).toEqual(report);
    const second = await t.store.saveReport(documentId, report);
    expect(second.counts).toEqual(first.counts);
    expect(second.reviewItems).toEqual({ created: 0, kept: report.flags.length, superseded: 0, restored: 0 });
    expect(first.counts).toEqual({
      indicators: report.ita?.indicators.length ?? 0,
      questions: report.ita?.questions.length ?? 0,
      measures: report.measures.length,
      projects: report.plan?.projects.length ?? 0,
      statedTotals: report.plan?.statedTotals.length ?? 0,
      flags: report.flags.length,
    });

    const { rows } = await t.store.query({ docType: report.docType });
    expect(rows).toHaveLength(1);
    const bySeverity = (s: string) => report.flags.filter((f) => f.severity === s).length;
    expect(rows[0]).toMatchObject({
      documentId,
      fiscalYear: report.fiscalYear,
      totalScore: report.ita?.totalScore ?? null,
      level: report.ita?.level ?? null,
      flags: { error: bySeverity('error'), warning: bySeverity('warning'), info: bySeverity('info'), total: report.flags.length },
      openReviews: report.flags.length,
    });
    expect(await t.store.reviews.list({ documentId, limit: 10_000 })).toHaveLength(report.flags.length);
  });
});
