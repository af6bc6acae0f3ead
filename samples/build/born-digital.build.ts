import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { printReport } from './born-digital.printer.js';
import type { LaidPage } from './paginate.browser.js';
import { PagesFileSchema, type PagesFile } from './pages-json.schema.js';
import { fixPdfDates } from './pdf-metadata.js';
import { stripActualText } from './actual-text.stripper.js';
import { FIXED_PDF_DATE, type BornDigitalSample } from './sample-catalog.js';
import { parseSeed } from './seed-blocks.parser.js';

export type BuiltPdf = { pdfPath: string; pages: PagesFile; laid: LaidPage[] };

const plainText = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function pageText(page: LaidPage): string {
  return [...page.lines.map((l) => l.text), ...(page.footer ? [page.footer] : [])].join('\n');
}

export function seedLinesOf(page: LaidPage): [number, number] | null {
  const own = page.lines.filter((l) => !l.repeat);
  if (own.length === 0) return null;
  return [Math.min(...own.map((l) => l.l1)), Math.max(...own.map((l) => l.l2))];
}

export async function writePagesJson(path: string, pages: PagesFile): Promise<void> {
  await writeFile(path, `${JSON.stringify(PagesFileSchema.parse(pages), null, 2)}\n`);
}

/** Seed → laid-out report → PDF with a text layer, plus `<name>.pages.json`. */
export async function buildBornDigital(
  context: BrowserContext,
  sample: BornDigitalSample,
  seedsDir: string,
  outDir: string,
): Promise<BuiltPdf> {
  const blocks = parseSeed(await readFile(join(seedsDir, sample.seed), 'utf8'));
  const first = blocks.find((b) => b.kind !== 'table');
  const title = first && 'html' in first ? plainText(first.html) : sample.name;
  const pdfPath = join(outDir, `${sample.name}.pdf`);
  const laid = await printReport(context, blocks, { pdfPath, font: sample.font, title });
  await fixPdfDates(pdfPath, FIXED_PDF_DATE);
  if (sample.stripActualText) await stripActualText(pdfPath);
  const pages: PagesFile = {
    file: `${sample.name}.pdf`,
    seed: sample.seed,
    font: sample.font,
    pages: laid.map((page, index) => ({ page: index + 1, method: 'text', text: pageText(page), seedLines: seedLinesOf(page) })),
  };
  await writePagesJson(join(outDir, `${sample.name}.pages.json`), pages);
  return { pdfPath, pages, laid };
}
