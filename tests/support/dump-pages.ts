// Extracts files once (text layer or OCR) and keeps their PageText[] as JSON, so parser work on scans can
// iterate without re-running OCR. Usage: pnpm exec tsx tests/support/dump-pages.ts OUT_DIR FILE...
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createOcrPool, extractDocument } from '@lao/extract';
import { loadConfig } from '@lao/schemas';

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) throw new Error('usage: dump-pages OUT_DIR FILE...');
const config = loadConfig(process.env);
const ocr = createOcrPool({ workers: config.ocrWorkers, recycleAfter: config.ocrRecyclePages });
await mkdir(outDir, { recursive: true });
try {
  for (const file of files) {
    const doc = await extractDocument({ path: file }, { ocr, dpi: config.ocrDpi });
    const target = path.join(outDir, `${path.parse(file).name}.doc.json`);
    await writeFile(target, JSON.stringify(doc));
    process.stderr.write(`${file} → ${target}\n`);
  }
} finally {
  await ocr.close();
}
