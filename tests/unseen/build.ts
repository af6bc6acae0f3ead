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

const here = import.meta.dirname;
export const UNSEEN = [
  { name: 'u1-ita-analysis-town-2567', font: 'Laksaman' },
  { name: 'u2-integrity-measures-subdistrict-2569', font: 'Garuda' },
  { name: 'u3-measures-progress-pao-2567', font: 'Loma' },
  { name: 'u4-anticorruption-plan-city-2568', font: 'Kinnari' },
  { name: 'u5-memo-not-a-report', font: 'Norasi' },
] as const;

const only = process.argv.slice(2);
await withChromium(async (context) => {
  for (const doc of UNSEEN) {
    if (only.length > 0 && !only.includes(doc.name)) continue;
    const built = await buildBornDigital(context, { name: doc.name, seed: `${doc.name}.txt`, font: doc.font }, path.join(here, 'src'), here);
    const forced = built.laid.filter((p) => p.overflow).length;
    const cells = built.laid.reduce((n, p) => n + p.cellOverflows, 0);
    const v = await verifySample(built.pdfPath, built.pages);
    console.log(`${doc.name}.pdf: ${built.pages.pages.length} pages; overfull ${forced}, overflowing cells ${cells}; pdftotext CER ${v.popplerCer === null ? '-' : (v.popplerCer * 100).toFixed(2)}%`);
  }
});
