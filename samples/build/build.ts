/**
 * Builds the sample PDFs from the seed texts. See samples/README.md.
 *   pnpm --filter @lao/samples build [-- --seeds DIR] [--only born|scan|mixed] [--out DIR]
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBornDigital, type BuiltPdf } from './born-digital.build.js';
import { LaoError } from '@lao/schemas';
import { withChromium } from './chromium.launcher.js';
import { BORN_DIGITAL } from './sample-catalog.js';
import { buildMixed, buildScans } from './scan-samples.build.js';
import { verifySample } from './sample-verifier.js';

const here = import.meta.dirname;
// `pnpm --filter @lao/samples build -- --only born` hands the `--` through.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    seeds: { type: 'string', default: resolve(here, '../../../shared/seeds') },
    out: { type: 'string', default: resolve(here, '..') },
    only: { type: 'string' },
  },
});
const seedsDir = resolve(values.seeds!);
const outDir = resolve(values.out!);
const STEPS = ['born', 'scan', 'mixed'];
const only = values.only?.split(',') ?? STEPS;
const unknown = only.filter((step) => !STEPS.includes(step));
if (unknown.length > 0) throw new LaoError('INVALID_INPUT', `unknown step ${unknown.join(', ')} (steps: ${STEPS.join(', ')})`);
const wants = (step: string): boolean => only.includes(step);
await mkdir(outDir, { recursive: true });
// Two shared cores: ImageMagick's OpenMP threads only contend with each other and everyone else.
process.env.MAGICK_THREAD_LIMIT ??= '1';

const built = new Map<string, BuiltPdf>();
if (wants('born')) {
  await withChromium(async (context) => {
    for (const sample of BORN_DIGITAL) {
      const started = Date.now();
      const result = await buildBornDigital(context, sample, seedsDir, outDir);
      built.set(sample.name, result);
      const forced = result.laid.filter((p) => p.overflow).length;
      const cells = result.laid.reduce((n, p) => n + p.cellOverflows, 0);
      console.log(`${sample.name}.pdf: ${result.pages.pages.length} pages (${Date.now() - started} ms); overfull pages ${forced}, overflowing cells ${cells}`);
      if (forced > 0 || cells > 0) process.exitCode = 1;
    }
  });
  for (const result of built.values()) {
    const v = await verifySample(result.pdfPath, result.pages);
    const cer = v.popplerCer === null ? '-' : `${(v.popplerCer * 100).toFixed(2)}%`;
    const worst = v.worstPage ? `worst p${v.worstPage.page} ${(v.worstPage.cer * 100).toFixed(2)}%` : '';
    console.log(
      `verify ${v.file}: pages pdf=${v.pdfPages} json=${v.jsonPages}${v.pdfPages === v.jsonPages ? '' : ' MISMATCH'}; ` +
        `pdftotext CER ${cer} = ${v.popplerErrors}/${v.truthChars} (${worst}), PUA ${v.popplerPrivateUse}; pdf.js PUA ${v.pdfjsPrivateUse}, NUL ${v.pdfjsNul}`,
    );
    if (v.pdfPages !== v.jsonPages) process.exitCode = 1;
  }
}

if (wants('scan')) await buildScans(outDir, (line) => console.log(line));
if (wants('mixed')) await buildMixed(outDir, (line) => console.log(line));
