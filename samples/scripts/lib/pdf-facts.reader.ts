import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** sha256 and page count of a PDF, read from the file itself. */
export async function readPdfFacts(path: string): Promise<{ sha256: string; pageCount: number }> {
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    return { sha256, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
