// Re-runs parse + checks on documents kept by dump-pages.ts and writes one Report per document, in the
// shape `lao extract --out` writes, for compare-cli.ts. Usage: pnpm exec tsx tests/support/analyse-dump.ts DUMP_DIR OUT_DIR
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gazetteer } from '@lao/gazetteer';
import { analyseDocument } from '@lao/pipeline';
import { loadConfig, PageTextSchema } from '@lao/schemas';

const [dumpDir, outDir] = process.argv.slice(2);
if (!dumpDir || !outDir) throw new Error('usage: analyse-dump DUMP_DIR OUT_DIR');
mkdirSync(outDir, { recursive: true });
const deps = { gazetteer: gazetteer(), config: loadConfig(process.env) };
for (const f of readdirSync(dumpDir).filter((n) => n.endsWith('.doc.json'))) {
  const doc = JSON.parse(readFileSync(path.join(dumpDir, f), 'utf8')) as { fileName: string; sha256: string; pageCount: number; pages: unknown[] };
  const pages = doc.pages.map((p) => PageTextSchema.parse(p));
  const { report } = analyseDocument({ fileName: doc.fileName, sha256: doc.sha256, pageCount: doc.pageCount, pages }, deps);
  writeFileSync(path.join(outDir, f.replace(/\.doc\.json$/, '.json')), `${JSON.stringify(report, null, 2)}\n`);
}
