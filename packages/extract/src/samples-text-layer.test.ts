import { describe, it, expect, afterAll } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { normalizeText } from '@lao/thai-text';
import { characterErrors } from './cer.js';
import { extractDocument } from './extract-document.js';
import { closePdfWorker } from './pdf/pdf-text-layer.client.js';

const samples = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples');
const PagesJson = z.object({ pages: z.array(z.object({ page: z.number(), text: z.string() })) });

afterAll(() => closePdfWorker());

// The born-digital samples (samples/README) against the text they were printed from.
// s001 p.21 holds a Devanagari ट (a typo in the seed) that Chromium draws with a fallback font; pdf.js alone gives
// U+0000 for it, the ActualText span gives it back.
describe.each([['s000-ita-analysis'], ['s001-ita-analysis'], ['s001-ita-analysis-pua'], ['s002-measures-progress']])('%s', (name) => {
  it(
    'reads every page from the text layer with normalised CER ≤ 0.5% and no lost characters',
    async () => {
      const ref = PagesJson.parse(JSON.parse(await readFile(path.join(samples, `${name}.pages.json`), 'utf8')));
      const doc = await extractDocument({ path: path.join(samples, `${name}.pdf`) });
      expect(doc.failures).toEqual([]);
      expect(doc.pages).toHaveLength(ref.pages.length);
      expect(doc.pages.every((p) => p.method === 'text')).toBe(true);
      const hyp = doc.pages.map((p) => p.lines.map((l) => l.text).join('\n'));
      const perPage = ref.pages.map((p, i) => characterErrors(normalizeText(p.text), hyp[i] ?? ''));
      const cer = perPage.reduce((n, e) => n + e.errors, 0) / perPage.reduce((n, e) => n + e.length, 0);
      expect(cer).toBeLessThanOrEqual(0.005);
      const hypText = hyp.join('\n');
      expect(doc.pages.map((p) => p.lostChars).filter((n) => n > 0)).toEqual([]);
      expect(doc.pages.filter((p) => !p.notes.includes('decision:text')).map((p) => [p.page, p.notes])).toEqual([]);
      if (name === 's001-ita-analysis') expect(hypText).toContain('มะรุือโบटक');
    },
    300_000,
  );
});
