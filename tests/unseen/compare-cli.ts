// Field accuracy of `lao extract --out DIR` results against tests/unseen/*.expected.json.
// Usage: pnpm exec tsx tests/unseen/compare-cli.ts OUT_DIR [name ...]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ReportSchema } from '@lao/schemas';
import { compareReports, flagKeyDiff } from '../support/report-fields.js';
import { compareUnseen } from './unseen-fields.js';

const [outDir, ...names] = process.argv.slice(2);
if (!outDir) throw new Error('usage: compare-cli OUT_DIR [name ...]');
const here = import.meta.dirname;
const list = names.length > 0 ? names : readdirSync(outDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
for (const name of list) {
  const expected = ReportSchema.parse(JSON.parse(readFileSync(path.join(here, `${name}.expected.json`), 'utf8')));
  const actual = ReportSchema.parse(JSON.parse(readFileSync(path.join(outDir, `${name}.json`), 'utf8')));
  const base = compareReports(expected, actual);
  const c = compareUnseen(expected, actual);
  const { missing, extra } = flagKeyDiff(expected, actual);
  console.log(
    `${name}: report-fields ${base.matched}/${base.total} = ${(base.accuracy * 100).toFixed(1)}%; ` +
      `with measure details ${c.matched}/${c.total} = ${(c.accuracy * 100).toFixed(1)}%`,
  );
  for (const d of c.diffs) console.log(`   ${d.key}: expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.actual)}`);
  for (const k of missing) console.log(`   flag missing ${k}`);
  for (const k of extra) console.log(`   flag extra   ${k}`);
}
