import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text of each page as pdf.js returns it (items joined, line ends as newlines), for checking the text layer. */
export async function readPdfjsPages(path: string): Promise<string[]> {
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

export type CodePointCensus = { privateUse: Map<string, number>; nul: number; replacement: number };

/** Counts the code points that show a broken Thai text layer: private-use glyphs, U+0000 and U+FFFD. */
export function censusOf(text: string): CodePointCensus {
  const privateUse = new Map<string, number>();
  let nul = 0;
  let replacement = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xe000 && cp <= 0xf8ff) {
      const key = `U+${cp.toString(16).toUpperCase()}`;
      privateUse.set(key, (privateUse.get(key) ?? 0) + 1);
    } else if (cp === 0) nul++;
    else if (cp === 0xfffd) replacement++;
  }
  return { privateUse, nul, replacement };
}
