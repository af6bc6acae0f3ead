import { describe, expect, it } from '@jest/globals';
import { ReportSchema, type Report } from '@lao/schemas';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PagesFileSchema, type PagesFile } from './scripts/lib/pages-file.schema.js';
import { readPdfFacts } from './scripts/lib/pdf-facts.reader.js';
import { siblingOf } from './scripts/lib/sample-catalogue.js';
import { matchKey } from './scripts/lib/thai-text.normalise.js';

const dir = dirname(fileURLToPath(import.meta.url));
const names = (ext: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
const pdfs = names('.pdf');
const expectedNames = names('.expected.json');
const loadPages = (name: string): PagesFile =>
  PagesFileSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.pages.json`), 'utf8')));
const load = (name: string): Report => JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Report;

/** Every `page` a report cites, with where it was cited, for the range check. */
function citedPages(r: Report): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  r.ita?.indicators.forEach((i) => out.push([`indicator ${i.no}`, i.page]));
  r.ita?.questions.forEach((q) => out.push([`question ${q.code}`, q.page]));
  r.measures.forEach((m) => out.push([`measure ${m.indicatorNo ?? ''}/${m.no ?? ''}`, m.page]));
  r.plan?.projects.forEach((p) => out.push([`project ${p.year}/${p.no}`, p.page]));
  r.plan?.statedTotals.forEach((t) => out.push([`stated total ${t.year}`, t.page]));
  r.flags.forEach((f) => f.evidence.forEach((e) => out.push([`${f.code} evidence`, e.page])));
  return out;
}

/** Text a record must show on the page it cites (the start of a long title: a table cell may run on). */
function printedSpans(r: Report): Array<[string, number, string]> {
  const start = (s: string): string => s.slice(0, 24);
  const out: Array<[string, number, string]> = [];
  r.ita?.indicators.forEach((i) => out.push([`indicator ${i.no}`, i.page, i.name]));
  r.ita?.questions.forEach((q) => q.text && out.push([`question ${q.code}`, q.page, start(q.text)]));
  r.measures.forEach((m) => out.push([`measure ${m.indicatorNo ?? ''}/${m.no ?? ''}`, m.page, start(m.title)]));
  r.plan?.projects.forEach((p) => out.push([`project ${p.year}/${p.no}`, p.page, start(p.title)]));
  r.flags.forEach((f) => f.evidence.forEach((e) => out.push([`${f.code} evidence`, e.page, e.text])));
  return out;
}

/** The content a twin shares with its sibling: everything but page numbers, which depend on each PDF's layout. */
function withoutPages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPages);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== 'page')
        .map(([k, v]) => [k, withoutPages(v)]),
    );
  }
  return value;
}

describe('samples/*.expected.json', () => {
  it('pairs every PDF with an expected record and every expected record with a PDF', () => {
    expect(expectedNames).toEqual(pdfs);
  });

  if (expectedNames.length === 0) return;

  describe.each(expectedNames)('%s', (name) => {
    const report = load(name);

    it('validates against ReportSchema', () => {
      const parsed = ReportSchema.safeParse(report);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

    it('names its PDF and matches its sha256 and page count', async () => {
      const facts = await readPdfFacts(join(dir, `${name}.pdf`));
      expect(report.source).toEqual({ fileName: `${name}.pdf`, ...facts });
    });

    it('summarises every page once, in order', () => {
      expect(report.pages.map((p) => p.no)).toEqual(
        Array.from({ length: report.source.pageCount }, (_, i) => i + 1),
      );
    });

    it('cites only pages that exist', () => {
      const outside = citedPages(report).filter(([, p]) => p < 1 || p > report.source.pageCount);
      expect(outside).toEqual([]);
    });

    it('summarises the pages as the builder laid them out (method per page)', () => {
      expect(report.pages).toEqual(loadPages(name).pages.map((p) => ({ no: p.page, method: p.method, confidence: null })));
    });

    it('prints each record and each flag evidence on the page it cites', () => {
      const pageText = new Map(loadPages(name).pages.map((p) => [p.page, matchKey(p.text)]));
      const absent = printedSpans(report).filter(([, page, text]) => !pageText.get(page)?.includes(matchKey(text)));
      expect(absent).toEqual([]);
    });

    const sibling = siblingOf(name);
    if (sibling !== name && existsSync(join(dir, `${sibling}.expected.json`))) {
      it(`agrees with ${sibling} on docType, org, ita, measures and plan`, () => {
        const twin = withoutPages(report) as Report;
        const base = withoutPages(load(sibling)) as Report;
        const subset = report.source.pageCount < load(sibling).source.pageCount;
        expect(twin.docType).toEqual(base.docType);
        expect(twin.fiscalYear).toEqual(base.fiscalYear);
        if (!subset) {
          expect([twin.org, twin.ita, twin.measures, twin.plan]).toEqual([base.org, base.ita, base.measures, base.plan]);
          return;
        }
        // A page subset holds part of its sibling: each of its records must be one of the sibling's.
        expect(base.org.variants).toEqual(expect.arrayContaining(twin.org.variants));
        expect(base.measures).toEqual(expect.arrayContaining(twin.measures));
        expect(base.ita?.questions ?? []).toEqual(expect.arrayContaining(twin.ita?.questions ?? []));
        expect(base.plan?.projects ?? []).toEqual(expect.arrayContaining(twin.plan?.projects ?? []));
        // A summary row cut by a page break may lose its amounts with the page left out: budget unknown there.
        const totals = (twin.plan?.statedTotals ?? []).map((t) => (t.budget === null ? { ...t, budget: expect.anything() } : t));
        expect(base.plan?.statedTotals ?? []).toEqual(expect.arrayContaining(totals));
      });
    }
  });
});
