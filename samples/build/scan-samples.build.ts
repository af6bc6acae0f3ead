import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LaoError } from '@lao/schemas';
import { writePagesJson } from './born-digital.build.js';
import { PagesFileSchema, type PagesFile } from './pages-json.schema.js';
import { runCommand } from './run-command.js';
import { contentBottom, mm, scanPages } from './scan-page.renderer.js';
import { signatureArgs, stampArgs } from './signature.drawing.js';

type SeedRange = readonly [first: number, last: number];

/** Scanned twins: which pages of the born-digital PDF to scan, chosen by seed lines so they survive re-layout. */
export const SCAN_PLANS: ReadonlyArray<{ name: string; source: string; ranges: readonly SeedRange[] | 'all'; maxPages: number }> = [
  // Cover, preface, indicator summary, the question tables of each tool, the first measures of Part 2.
  { name: 's000-ita-analysis-scan', source: 's000-ita-analysis', ranges: [[5, 28], [63, 63], [75, 82], [96, 98], [111, 125], [133, 136], [142, 150]], maxPages: 15 },
  // Cover, summary, IIT/EIT/OIT question tables and the first ประเด็น.
  { name: 's001-ita-analysis-scan', source: 's001-ita-analysis', ranges: [[5, 190]], maxPages: 15 },
  { name: 's002-measures-progress-scan', source: 's002-measures-progress', ranges: 'all', maxPages: 15 },
  // Cover, the start of the budget summary table, the first project sheet with a budget (20,000 บาท),
  // and the complete e-PlanNACC tables of 2566 and 2568 (their totals rows are laid out differently).
  { name: 's004-anticorruption-plan-scan', source: 's004-anticorruption-plan', ranges: [[5, 11], [118, 122], [213, 236], [2844, 2910], [3009, 3066]], maxPages: 16 },
];

async function readPages(samplesDir: string, name: string): Promise<PagesFile> {
  return PagesFileSchema.parse(JSON.parse(await readFile(join(samplesDir, `${name}.pages.json`), 'utf8')));
}

export function selectPages(pages: PagesFile, ranges: readonly SeedRange[] | 'all'): number[] {
  if (ranges === 'all') return pages.pages.map((p) => p.page);
  return pages.pages
    .filter((p) => p.seedLines !== null && ranges.some(([a, b]) => p.seedLines![0] <= b && p.seedLines![1] >= a))
    .map((p) => p.page);
}

export async function buildScans(samplesDir: string, log: (line: string) => void): Promise<void> {
  for (const plan of SCAN_PLANS) {
    const source = await readPages(samplesDir, plan.source);
    const chosen = selectPages(source, plan.ranges);
    if (chosen.length === 0 || chosen.length > plan.maxPages) {
      throw new LaoError('INTERNAL', `${plan.name}: ${chosen.length} pages selected (at most ${plan.maxPages})`);
    }
    const started = Date.now();
    await scanPages(join(samplesDir, source.file), chosen, join(samplesDir, `${plan.name}.pdf`), { name: plan.name });
    await writePagesJson(join(samplesDir, `${plan.name}.pages.json`), {
      ...source,
      file: `${plan.name}.pdf`,
      pages: chosen.map((sourcePage, index) => {
        const entry = source.pages[sourcePage - 1]!;
        return { page: index + 1, method: 'ocr' as const, text: entry.text, seedLines: entry.seedLines, sourcePage };
      }),
    });
    log(`${plan.name}.pdf: ${chosen.length} scanned pages from ${source.file} pages ${chosen.join(',')} (${Date.now() - started} ms)`);
  }
}

/** The footer ("- ๒ -") sits 10 mm above the page end; a signature goes between the text and it. */
const FOOTER_TOP_MM = 280;

async function signedPageArgs(pdfPath: string, page: number, name: string, size: { width: number; height: number }): Promise<string[]> {
  const bottom = await contentBottom(pdfPath, page, FOOTER_TOP_MM);
  const y = Math.min(bottom + mm(24), size.height - mm(45));
  const x = mm(110);
  return [...stampArgs(x - mm(8), y + mm(6), mm(17)), ...signatureArgs(name, x, y, mm(55))];
}

/** Mixed PDFs: text pages with one page replaced by its signed, scanned image, as offices publish them. */
export const MIXED_PLANS = [
  { name: 's000-ita-analysis-mixed', source: 's000-ita-analysis', scanned: 'first' },
  { name: 's002-measures-progress-mixed', source: 's002-measures-progress', scanned: 'last' },
] as const;

export async function buildMixed(samplesDir: string, log: (line: string) => void): Promise<void> {
  for (const plan of MIXED_PLANS) {
    const source = await readPages(samplesDir, plan.source);
    const sourcePdf = join(samplesDir, source.file);
    const count = source.pages.length;
    const scannedPage = plan.scanned === 'first' ? 1 : count;
    const dir = await mkdtemp(join(tmpdir(), 'lao-mixed-'));
    try {
      const scanned = join(dir, 'scanned.pdf');
      const sizes = new Map<number, string[]>();
      const pre = await signedPageArgs(sourcePdf, scannedPage, plan.name, { width: Math.round(mm(210)), height: Math.round(mm(297)) });
      sizes.set(scannedPage, pre);
      await scanPages(sourcePdf, [scannedPage], scanned, { name: plan.name, decorate: (page) => sizes.get(page) ?? [] });
      const pages = plan.scanned === 'first' ? [scanned, '1', sourcePdf, `2-${count}`] : [sourcePdf, `1-${count - 1}`, scanned, '1'];
      await runCommand('qpdf', ['--static-id', '--empty', '--pages', ...pages, '--', join(samplesDir, `${plan.name}.pdf`)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await writePagesJson(join(samplesDir, `${plan.name}.pages.json`), {
      ...source,
      file: `${plan.name}.pdf`,
      pages: source.pages.map((p) => (p.page === scannedPage ? { ...p, method: 'ocr' as const } : p)),
    });
    log(`${plan.name}.pdf: ${count} pages, page ${scannedPage} scanned and signed`);
  }
}
