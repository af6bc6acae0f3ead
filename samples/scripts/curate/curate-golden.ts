/**
 * Regenerates samples/golden/<sample>.golden.json from the seed texts. The curated decisions live in the
 * per-seed modules beside this file; the seeds are the source of truth (DOMAIN.md), never a product parser.
 *
 *   pnpm exec tsx samples/scripts/curate/curate-golden.ts [--seeds /work/shared/seeds]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldenReportSchema, type GoldenReport } from '../lib/golden.schema.js';
import { SeedText } from '../lib/seed.reader.js';
import { curateS000 } from './s000.curate.js';
import { curateS001 } from './s001.curate.js';
import { curateS002 } from './s002.curate.js';
import { curateS004 } from './s004.curate.js';

const here = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(here, '..', '..', 'golden');
const seedsArg = process.argv.indexOf('--seeds');
const seedsDir = seedsArg > 0 ? (process.argv[seedsArg + 1] ?? '') : '/work/shared/seeds';

const jobs: Array<[string, (s: SeedText) => GoldenReport]> = [
  ['000_6a9dc769a661d8da.txt', curateS000],
  ['001_b7a619786dfc9076.txt', curateS001],
  ['002_608d7d5688246d6f.txt', curateS002],
  ['004_85bef1f827b5141b.txt', curateS004],
];

for (const [file, curate] of jobs) {
  const seed = new SeedText(file, readFileSync(join(seedsDir, file), 'utf8'));
  const golden = GoldenReportSchema.parse(curate(seed));
  const out = join(goldenDir, `${golden.sample}.golden.json`);
  writeFileSync(out, JSON.stringify(golden, null, 2) + '\n');
  console.log(`${out}: ${golden.ita?.questions.length ?? 0} questions, ${golden.measures.length} measures, ${golden.plan?.projects.length ?? 0} projects, ${golden.flags.length} flags`);
}
