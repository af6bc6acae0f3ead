// bench/extract: our extraction against the native tools on the samples. See bench/README.md.
//   pnpm exec tsx bench/extract.ts [--pages N] [--only SUBSTRING] [--no-text] [--no-ocr] [--cells reread|off]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  alignChars,
  createOcrPool,
  eraseRulings,
  findRulings,
  extractDocument,
  normalizeForMetrics,
  openDocument,
  pageImage,
  rereadNumbers,
  toPgm,
} from '@lao/extract';

const root = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '1' },
    only: { type: 'string' },
    'no-text': { type: 'boolean', default: false },
    'no-ocr': { type: 'boolean', default: false },
    'ocr-all': { type: 'boolean', default: false },
    psm: { type: 'string', default: '3' },
    /** Ruled-table cells re-read one by one (the pool's default) or not, to measure what it costs and gives. */
    cells: { type: 'string', default: 'reread' },
  },
});
const ocrPagesPerVariant = Math.max(1, Number(args.pages));
const psm = Number(args.psm);
const cells = args.cells === 'off' ? 'off' : 'reread';

type TruthPage = { page: number; method: string; text: string };
type Variant = { name: string; pdf: string; truth: TruthPage[] };

const THAI_DIGIT = /[\u0E50-\u0E59]/u;
const toAsciiDigits = (s: string) => s.replace(/[\u0E50-\u0E59]/gu, (d) => String(d.charCodeAt(0) - 0x0e50));

/** CER after NFC, whitespace removed and sara am unified; `asciiDigits` compares digits by value only. */
function cer(hyp: string, ref: string, asciiDigits = false): { distance: number; length: number } {
  const f = asciiDigits ? toAsciiDigits : (s: string) => s;
  const r = normalizeForMetrics(f(ref));
  return { distance: alignChars(r, normalizeForMetrics(f(hyp))).distance, length: r.length };
}

/** Thai digits of the reference that the aligned hypothesis reproduces. */
function thaiDigits(hyp: string, ref: string): { right: number; total: number } {
  const { pairs } = alignChars(normalizeForMetrics(ref), normalizeForMetrics(hyp));
  let right = 0;
  let total = 0;
  for (const p of pairs)
    if (p.ref !== null && THAI_DIGIT.test(p.ref)) {
      total++;
      if (p.hyp === p.ref) right++;
    }
  return { right, total };
}

function variants(): Variant[] {
  const dir = join(root, 'samples');
  const found: Variant[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
    const name = file.replace(/\.pdf$/u, '');
    const pagesJson = join(dir, `${name}.pages.json`);
    if (!existsSync(pagesJson)) continue;
    const truth = (JSON.parse(readFileSync(pagesJson, 'utf8')) as { pages: TruthPage[] }).pages;
    found.push({ name, pdf: join(dir, file), truth });
  }
  // The OCR fixture: a degraded 200 dpi scan of a Laksaman page, with its text.
  const fixture = join(root, 'packages/extract/test-fixtures');
  found.push({
    name: 'fixture-ocr-scan-200',
    pdf: join(fixture, 'ocr-scan-200.pdf'),
    truth: [{ page: 1, method: 'ocr', text: readFileSync(join(fixture, 'ocr-scan.truth.txt'), 'utf8') }],
  });
  return found.filter((v) => !args.only || v.name.includes(args.only));
}

const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const pct = (n: number) => `${fmt(100 * n, 2)}%`;
const time = <T>(fn: () => Promise<T>) => {
  const t0 = performance.now();
  return fn().then((value) => ({ value, ms: performance.now() - t0 }));
};

const ratios: Record<string, number> = {};

