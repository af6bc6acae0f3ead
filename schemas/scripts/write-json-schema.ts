/**
 * Writes schemas/report.schema.json from the zod ReportSchema.
 * `--check` writes nothing and exits 1 when the committed file differs from what would be written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderReportJsonSchema } from '../src/report-json-schema.js';

const target = fileURLToPath(new URL('../report.schema.json', import.meta.url));
const check = process.argv.includes('--check');
const expected = renderReportJsonSchema();

if (check) {
  let current: string | null = null;
  try {
    current = await readFile(target, 'utf8');
  } catch {
    current = null;
  }
  if (current !== expected) {
    const why = current === null ? 'is missing' : 'is stale (it differs from the zod ReportSchema)';
    console.error(`schema:check: ${target} ${why}. Run \`pnpm schema:build\` and commit the result.`);
    process.exit(1);
  }
  console.log(`schema:check: ${target} is current.`);
} else {
  await writeFile(target, expected, 'utf8');
  console.log(`schema:build: wrote ${target} (${expected.length} chars).`);
}
