// Run by ocr-offline.test.ts under `unshare -n` (no network): proves OCR needs nothing from the
// network and that tesseract's console noise stays off stdout. Prints one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { decodeImageFile } from '../image/index.js';
import { createOcrPool } from './ocr-pool.scheduler.js';

const file = process.argv[2];
if (!file) throw new Error('usage: ocr-offline.probe.ts <image>');
let fetchError = '';
try {
  await fetch('https://cdn.jsdelivr.net/npm/@tesseract.js-data/tha/4.0.0_best_int/tha.traineddata.gz');
} catch (err) {
  fetchError = String((err as Error).cause ?? err);
}
const [image] = await decodeImageFile(new Uint8Array(readFileSync(file)));
const pool = createOcrPool({ workers: 1 });
const page = await pool.recognize(image!);
await pool.close();
process.stdout.write(`${JSON.stringify({ fetchError, text: page.lines.map((l) => l.text).join('\n'), stats: pool.stats() })}\n`);