async function textPath(list: Variant[]): Promise<void> {
  console.log('== text path (text-layer PDFs): ours = extractDocument without OCR; pdftotext -layout ==');
  console.log('variant                          pages  ours p/s  pdftotext p/s  CER ours  CER pdftotext');
  let ourPages = 0, ourMs = 0, popMs = 0;
  const ourErr = { distance: 0, length: 0 };
  const popErr = { distance: 0, length: 0 };
  for (const v of list.filter((x) => x.truth.every((p) => p.method === 'text'))) {
    // Best of two runs: the first warms pdf.js and the file cache.
    let ours = await time(() => extractDocument({ path: v.pdf }, {}));
    const again = await time(() => extractDocument({ path: v.pdf }, {}));
    if (again.ms < ours.ms) ours = again;
    const pop = [0, 1].map(() => {
      const t0 = performance.now();
      const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', v.pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      return { ms: performance.now() - t0, pages: run.stdout.split('\f') };
    }).sort((a, b) => a.ms - b.ms)[0]!;
    const doc = ours.value;
    const a = { distance: 0, length: 0 };
    const b = { distance: 0, length: 0 };
    for (const t of v.truth) {
      // Our text has Thai digits as ASCII by contract, so compare digits by value for both tools.
      const mine = doc.pages.find((p) => p.page === t.page)?.lines.map((l) => l.text).join('\n') ?? '';
      const e1 = cer(mine, t.text, true);
      const e2 = cer(pop.pages[t.page - 1] ?? '', t.text, true);
      a.distance += e1.distance; a.length += e1.length;
      b.distance += e2.distance; b.length += e2.length;
    }
    ourPages += doc.pageCount; ourMs += ours.ms; popMs += pop.ms;
    ourErr.distance += a.distance; ourErr.length += a.length;
    popErr.distance += b.distance; popErr.length += b.length;
    console.log(
      `${v.name.padEnd(32)} ${String(doc.pageCount).padStart(5)}  ${fmt((1000 * doc.pageCount) / ours.ms, 1).padStart(8)}  ${fmt((1000 * doc.pageCount) / pop.ms, 1).padStart(13)}  ${pct(a.distance / a.length).padStart(8)}  ${pct(b.distance / b.length).padStart(12)}`,
    );
  }
  if (ourPages > 0) {
    console.log(`all: ours ${fmt((1000 * ourPages) / ourMs, 1)} p/s, pdftotext ${fmt((1000 * ourPages) / popMs, 1)} p/s; CER ours ${pct(ourErr.distance / ourErr.length)}, pdftotext ${pct(popErr.distance / popErr.length)}`);
    ratios['text_speed_ours/pdftotext'] = popMs / ourMs;
    ratios['text_cer_ours/pdftotext'] = ourErr.distance / ourErr.length / (popErr.distance / popErr.length);
  }
}

/** Pages spread evenly over those with enough reference text (only scanned ones unless --ocr-all). */
function pickPages(truth: TruthPage[], n: number): TruthPage[] {
  const usable = truth.filter((p) => normalizeForMetrics(p.text).length >= 100 && (args['ocr-all'] || p.method === 'ocr'));
  if (usable.length <= n) return usable;
  return Array.from({ length: n }, (_, i) => usable[Math.floor(((i + 0.5) * usable.length) / n)]!);
}

