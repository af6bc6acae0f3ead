/**
 * Builds the unseen-report PDFs from tests/unseen/src/*.txt with the samples' born-digital build
 * (samples/build: Chromium via playwright-core, TLWG fonts, pagination measured in the browser).
 *   pnpm exec tsx tests/unseen/build.ts
 * Writes tests/unseen/<name>.pdf and <name>.pages.json. Needs the Debian packages of samples/README.md.
 */
import path from 'node:path';
import { buildBornDigital } from '../../samples/build/born-digital.build.js';
import { withChromium } from '../../samples/build/chromium.launcher.js';
import { verifySample } from '../../samples/build/sample-verifier.js';
import { writePagesJson } from '../../samples/build/born-digital.build.js';
import { PagesFileSchema } from '../../samples/build/pages-json.schema.js';
import { scanPages } from '../../samples/build/scan-page.renderer.js';
import { readFile } from 'node:fs/promises';

const here = import.meta.dirname;
export const UNSEEN = [
  { name: 'u1-ita-analysis-town-2567', font: 'Laksaman' },
  { name: 'u2-integrity-measures-subdistrict-2569', font: 'Garuda' },
  { name: 'u3-measures-progress-pao-2567', font: 'Loma' },
  { name: 'u4-anticorruption-plan-city-2568', font: 'Kinnari' },
  { name: 'u5-memo-not-a-report', font: 'Norasi' },
  { name: 'u6-ita-analysis-sao-2568', font: 'Sawasdee' },
  { name: 'u7-ita-analysis-town-2565', font: 'Loma' },
  { name: 'u8-measures-progress-sao-2566', font: 'Garuda' },
  { name: 'u9-anticorruption-plan-sao-2566', font: 'Laksaman' },
  { name: 'u10-measures-progress-sao-2568', font: 'Sawasdee' },
  { name: 'u11-ita-analysis-subdistrict-2568', font: 'Umpush' },
  { name: 'u12-anticorruption-plan-city-2568', font: 'Waree' },
  { name: 'u13-ita-analysis-sao-2566', font: 'Kinnari' },
  { name: 'u14-ita-analysis-pao-2567', font: 'Garuda' },
] as const;

/** Scanned twins (samples/build's scan step): which pages of which born-digital PDF. */
export const UNSEEN_SCANS = [
  // Every page: the status / ร้อยละ table read by OCR.
  { name: 'u3-measures-progress-pao-2567-scan', source: 'u3-measures-progress-pao-2567', pages: 'all' },
  // Every page: the ITA tables (2-column tools, indicator table, per-tool question tables) read by OCR.
  { name: 'u1-ita-analysis-town-2567-scan', source: 'u1-ita-analysis-town-2567', pages: 'all' },
  // Every page: one measures table per indicator, Thai digits and month periods read by OCR.
  { name: 'u2-integrity-measures-subdistrict-2569-scan', source: 'u2-integrity-measures-subdistrict-2569', pages: 'all' },
  // Every page: the by-มิติ summary under grouped year heads and the project list read by OCR.
  { name: 'u4-anticorruption-plan-city-2568-scan', source: 'u4-anticorruption-plan-city-2568', pages: 'all' },
] as const;

const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);
await withChromium(async (context) => {
  for (const doc of UNSEEN) {
    if (!wants(doc.name)) continue;
    const built = await buildBornDigital(context, { name: doc.name, seed: `${doc.name}.txt`, font: doc.font }, path.join(here, 'src'), here);
    const forced = built.laid.filter((p) => p.overflow).length;
    const cells = built.laid.reduce((n, p) => n + p.cellOverflows, 0);
    const v = await verifySample(built.pdfPath, built.pages);
    console.log(`${doc.name}.pdf: ${built.pages.pages.length} pages; overfull ${forced}, overflowing cells ${cells}; pdftotext CER ${v.popplerCer === null ? '-' : (v.popplerCer * 100).toFixed(2)}%`);
  }
});

for (const scan of UNSEEN_SCANS) {
  if (!wants(scan.name)) continue;
  const source = PagesFileSchema.parse(JSON.parse(await readFile(path.join(here, `${scan.source}.pages.json`), 'utf8')));
  const chosen = source.pages.map((p) => p.page);
  await scanPages(path.join(here, source.file), chosen, path.join(here, `${scan.name}.pdf`), { name: scan.name });
  await writePagesJson(path.join(here, `${scan.name}.pages.json`), {
    ...source,
    file: `${scan.name}.pdf`,
    pages: chosen.map((sourcePage, index) => ({ ...source.pages[sourcePage - 1]!, page: index + 1, method: 'ocr' as const, sourcePage })),
  });
  console.log(`${scan.name}.pdf: ${chosen.length} scanned pages`);
}
