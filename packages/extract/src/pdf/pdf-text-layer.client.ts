import { Worker } from 'node:worker_threads';
import { LaoError } from '@lao/schemas';
import { PdfJsPageReader } from './pdfjs-page.reader.js';
import { WorkerErrorSchema, type WorkerRequest, type WorkerResponse } from './pdf-worker.protocol.js';
import type { RawPage } from './raw-page.types.js';

/** An open PDF whose pages can be read as positioned text items and rulings. */
export interface PdfTextLayer {
  readonly pageCount: number;
  readPage(pageNo: number): Promise<RawPage>;
  close(): Promise<void>;
}

export interface OpenPdfOptions {
  /**
   * Run pdf.js on the calling thread (its "fake worker") instead of the shared worker thread. It blocks the event
   * loop for every page parse (see README, measurements).
   */
  inProcess?: boolean;
}

/** Opens a PDF for text-layer reading. Throws LaoError ENCRYPTED_PDF / CORRUPT_PDF when it cannot be opened. */
export async function openPdfTextLayer(bytes: Uint8Array, opts: OpenPdfOptions = {}): Promise<PdfTextLayer> {
  if (opts.inProcess) {
    const reader = await PdfJsPageReader.open(bytes);
    return { pageCount: reader.pageCount, readPage: (n) => reader.readPage(n), close: () => reader.close() };
  }
  const client = sharedClient();
  const doc = client.nextDoc();
  const { pageCount } = (await client.call({ type: 'open', doc, bytes })) as { pageCount: number };
  return {
    pageCount,
    readPage: async (n) => (await client.call({ type: 'page', doc, page: n })) as RawPage,
    close: async () => {
      await client.call({ type: 'close', doc }).catch(() => undefined);
    },
  };
}

/** Ends the shared pdf.js worker thread (it also stops holding the process open whenever it is idle). */
export async function closePdfWorker(): Promise<void> {
  const c = client;
  client = null;
  await c?.terminate();
}

let client: WorkerClient | null = null;
function sharedClient(): WorkerClient {
  if (!client || client.exited) client = new WorkerClient();
  return client;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void };
type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * One worker thread shared by every document: starting it (pdf.js, tsx, our modules) costs far more than reading a
 * page, so it lives across documents. It is unref'd while idle so it never keeps the process alive by itself.
 */
class WorkerClient {
  private readonly worker = new Worker(new URL('./pdf-worker.bootstrap.mjs', import.meta.url));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private docs = 0;
  exited = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (res: WorkerResponse) => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if (this.pending.size === 0) this.worker.unref();
      if (res.ok) p.resolve(res.value);
      else {
        const e = WorkerErrorSchema.parse(res.error);
        p.reject(new LaoError(e.code, e.message));
      }
    });
    this.worker.on('error', (err) => this.failAll(LaoError.from(err, 'INTERNAL')));
    this.worker.on('exit', (code) => {
      this.exited = true;
      this.failAll(new LaoError('INTERNAL', `pdf worker exited (code ${code})`));
    });
  }

  nextDoc(): number {
    return ++this.docs;
  }

  call(body: RequestBody): Promise<unknown> {
    if (this.exited) return Promise.reject(new LaoError('INTERNAL', 'pdf worker is not running'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...body, id });
    });
  }

  async terminate(): Promise<void> {
    if (!this.exited) await this.worker.terminate();
  }

  private failAll(err: LaoError): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
