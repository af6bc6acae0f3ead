import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What intake accepts; a directory contributes only these (so `lao ingest samples/` skips the JSON beside the PDFs). */
export const INGESTIBLE_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] as const;

/**
 * Expands CLI arguments (files, directories searched recursively, globs) into a sorted, de-duplicated
 * file list. A named file is kept whatever its extension or existence, so intake can report why it fails.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const pattern = `**/*.{${INGESTIBLE_EXTENSIONS.join(',')}}`;
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(pattern, { cwd: arg, caseSensitiveMatch: false, dot: false, absolute: false, ignore: ['**/node_modules/**'] });
      out.push(...found.sort().map((f) => path.join(arg, f)));
    } else if (!info && isDynamicPattern(arg)) {
      // An absolute pattern gives absolute paths (tinyglobby answers relative to cwd otherwise).
      out.push(...(await glob(arg, { caseSensitiveMatch: false, onlyFiles: true, absolute: path.isAbsolute(arg) })).sort());
    } else {
      out.push(arg);
    }
  }
  return [...new Set(out)];
}
