// Worker entry, plain JS so Node starts it the same way under tsx, jest or plain node.
// pdf.js is loaded natively *before* tsx is registered: through tsx's loader (and the source maps it enables)
// pdf.js loads and parses several times slower (measured, README). Its worker module is published on
// globalThis.pdfjsWorker so the "fake worker" pdf.js sets up in this thread reuses it instead of importing it again.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { register } from 'tsx/esm/api';

globalThis.pdfjsWorker = pdfjsWorker;
globalThis.laoPdfjs = pdfjs;
register();
await import('./pdf-worker.main.ts');
