import { readFile, writeFile } from 'node:fs/promises';

/**
 * Skia stamps the print time into /CreationDate and /ModDate. Overwriting the digits in place keeps every
 * byte offset (and so the xref table) valid, and makes rebuilds byte-identical.
 */
export async function fixPdfDates(path: string, date: string): Promise<number> {
  const bytes = await readFile(path);
  const text = bytes.toString('latin1');
  let count = 0;
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:(\d{14})/g, (_whole, key: string) => {
    count++;
    return `/${key} (D:${date}`;
  });
  await writeFile(path, Buffer.from(fixed, 'latin1'));
  return count;
}