async function ocrPath(list: Variant[]): Promise<void> {
  console.log(`\n== OCR (${ocrPagesPerVariant} page(s) per variant, ${args['ocr-all'] ? 'any page' : 'scanned pages only'}, same page images for both, psm ${psm}) ==`);
  console.log(`ours = tesseract.js 1 worker + ruling erase + cells ${cells} + number re-read; native = OMP_THREAD_LIMIT=1 tesseract -l tha+eng --oem 1`);
  console.log('variant/page                      image          ours s  native s  CER ours  CER ours-raw  CER native  Thai digits ours / ours-raw / native');
  const tmp = mkdtempSync(join(tmpdir(), 'lao-bench-'));
  const pool = createOcrPool({ workers: 1, numbers: 'off', psm, recycleAfter: 1000, cells });
  const sum = { ours: 0, native: 0, pages: 0 };
  const err = { ours: { d: 0, n: 0 }, raw: { d: 0, n: 0 }, native: { d: 0, n: 0 } };
  const dig = { ours: { r: 0, t: 0 }, raw: { r: 0, t: 0 }, native: { r: 0, t: 0 } };
  try {
    // Start the worker outside the timings (native tesseract's start-up is inside its per-page time,
    // ~0.1–0.2 s; a long-running worker pays its ~0.5 s once).
    await pool.recognize({ width: 64, height: 64, dpi: 300, data: new Uint8Array(64 * 64).fill(255), notes: [] });
    for (const v of list) {
      const opened = await openDocument(new Uint8Array(readFileSync(v.pdf)));
      try {
        if (opened.kind !== 'pdf') continue;
        for (const t of pickPages(v.truth, ocrPagesPerVariant)) {
          const { image } = await pageImage(await opened.render.page(t.page));
          const pgm = join(tmp, `${basename(v.name)}-${t.page}.pgm`);
          writeFileSync(pgm, toPgm(image));
          const ours = await time(async () => {
            const page = await pool.recognize(image);
            // The pool re-reads numbers on the image it OCR'd, rulings erased; do the same here.
            const erased = page.rulings.length > 0 ? eraseRulings(image, findRulings(image).runs) : image;
            return { raw: page, reread: rereadNumbers(page, erased, 'replace') };
          });
          const t0 = performance.now();
          const native = spawnSync(
            'tesseract',
            [pgm, 'stdout', '-l', 'tha+eng', '--oem', '1', '--psm', String(psm), '--dpi', String(Math.round(image.dpi)), '-c', 'preserve_interword_spaces=1'],
            { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 26 },
          );
          const nativeMs = performance.now() - t0;
          if (native.status !== 0) throw new Error(`tesseract failed: ${native.stderr}`);
          const text = (p: typeof ours.value.raw) => p.lines.map((l) => l.text).join('\n');
          const row = {
            ours: cer(text(ours.value.reread), t.text),
            raw: cer(text(ours.value.raw), t.text),
            native: cer(native.stdout, t.text),
          };
          const digits = {
            ours: thaiDigits(text(ours.value.reread), t.text),
            raw: thaiDigits(text(ours.value.raw), t.text),
            native: thaiDigits(native.stdout, t.text),
          };
          for (const k of ['ours', 'raw', 'native'] as const) {
            err[k].d += row[k].distance; err[k].n += row[k].length;
            dig[k].r += digits[k].right; dig[k].t += digits[k].total;
          }
          sum.ours += ours.ms; sum.native += nativeMs; sum.pages++;
          const ratio = (x: { distance: number; length: number }) => pct(x.distance / x.length);
          const d = (x: { right: number; total: number }) => `${x.right}/${x.total}`;
          console.log(
            `${`${v.name} p${t.page}`.padEnd(33)} ${`${image.width}×${image.height}@${Math.round(image.dpi)}`.padEnd(14)} ${fmt(ours.ms / 1000).padStart(6)}  ${fmt(nativeMs / 1000).padStart(8)}  ${ratio(row.ours).padStart(8)}  ${ratio(row.raw).padStart(12)}  ${ratio(row.native).padStart(10)}  ${d(digits.ours)} / ${d(digits.raw)} / ${d(digits.native)}`,
          );
        }
      } finally {
        await opened.close();
      }
    }
  } finally {
    await pool.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (sum.pages === 0) return;
  const c = (k: keyof typeof err) => err[k].d / err[k].n;
  const g = (k: keyof typeof dig) => dig[k].r / Math.max(1, dig[k].t);
  console.log(
    `all ${sum.pages} pages: ours ${fmt(sum.ours / sum.pages / 1000)} s/page, native ${fmt(sum.native / sum.pages / 1000)} s/page; CER ours ${pct(c('ours'))} (raw ${pct(c('raw'))}), native ${pct(c('native'))}; Thai digits ours ${dig.ours.r}/${dig.ours.t} (raw ${dig.raw.r}), native ${dig.native.r}/${dig.native.t}`,
  );
  ratios['ocr_time_ours/native'] = sum.ours / sum.native;
  ratios['ocr_cer_ours/native'] = c('ours') / c('native');
  ratios['ocr_cer_ours-raw/native'] = c('raw') / c('native');
  ratios['thai_digits_ours/native'] = g('ours') / g('native');
  ratios['thai_digits_ours/ours-raw'] = g('ours') / g('raw');
}

const list = variants();
if (!args['no-text']) await textPath(list);
if (!args['no-ocr']) await ocrPath(list);
console.log(`RATIOS ${Object.entries(ratios).map(([k, v]) => `${k}=${fmt(v, 3)}`).join(' ')}`);
