/**
 * Text-layer measurements for the README: per born-digital sample, normalised CER against samples/<name>.pages.json,
 * lost characters, pages sent to OCR by the decision, and wall time (worker thread vs pdf.js on the calling thread).
 * Usage: pnpm exec tsx packages/extract/scripts/measure-text-layer.ts [name ...]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '@lao/thai-text';
import { characterErrors, closePdfWorker, extractDocument } from '@lao/extract';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../samples');
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['s000-ita-analysis', 's001-ita-analysis', 's001-ita-analysis-pua', 's002-measures-progress', 's004-anticorruption-plan'];

console.log('| sample | pages | CER | lost chars | pages needing OCR | worker s (pages/s) | in-process s (pages/s) | longest event-loop stall, worker / in-process |');
console.log('|---|---|---|---|---|---|---|---|');
for (const name of names) {
  const ref = JSON.parse(await readFile(path.join(samples, `${name}.pages.json`), 'utf8')) as { pages: Array<{ text: string }> };
  const file = path.join(samples, `${name}.pdf`);
  // The longest time the main thread could not answer anything (progress events, other documents, OCR results).
  const timed = async (inProcess: boolean) => {
    const stall = monitorEventLoopDelay({ resolution: 10 });
    stall.enable();
    const t0 = performance.now();
    const doc = await extractDocument({ path: file }, { inProcess });
    const s = (performance.now() - t0) / 1000;
    stall.disable();
    return { doc, s, stallMs: stall.max / 1e6 };
  };
  const worker = await timed(false);
  const inProc = await timed(true);
  const { doc } = worker;
  const perPage = ref.pages.map((p, i) =>
    characterErrors(normalizeText(p.text), doc.pages[i]?.lines.map((l) => l.text).join('\n') ?? ''),
  );
  const cer = perPage.reduce((n, e) => n + e.errors, 0) / perPage.reduce((n, e) => n + e.length, 0);
  const lost = doc.pages.reduce((n, p) => n + p.lostChars, 0);
  const needOcr = doc.pages.filter((p) => p.notes.some((n) => n.startsWith('decision:ocr-needed'))).map((p) => p.page);
  const rate = (s: number) => `${s.toFixed(1)} (${(doc.pageCount / s).toFixed(1)})`;
  console.log(
    `| ${name} | ${doc.pageCount} | ${(cer * 100).toFixed(3)}% | ${lost} | ${needOcr.join(', ') || '–'} | ${rate(worker.s)} | ${rate(inProc.s)} | ${Math.round(worker.stallMs)} / ${Math.round(inProc.stallMs)} ms |`,
  );
}
await closePdfWorker();
