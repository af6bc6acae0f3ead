import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { createOcrPool, extractDocument } from '@lao/extract';
import { gazetteer } from '@lao/gazetteer';
import { analyseDocument } from '@lao/pipeline';
import { LaoError, loadConfig, type Report } from '@lao/schemas';
import { positiveInt } from '../cli-options.js';
import { runOrdered } from '../run-ordered.js';

interface ExtractCliOptions {
  out?: string;
  dpi?: number;
  forceOcr?: boolean;
  ocrWorkers?: number;
}

type FileOutcome =
  | { ok: true; file: string; report: Report; failedPages: Array<{ page: number; reason: string }> }
  | { ok: false; file: string; error: LaoError };

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'อ่านรายงานแต่ละไฟล์แล้วพิมพ์ Report เป็น JSON (หนึ่งบรรทัดต่อไฟล์เมื่อมีหลายไฟล์)\n' +
        'Extract one Report per file as JSON on stdout (one per line for several files).',
    )
    .argument('<files...>', 'PDF, PNG, JPEG or TIFF files')
    .option('--out <dir>', 'write <dir>/<name>.json per file instead of stdout; one summary line per file on stderr')
    .option('--dpi <n>', 'render resolution for OCR (default LAO_OCR_DPI or 300)', positiveInt)
    .option('--force-ocr', 'OCR every page even when its text layer is usable')
    .option('--ocr-workers <n>', 'OCR worker threads shared by all files (default LAO_OCR_WORKERS or 1)', positiveInt)
    .action(async (files: string[], opts: ExtractCliOptions) => {
      process.exitCode = await runExtract(files, opts);
    });
}

async function runExtract(files: string[], opts: ExtractCliOptions): Promise<number> {
  const config = loadConfig(process.env);
  const workers = opts.ocrWorkers ?? config.ocrWorkers;
  // One OCR pool for the whole call: workers start lazily, so text-only files never pay for them.
  const ocr = createOcrPool({ workers, recycleAfter: config.ocrRecyclePages });
  const deps = { gazetteer: gazetteer(), config };
  let failed = 0;
  try {
    if (opts.out) await mkdir(opts.out, { recursive: true });
    await runOrdered(
      files,
      Math.max(1, workers),
      async (file): Promise<FileOutcome> => {
        try {
          const doc = await extractDocument({ path: file }, { ocr, forceOcr: opts.forceOcr ?? false, dpi: opts.dpi ?? config.ocrDpi });
          const { report } = analyseDocument(doc, deps);
          const failedPages = doc.failures.map((f) => ({ page: f.page, reason: `${f.error.code}: ${f.error.message}` }));
          return { ok: true, file, report, failedPages };
        } catch (err) {
          return { ok: false, file, error: LaoError.from(err) };
        }
      },
      async (outcome) => {
        if (!outcome.ok) {
          failed++;
          process.stderr.write(`lao extract: ${outcome.file}: ${outcome.error.code}: ${oneLine(outcome.error.message)}\n`);
          return;
        }
        if (outcome.failedPages.length > 0) {
          failed++;
          const list = outcome.failedPages.map((f) => `${f.page} (${oneLine(f.reason)})`).join('; ');
          process.stderr.write(`lao extract: ${outcome.file}: unreadable pages: ${list}\n`);
        }
        await emit(outcome.file, outcome.report, files.length, opts.out);
      },
    );
  } finally {
    await ocr.close();
  }
  return failed > 0 ? 1 : 0;
}

async function emit(file: string, report: Report, fileCount: number, outDir: string | undefined): Promise<void> {
  if (!outDir) {
    process.stdout.write(fileCount === 1 ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`);
    return;
  }
  const target = path.join(outDir, `${path.parse(file).name}.json`);
  await writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
  const ocrPages = report.pages.filter((p) => p.method === 'ocr').length;
  process.stderr.write(
    `${file} → ${target}: ${report.docType}, ${report.source.pageCount} pages (${report.pages.length - ocrPages} text, ${ocrPages} OCR), ${report.flags.length} flags\n`,
  );
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
