import { LaoError } from '@lao/schemas';
import { eraseRulings, findRulings, rotateImage, toPgm, type PageImage, type PixelRuling, type QuarterTurn } from '../image/index.js';
import { blocksToLines, type TesseractBlockLike } from './ocr-lines.mapper.js';
import { OcrPoolOptionsSchema, type OcrPoolOptions } from './ocr-options.js';
import type { OcrLine, OcrPage } from './ocr-result.types.js';
import { rereadNumbers } from './number-reread.js';
import { rereadCells, type CellReader } from './cell-reread.js';
import { completeRulings } from './ruling-completion.js';
import { startOcrWorker, type OcrWorker } from './ocr-worker.js';
import { looksUpright, MIN_GAIN, orientationCandidates, readingScore, readingSignal, type ReadingSignal } from './page-orientation.js';

export type OcrPoolStats = {
  /** Workers started over the pool's life (first start, recycling, replacing crashed ones). */
  started: number;
  /** Worker threads running now. */
  alive: number;
  recycled: number;
  /** Workers lost to a crash, a timeout or a failed page. */
  failed: number;
  pages: number;
  failedPages: number;
};

export type OcrPool = {
  /** OCR one page image; rejects with LaoError('OCR_FAILED') for this page only. */
  recognize(image: PageImage): Promise<OcrPage>;
  stats(): OcrPoolStats;
  /** Waits for running pages, then ends every worker thread. */
  close(): Promise<void>;
};

type Slot = { worker: OcrWorker | null; pages: number; busy: boolean };
type PageReading = {
  /** The page image as read (turned when orientation candidates were tried), before ruling erasure. */
  source: PageImage;
  /** What tesseract saw: `source` with its rulings erased. */
  image: PageImage;
  rulings: PixelRuling[];
  added: PixelRuling[];
  confidence: number;
  lines: OcrLine[];
  signal: ReadingSignal;
};
type Job = { image: PageImage; resolve: (page: OcrPage) => void; reject: (err: unknown) => void };

/**
 * N tesseract.js workers (our own scheduler rather than tesseract.js's, which can neither recycle
 * nor replace a dead worker). Workers start lazily, are replaced after `recycleAfter` pages, and a
 * worker whose page failed is thrown away so the next page gets a fresh one.
 */
export function createOcrPool(options: Partial<OcrPoolOptions> = {}): OcrPool {
  const config = OcrPoolOptionsSchema.parse(options);
  const slots: Slot[] = Array.from({ length: config.workers }, () => ({ worker: null, pages: 0, busy: false }));
  const queue: Job[] = [];
  const running = new Set<Promise<void>>();
  const counts = { started: 0, recycled: 0, failed: 0, pages: 0, failedPages: 0 };
  let closed = false;

  const retire = async (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = null;
    slot.pages = 0;
    await worker?.terminate().catch(() => undefined);
  };

  const run = async (slot: Slot, job: Job) => {
    try {
      if (!slot.worker || !slot.worker.alive()) {
        if (slot.worker) await retire(slot);
        slot.worker = await startOcrWorker(config);
        counts.started++;
      }
      const started = performance.now();
      const worker = slot.worker;
      // One full-page reading: rulings found and erased on this image, then tesseract.
      const readPage = async (source: PageImage): Promise<PageReading> => {
        const found = config.eraseRulings ? findRulings(source) : { rulings: [], runs: { h: [], v: [] } };
        const { rulings, added } = completeRulings(found.rulings, source.dpi);
        const image = config.eraseRulings && rulings.length > 0 ? eraseRulings(source, found.runs) : source;
        const raw = await worker.recognize(toPgm(image), { user_defined_dpi: String(Math.round(image.dpi)) });
        slot.pages++;
        const lines = blocksToLines(raw.blocks as unknown as TesseractBlockLike[] | null);
        const confidence = Math.max(0, Math.min(100, raw.confidence));
        return { source, image, rulings, added, confidence, lines, signal: readingSignal({ confidence, lines }) };
      };
      const first = await readPage(job.image);
      counts.pages++;
      // Sideways or upside-down scans: read the page turned, keep the clearly better reading (page-orientation.ts).
      // An upright page has no candidates and keeps its single reading.
      let chosen = first;
      let turned: QuarterTurn = 0;
      const tried: QuarterTurn[] = [];
      for (const degrees of orientationCandidates(first.signal)) {
        const reading = await readPage(rotateImage(job.image, degrees));
        tried.push(degrees);
        const bar = chosen === first ? readingScore(first.signal) + MIN_GAIN : readingScore(chosen.signal);
        if (readingScore(reading.signal) > bar) {
          chosen = reading;
          turned = degrees;
        }
        if (chosen !== first && looksUpright(chosen.signal)) break;
      }
      const { image, rulings, added } = chosen;
      const dpi = String(Math.round(image.dpi));
      let page: OcrPage = {
        width: chosen.source.width,
        height: chosen.source.height,
        dpi: job.image.dpi,
        confidence: chosen.confidence,
        lines: chosen.lines,
        rulings,
        notes: [
          ...job.image.notes,
          `ocr:tesseract.js psm${config.psm} ${config.languages.join('+')}`,
          ...(tried.length > 0 ? [`orientation:tried=${tried.join(',')}`] : []),
          ...(turned !== 0 ? [`orientation:rotated=${turned}`] : []),
          ...(rulings.length > 0 ? [`rulings:erased=${rulings.length - added.length}`] : []),
          ...(added.length > 0 ? [`rulings:open-borders=${added.length}`] : []),
        ],
        ...(turned !== 0 ? { rotated: turned } : {}),
        ms: 0,
      };
      if (config.cells === 'reread' && rulings.length > 0) {
        const readCell: CellReader = async (crop, psm) => {
          const r = await worker.recognize(toPgm(crop), { tessedit_pageseg_mode: String(psm), user_defined_dpi: dpi });
          return { confidence: r.confidence, lines: blocksToLines(r.blocks as unknown as TesseractBlockLike[] | null) };
        };
        page = await rereadCells(page, image, readCell);
      }
      page = rereadNumbers(page, image, config.numbers);
      job.resolve({ ...page, ms: performance.now() - started });
      if (slot.pages >= config.recycleAfter) {
        counts.recycled++;
        await retire(slot);
      }
    } catch (err) {
      counts.failedPages++;
      if (slot.worker) counts.failed++;
      await retire(slot);
      job.reject(err instanceof LaoError ? err : new LaoError('OCR_FAILED', String(err), { cause: err }));
    }
  };

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy) continue;
      const job = queue.shift();
      if (!job) return;
      slot.busy = true;
      const task = run(slot, job).finally(() => {
        slot.busy = false;
        running.delete(task);
        pump();
      });
      running.add(task);
    }
  };

  return {
    recognize(image) {
      if (closed) return Promise.reject(new LaoError('OCR_FAILED', 'OCR pool is closed'));
      if (image.width < 1 || image.height < 1 || image.data.length !== image.width * image.height)
        return Promise.reject(new LaoError('INVALID_INPUT', `page image ${image.width}×${image.height} does not match its ${image.data.length} bytes`));
      return new Promise<OcrPage>((resolve, reject) => {
        queue.push({ image, resolve, reject });
        pump();
      });
    },
    stats: () => ({ ...counts, alive: slots.filter((s) => s.worker?.alive()).length }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new LaoError('OCR_FAILED', 'OCR pool closed before this page ran'));
      await Promise.all(running);
      await Promise.all(slots.map(retire));
    },
  };
}
