/**
 * Regenerates samples/golden/<sample>.golden.json from the seed texts. The curated decisions live in the
 * per-seed modules beside this file; the seeds are the source of truth (DOMAIN.md), never a product parser.
 *
 *   pnpm exec tsx samples/scripts/curate/curate-golden.ts [--seeds /work/shared/seeds]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldenReportSchema } from '../lib/golden.schema.js';
import { SeedText } from '../lib/seed.reader.js';
import { CURATIONS } from './golden-curations.js';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'golden');
const seedsArg = process.argv.indexOf('--seeds');
const seedsDir = seedsArg > 0 ? (process.argv[seedsArg + 1] ?? '') : '/work/shared/seeds';

for (const { seedFile, curate } of CURATIONS) {
  const seed = new SeedText(seedFile, readFileSync(join(seedsDir, seedFile), 'utf8'));
  const golden = GoldenReportSchema.parse(curate(seed));
  const out = join(goldenDir, `${golden.sample}.golden.json`);
  writeFileSync(out, JSON.stringify(golden, null, 2) + '\n');
  console.log(
    `${out}: ${golden.ita?.questions.length ?? 0} questions, ${golden.measures.length} measures, ` +
      `${golden.plan?.projects.length ?? 0} projects, ${golden.flags.length} flags`,
  );
}
