import { parentPort } from 'node:worker_threads';
import { LaoError } from '@lao/schemas';
import { PdfJsPageReader } from './pdfjs-page.reader.js';
import { WorkerRequestSchema, type WorkerResponse } from './pdf-worker.protocol.js';

/** Worker body: owns the pdf.js documents opened through it and answers requests one at a time. */
const port = parentPort;
const readers = new Map<number, PdfJsPageReader>();
let queue: Promise<void> = Promise.resolve();

port?.on('message', (msg: unknown) => {
  queue = queue.then(() => handle(msg));
});

async function handle(msg: unknown): Promise<void> {
  const parsed = WorkerRequestSchema.safeParse(msg);
  const id = parsed.success ? parsed.data.id : -1;
  let res: WorkerResponse;
  try {
    if (!parsed.success) throw new LaoError('INVALID_INPUT', `bad worker request: ${parsed.error.message}`);
    const req = parsed.data;
    if (req.type === 'open') {
      const reader = await PdfJsPageReader.open(req.bytes);
      readers.set(req.doc, reader);
      res = { id, ok: true, value: { pageCount: reader.pageCount } };
    } else if (req.type === 'page') {
      const reader = readers.get(req.doc);
      if (!reader) throw new LaoError('INTERNAL', `document ${req.doc} is not open`);
      res = { id, ok: true, value: await reader.readPage(req.page) };
    } else {
      await readers.get(req.doc)?.close();
      readers.delete(req.doc);
      res = { id, ok: true, value: null };
    }
  } catch (err) {
    const e = LaoError.from(err, 'CORRUPT_PDF');
    res = { id, ok: false, error: { code: e.code, message: e.message } };
  }
  port?.postMessage(res);
}
