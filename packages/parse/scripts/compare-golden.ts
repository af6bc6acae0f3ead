/**
 * Compares parseReport on seed-built PageText with the golden records (samples/*.expected.json), field by
 * field, and prints every difference. Pages are not compared (the seed-built pages are not the PDF's);
 * long text is compared with whitespace removed (samples/golden/DECISIONS.md).
 * Run: pnpm exec tsx packages/parse/scripts/compare-golden.ts [--places] [--layout] [--from DIR]
 * --from DIR compares DIR/<sample>.json (e.g. `pnpm -s lao extract samples/*.pdf --out DIR`: the real
 * extractor and pipeline) instead of parsing the seeds; pages are compared then.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteer } from '@lao/gazetteer';
import type { Report } from '@lao/schemas';
import { parseReport } from '../src/parse-report.js';
import { META, readSeed, type SEEDS } from '../src/test-support/seed-fixtures.js';
import { seedToPages } from '../src/test-support/seed-pages.js';

const SAMPLES: Array<[keyof typeof SEEDS, string]> = [
  ['s000', 's000-ita-analysis'],
  ['s001', 's001-ita-analysis'],
  ['s002', 's002-measures-progress'],
  ['s004', 's004-anticorruption-plan'],
];
const usePlaces = process.argv.includes('--places');
// --layout: seed lines go on the pages of the sample PDF (samples/<name>.pages.json), so pages compare too.
const useLayout = process.argv.includes('--layout');
const fromIdx = process.argv.indexOf('--from');
const fromDir = fromIdx > 0 ? process.argv[fromIdx + 1] : undefined;
const SKIP = useLayout || fromDir ? [] : ['page'];
const root = join(import.meta.dirname, '..', '..', '..', 'samples');

const key = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, '') : JSON.stringify(v));
const diffs: string[] = [];
let compared = 0;

function cmp(path: string, got: unknown, want: unknown): void {
  compared++;
  if (key(got) !== key(want)) diffs.push(`${path}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
}

function cmpObj(path: string, got: Record<string, unknown> | null, want: Record<string, unknown> | null, skip: string[] = SKIP): void {
  if (!got || !want) return cmp(path, got, want);
  for (const k of Object.keys(want)) {
    if (skip.includes(k)) continue;
    const g = got[k];
    const w = want[k];
    if (Array.isArray(w) && w.every((x) => typeof x === 'string')) cmp(`${path}.${k}`, (g as string[] | undefined)?.map(key), w.map(key));
    else if (w && typeof w === 'object' && !Array.isArray(w)) cmpObj(`${path}.${k}`, g as Record<string, unknown>, w as Record<string, unknown>, skip);
    else cmp(`${path}.${k}`, g, w);
  }
}

function cmpList(path: string, got: Array<Record<string, unknown>>, want: Array<Record<string, unknown>>, id: (x: Record<string, unknown>) => string): void {
  cmp(`${path}.length`, got.length, want.length);
  const byId = new Map(got.map((g) => [id(g), g]));
  for (const w of want) {
    const g = byId.get(id(w));
    if (!g) diffs.push(`${path}[${id(w)}]: missing`);
    else cmpObj(`${path}[${id(w)}]`, g, w);
  }
  const wanted = new Set(want.map(id));
  for (const g of got) if (!wanted.has(id(g))) diffs.push(`${path}[${id(g)}]: extra`);
}

for (const [seed, sample] of SAMPLES) {
  const file = join(root, `${sample}.expected.json`);
  if (!existsSync(file)) continue;
  const want = JSON.parse(readFileSync(file, 'utf8'));
  const layoutFile = join(root, `${sample}.pages.json`);
  let pageOfLine: ((n: number) => number) | undefined;
  if (useLayout && existsSync(layoutFile)) {
    const layout: { pages: Array<{ page: number; seedLines: [number, number] }> } = JSON.parse(readFileSync(layoutFile, "utf8"));
    layout.pages = layout.pages.filter((pg) => Array.isArray(pg.seedLines));
    // A line printed over two pages belongs to the page it starts on; a line no page lists (blank) to the next.
    pageOfLine = (n) => (layout.pages.find((pg) => pg.seedLines[0] <= n && n <= pg.seedLines[1]) ?? layout.pages.find((pg) => pg.seedLines[0] > n) ?? layout.pages[layout.pages.length - 1]!).page;
  }
  const pages = seedToPages(readSeed(seed), pageOfLine ? { pageOfLine } : {});
  const fromFile = fromDir ? join(fromDir, `${sample}.json`) : null;
  if (fromFile && !existsSync(fromFile)) continue;
  const got: Report = fromFile
    ? JSON.parse(readFileSync(fromFile, 'utf8'))
    : parseReport(pages, { ...META, pageCount: pages.length }, usePlaces ? { places: gazetteer() } : {}).report;
  const p = sample;
  cmp(`${p}.docType`, got.docType, want.docType);
  cmp(`${p}.fiscalYear`, got.fiscalYear, want.fiscalYear);
  cmpObj(`${p}.org`, { ...got.org, variants: [...got.org.variants].sort() }, { ...want.org, variants: [...want.org.variants].sort() });
  if (want.ita && got.ita) {
    cmpObj(`${p}.ita`, got.ita, want.ita, [...SKIP, 'indicators', 'questions']);
    cmpList(`${p}.ita.indicators`, got.ita.indicators, want.ita.indicators, (x) => String(x.no));
    cmpList(`${p}.ita.questions`, got.ita.questions, want.ita.questions, (x) => String(x.code));
  } else cmp(`${p}.ita`, got.ita === null, want.ita === null);
  cmpList(`${p}.measures`, got.measures, want.measures, (x) => `${x.indicatorNo ?? ''}/${x.no ?? ''}/${key(x.title).slice(0, 20)}`);
  if (want.plan && got.plan) {
    cmp(`${p}.plan.years`, [got.plan.fromYear, got.plan.toYear], [want.plan.fromYear, want.plan.toYear]);
    cmpList(`${p}.plan.projects`, got.plan.projects, want.plan.projects, (x) => `${x.year}/${x.no}`);
    cmpList(`${p}.plan.statedTotals`, got.plan.statedTotals, want.plan.statedTotals, (x) => `${x.year}/${x.dimension ?? 'all'}/${x.projectCount}/${x.budget}`);
  } else cmp(`${p}.plan`, got.plan === null, want.plan === null);
}
console.log(`compared ${compared} values, ${diffs.length} differences${usePlaces ? ' (with gazetteer)' : ''}${useLayout ? ' (on the sample PDFs\' pages)' : ''}${fromDir ? ` (reports from ${fromDir})` : ''}`);
for (const d of diffs) console.log(`- ${d.slice(0, 4000)}`);
