import { describe, expect, it } from '@jest/globals';
import { toPgm } from '../image/index.js';
import { OcrPoolOptionsSchema } from './ocr-options.js';
import { startOcrWorker } from './ocr-worker.js';

describe('startOcrWorker', () => {
  it(
    'rejects the running job with OCR_FAILED when its thread dies, and the process lives on',
    async () => {
      const worker = await startOcrWorker(OcrPoolOptionsSchema.parse({}));
      expect(worker.alive()).toBe(true);
      // A page of noise takes tesseract seconds; end the thread while it works.
      const data = Uint8Array.from({ length: 1500 * 1500 }, (_, i) => ((i * 2654435761) >>> 24) & 0xff);
      const job = worker.recognize(toPgm({ width: 1500, height: 1500, dpi: 300, data, notes: [] }), {});
      const outcome = expect(job).rejects.toMatchObject({ name: 'LaoError', code: 'OCR_FAILED', message: expect.stringContaining('died') });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await worker.terminate();
      await outcome;
      expect(worker.alive()).toBe(false);
      await expect(worker.recognize(new Uint8Array(0), {})).rejects.toMatchObject({ code: 'OCR_FAILED' });
    },
    60_000,
  );
});
