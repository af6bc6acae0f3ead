import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LaoError } from '@lao/schemas';
import { runCommand, runCommandBinary } from './run-command.js';

const ACTUAL_TEXT_SPAN = /^\/Span<<\/ActualText <[0-9a-fA-F]+> >> BDC$/;

/**
 * Removes the `/Span <</ActualText …>> BDC … EMC` wrappers Skia puts around shaped Thai clusters.
 * What is left is what real Word exports carry: glyphs whose ToUnicode says U+F70A/U+F70B/U+F70E, with no
 * correct text beside them, so every reader (pdf.js and poppler alike) sees the private-use code points.
 * Returns how many spans were removed.
 */
export function stripActualTextSpans(qdf: string): { text: string; removed: number } {
  const lines = qdf.split('\n');
  const kept: string[] = [];
  let open = 0;
  let removed = 0;
  for (const line of lines) {
    if (ACTUAL_TEXT_SPAN.test(line)) {
      open++;
      removed++;
      continue;
    }
    if (open > 0 && line === 'EMC') {
      open--;
      continue;
    }
    kept.push(line);
  }
  if (open !== 0) throw new LaoError('INTERNAL', `unbalanced ActualText spans (${open} left open)`);
  return { text: kept.join('\n'), removed };
}

/** Rewrites `pdfPath` in place without ActualText; qpdf's QDF mode makes the content streams editable. */
export async function stripActualText(pdfPath: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'lao-strip-'));
  try {
    const qdfPath = join(dir, 'in.qdf.pdf');
    const editedPath = join(dir, 'edited.qdf.pdf');
    const fixedPath = join(dir, 'fixed.qdf.pdf');
    await runCommand('qpdf', ['--qdf', '--object-streams=disable', pdfPath, qdfPath]);
    const { text, removed } = stripActualTextSpans((await readFile(qdfPath)).toString('latin1'));
    await writeFile(editedPath, Buffer.from(text, 'latin1'));
    // fix-qdf recomputes the stream lengths and the xref table after the edit.
    await writeFile(fixedPath, await runCommandBinary('fix-qdf', [editedPath]));
    // --deterministic-id would hash the (random) temporary file name into /ID; a static one keeps rebuilds identical.
    await runCommand('qpdf', ['--static-id', '--compress-streams=y', '--object-streams=generate', fixedPath, pdfPath]);
    return removed;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
