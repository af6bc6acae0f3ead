// Prints field accuracy and the differences of `lao extract --out` results against samples/*.expected.json.
// Usage: pnpm exec tsx tests/support/compare-cli.ts OUT_DIR [name ...]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ReportSchema } from '@lao/schemas';
import { compareReports, flagKeyDiff } from './report-fields.js';

const [outDir, ...names] = process.argv.slice(2);
if (!outDir) throw new Error('usage: compare-cli OUT_DIR [name ...]');
const samples = path.resolve(import.meta.dirname, '../../samples');
const list = names.length > 0 ? names : readdirSync(outDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
for (const name of list) {
  const expected = ReportSchema.parse(JSON.parse(readFileSync(path.join(samples, `${name}.expected.json`), 'utf8')));
  const actual = ReportSchema.parse(JSON.parse(readFileSync(path.join(outDir, `${name}.json`), 'utf8')));
  const c = compareReports(expected, actual);
  const { missing, extra } = flagKeyDiff(expected, actual);
  console.log(`${name}: fields ${c.matched}/${c.total} = ${(c.accuracy * 100).toFixed(1)}%; flags missing ${missing.length}, extra ${extra.length}`);
  for (const d of c.diffs.slice(0, 40)) console.log(`   ${d.key}: expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.actual)}`);
  if (c.diffs.length > 40) console.log(`   … ${c.diffs.length - 40} more`);
  for (const k of missing) console.log(`   flag missing ${k}`);
  for (const k of extra) console.log(`   flag extra   ${k}`);
}
