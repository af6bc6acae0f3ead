/**
 * Writes samples/<name>.expected.json for every sample whose PDF and pages.json exist: the curated golden
 * content of its born-digital sibling (samples/golden/*.golden.json), placed on that sample's pages.
 *
 *   pnpm exec tsx samples/scripts/write-expected.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExpected } from './lib/expected.builder.js';
import { GoldenReportSchema } from './lib/golden.schema.js';
import { PagesFileSchema } from './lib/pages-file.schema.js';
import { readPdfFacts } from './lib/pdf-facts.reader.js';
import { SAMPLES, siblingOf } from './lib/sample-catalogue.js';

const samplesDir = join(dirname(fileURLToPath(import.meta.url)), '..');
let missing = 0;
for (const name of SAMPLES) {
  const pdf = join(samplesDir, `${name}.pdf`);
  const pagesPath = join(samplesDir, `${name}.pages.json`);
  if (!existsSync(pdf) || !existsSync(pagesPath)) {
    console.log(`${name}: skipped, ${existsSync(pdf) ? 'pages.json' : 'PDF'} not built yet`);
    missing++;
    continue;
  }
  const golden = GoldenReportSchema.parse(
    JSON.parse(readFileSync(join(samplesDir, 'golden', `${siblingOf(name)}.golden.json`), 'utf8')),
  );
  const pagesFile = PagesFileSchema.parse(JSON.parse(readFileSync(pagesPath, 'utf8')));
  const facts = await readPdfFacts(pdf);
  if (facts.pageCount !== pagesFile.pages.length) {
    throw new Error(`${name}: the PDF has ${facts.pageCount} pages, pages.json ${pagesFile.pages.length}`);
  }
  const siblingPath = join(samplesDir, `${siblingOf(name)}.pages.json`);
  const siblingPages = PagesFileSchema.parse(JSON.parse(readFileSync(siblingPath, 'utf8')));
  const { report, notes } = buildExpected(golden, pagesFile, { fileName: `${name}.pdf`, ...facts }, siblingPages);
  writeFileSync(join(samplesDir, `${name}.expected.json`), JSON.stringify(report, null, 2) + '\n');
  console.log(
    `${name}: ${facts.pageCount} pages, ${report.ita?.questions.length ?? 0} questions, ${report.measures.length} measures, ` +
      `${report.plan?.projects.length ?? 0} projects, ${report.flags.length} flags`,
  );
  for (const n of notes) console.log(`  note: ${n}`);
}
if (missing > 0) console.log(`${missing} of ${SAMPLES.length} samples not built yet`);
