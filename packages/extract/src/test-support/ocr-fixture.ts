import { expect } from '@jest/globals';
import type { PageText } from '@lao/schemas';
import { extractDocument, type OcrEngine } from '../extract-document.js';

/** A file in packages/extract/test-fixtures, as a path. */
export const fixturePath = (name: string): string => new URL(`../../test-fixtures/${name}`, import.meta.url).pathname;

/** The one page of a fixture, through extractDocument with the given OCR engine (real tesseract.js in the tests). */
export async function readOnePage(ocr: OcrEngine, name: string): Promise<PageText> {
  const doc = await extractDocument({ path: fixturePath(name) }, { ocr });
  expect(doc.failures).toEqual([]);
  expect(doc.pages).toHaveLength(1);
  return doc.pages[0]!;
}

/** A page's text, line by line. */
export const pageText = (page: PageText): string => page.lines.map((l) => l.text).join('\n');
