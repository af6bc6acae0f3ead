import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LaoError } from '@lao/schemas';

const require = createRequire(import.meta.url);

/**
 * tesseract.js reads `${langPath}/${lang}.traineddata.gz` for every language from one folder, while
 * each @tesseract.js-data package ships its own; so link both into one temporary folder, once per
 * process. A local path (not a URL) makes tesseract.js read the file instead of fetching it.
 * `4.0.0_best_int` is LSTM-only: for Thai identical to `4.0.0`, for English 2.9 MB instead of 11.
 */
let langPath: string | null = null;

export function languageDataPath(languages: readonly string[]): string {
  if (langPath) return langPath;
  const dir = mkdtempSync(join(tmpdir(), 'lao-tessdata-'));
  try {
    for (const lang of new Set([...languages, 'tha', 'eng'])) {
      const file = require.resolve(`@tesseract.js-data/${lang}/4.0.0_best_int/${lang}.traineddata.gz`);
      symlinkSync(file, join(dir, `${lang}.traineddata.gz`));
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new LaoError('CONFIG_INVALID', `OCR language data missing: ${(err as Error).message}`, { cause: err });
  }
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  langPath = dir;
  return dir;
}
