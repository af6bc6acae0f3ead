import { runCommand } from './run-command.js';
import { censusOf, readPdfjsPages } from './pdf-text-layer.reader.js';
import type { PagesFile } from './pages-json.schema.js';
import { editDistance, withoutWhitespace } from './text-distance.js';

export type Verification = {
  file: string;
  pdfPages: number;
  jsonPages: number;
  /** Character error rate of `pdftotext -raw` (content-stream order) against pages.json, whitespace removed. */
  popplerCer: number | null;
  /** Edit operations behind popplerCer, over `truthChars` characters. */
  popplerErrors: number;
  truthChars: number;
  worstPage: { page: number; cer: number } | null;
  pdfjsPrivateUse: number;
  pdfjsNul: number;
  popplerPrivateUse: number;
};

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const info = await runCommand('pdfinfo', [pdfPath]);
  const match = /^Pages:\s+(\d+)/m.exec(info);
  return match ? Number(match[1]) : 0;
}

/** Checks a built PDF against its pages.json: same page count, and the text layer says what was laid out. */
export async function verifySample(pdfPath: string, pages: PagesFile): Promise<Verification> {
  const pdfPages = await pdfPageCount(pdfPath);
  let errors = 0;
  let length = 0;
  let worstPage: Verification['worstPage'] = null;
  let popplerPrivateUse = 0;
  const textPages = pages.pages.filter((p) => p.method === 'text');
  for (const entry of textPages) {
    const n = String(entry.page);
    const extracted = await runCommand('pdftotext', ['-raw', '-f', n, '-l', n, '-enc', 'UTF-8', pdfPath, '-']);
    popplerPrivateUse += [...censusOf(extracted).privateUse.values()].reduce((a, b) => a + b, 0);
    const truth = withoutWhitespace(entry.text);
    const distance = editDistance(truth, withoutWhitespace(extracted));
    errors += distance;
    length += truth.length;
    const cer = truth.length === 0 ? 0 : distance / truth.length;
    if (!worstPage || cer > worstPage.cer) worstPage = { page: entry.page, cer };
  }
  const census = censusOf((await readPdfjsPages(pdfPath)).join('\n'));
  return {
    file: pages.file,
    pdfPages,
    jsonPages: pages.pages.length,
    popplerCer: textPages.length > 0 ? errors / Math.max(1, length) : null,
    popplerErrors: errors,
    truthChars: length,
    worstPage,
    pdfjsPrivateUse: [...census.privateUse.values()].reduce((a, b) => a + b, 0),
    pdfjsNul: census.nul,
    popplerPrivateUse,
  };
}
