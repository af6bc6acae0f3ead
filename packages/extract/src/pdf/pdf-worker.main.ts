import { parentPort } from 'node:worker_threads';
import { LaoError } from '@lao/schemas';
import { PdfJsPageReader } from './pdfjs-page.reader.js';
import { WorkerRequestSchema, type WorkerResponse } from './pdf-worker.protocol.js';

/** Worker body: owns one pdf.js document and answers page requests one at a time. */
const port = parentPort;
let reader: PdfJsPageReader | null = null;
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
      reader = await PdfJsPageReader.open(req.bytes);
      res = { id, ok: true, value: { pageCount: reader.pageCount } };
    } else if (req.type === 'page') {
      if (!reader) throw new LaoError('INTERNAL', 'no document open');
      res = { id, ok: true, value: await reader.readPage(req.page) };
    } else {
      await reader?.close();
      reader = null;
      res = { id, ok: true, value: null };
    }
  } catch (err) {
    const e = LaoError.from(err, 'CORRUPT_PDF');
    res = { id, ok: false, error: { code: e.code, message: e.message } };
  }
  port?.postMessage(res);
}
