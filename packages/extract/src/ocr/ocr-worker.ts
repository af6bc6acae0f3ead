import { fileURLToPath } from 'node:url';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import Tesseract from 'tesseract.js';
import { LaoError } from '@lao/schemas';
import { languageDataPath } from './lang-data.js';
import type { OcrPoolOptions } from './ocr-options.js';

const THREAD_SCRIPT = fileURLToPath(new URL('./tesseract-thread.mjs', import.meta.url));

export type RawRecognition = { text: string; confidence: number; blocks: Tesseract.Block[] | null };

/** One tesseract.js worker thread, guarded so a crash or hang fails the job, never the process. */
export type OcrWorker = {
  readonly id: string;
  /** False once the thread died or was terminated. */
  readonly alive: () => boolean;
  recognize(image: Uint8Array, params: Record<string, string>): Promise<RawRecognition>;
  terminate(): Promise<void>;
};

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LaoError('OCR_FAILED', `${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let started = 0;

export async function startOcrWorker(options: OcrPoolOptions): Promise<OcrWorker> {
  const id = `ocr-worker-${++started}`;
  const langPath = languageDataPath(options.languages);
  let lastError = '';
  const created = Tesseract.createWorker(options.languages.join('+'), Tesseract.OEM.LSTM_ONLY, {
    langPath,
    cacheMethod: 'none',
    gzip: true,
    workerPath: THREAD_SCRIPT,
    // Without a handler tesseract.js rethrows job failures inside its message listener (uncaught).
    errorHandler: (err: unknown) => {
      lastError = String(err);
    },
  });
  let tw: Tesseract.Worker;
  try {
    tw = await withTimeout(created, options.startTimeoutMs, 'OCR worker start');
  } catch (err) {
    // A worker that resolves after the timeout must not live on.
    created.then((late) => late.terminate()).catch(() => undefined);
    throw new LaoError('OCR_FAILED', `OCR worker failed to start: ${lastError || (err as Error).message}`, { cause: err });
  }
  await tw.setParameters({
    tessedit_pageseg_mode: String(options.psm) as Tesseract.PSM,
    preserve_interword_spaces: '1',
  });

  const thread = (tw as unknown as { worker: ThreadWorker }).worker;
  let alive = true;
  let death: ((err: LaoError) => void) | null = null;
  const die = (reason: string) => {
    if (!alive) return;
    alive = false;
    death?.(new LaoError('OCR_FAILED', `OCR worker died: ${reason}`));
  };
  thread.on('error', (err) => die(err.message));
  thread.on('exit', (code) => die(`thread exited with code ${code}`));
  thread.on('message', (msg: unknown) => {
    if (msg && typeof msg === 'object' && 'laoFatal' in msg) die(String((msg as { laoFatal: unknown }).laoFatal).split('\n')[0] ?? '');
  });

  return {
    id,
    alive: () => alive,
    async recognize(image, params) {
      if (!alive) throw new LaoError('OCR_FAILED', 'OCR worker is not running');
      const died = new Promise<never>((_, reject) => {
        death = reject;
      });
      try {
        const job = tw.recognize(image as unknown as Tesseract.ImageLike, params, { text: true, blocks: true });
        const result = await withTimeout(Promise.race([job, died]), options.pageTimeoutMs, 'OCR of one page');
        return { text: result.data.text, confidence: result.data.confidence, blocks: result.data.blocks };
      } catch (err) {
        if (err instanceof LaoError) throw err;
        throw new LaoError('OCR_FAILED', `OCR failed: ${lastError || String(err)}`, { cause: err });
      } finally {
        death = null;
      }
    },
    async terminate() {
      die('terminated');
      await thread.terminate();
    },
  };
}
