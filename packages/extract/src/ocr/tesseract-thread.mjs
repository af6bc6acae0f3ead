// Runs inside each tesseract.js worker thread, before tesseract.js's own worker script.
// 1. The wasm core prints progress noise ("Detected 12 diacritics", "Estimating resolution as 537")
//    on the thread's stdout/stderr, which Node pipes into the host process's streams, where it would
//    corrupt `lao extract`'s JSON on stdout. Drop the known noise; send anything else to stderr.
// 2. tesseract.js 7 throws from callbacks in some paths (e.g. a failed initialize). An uncaught error
//    in a thread becomes an 'error' event on the Worker, which kills the host when nobody listens
//    (tesseract.js does not). Report it as a message and end only this thread instead.
import { parentPort } from 'node:worker_threads';

const NOISE = /^(Detected \d+ diacritics|Estimating resolution as \d+|Warning: Invalid resolution \d+ dpi\. Using \d+ instead\.)\s*$/;

function filtered() {
  let pending = '';
  return (chunk, encoding, callback) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    const kept = lines.filter((line) => line.trim() !== '' && !NOISE.test(line));
    if (kept.length > 0) process.stderr.write(`[tesseract] ${kept.join('\n[tesseract] ')}\n`);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') done();
    return true;
  };
}

const originalStderrWrite = process.stderr.write.bind(process.stderr);
process.stdout.write = filtered();
process.stderr.write = (chunk, encoding, callback) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  if (text.split('\n').every((line) => line.trim() === '' || NOISE.test(line))) {
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') done();
    return true;
  }
  return originalStderrWrite(chunk, encoding, callback);
};

function fatal(err) {
  try {
    parentPort?.postMessage({ laoFatal: String(err && err.stack ? err.stack : err) });
  } finally {
    process.exit(1);
  }
}
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

await import('tesseract.js/src/worker-script/node/index.js');
