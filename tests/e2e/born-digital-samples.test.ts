import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { closePdfWorker, extractDocument } from '@lao/extract';
import { gazetteer } from '@lao/gazetteer';
import { analyseDocument } from '@lao/pipeline';
import { ReportSchema, type Report } from '@lao/schemas';
import { compareReports, flagKeys } from '../support/report-fields.js';

// The born-digital samples (every page has a text layer, so no OCR engine runs): the product's
// record and flags must equal the golden expected record. Each PDF is extracted once, in its own case.
const SAMPLES = ['s000-ita-analysis', 's001-ita-analysis', 's001-ita-analysis-pua', 's002-measures-progress', 's004-anticorruption-plan'];
const samplesDir = path.resolve(import.meta.dirname, '../../samples');
const deps = { gazetteer: gazetteer(), config: { lowOcrConfidence: 70 } };

const expectedOf = (name: string): Report =>
  ReportSchema.parse(JSON.parse(readFileSync(path.join(samplesDir, `${name}.expected.json`), 'utf8')));

afterAll(() => closePdfWorker());

describe('born-digital samples: extract + analyse equals the golden record and flags', () => {
  it.each(SAMPLES)(
    '%s',
    async (name) => {
      const doc = await extractDocument({ path: path.join(samplesDir, `${name}.pdf`) });
      expect(doc.failures).toEqual([]);
      expect(doc.pages.every((p) => p.method === 'text')).toBe(true);
      const { report } = analyseDocument(doc, deps);
      const expected = expectedOf(name);
      const c = compareReports(expected, report);
      // The diffs first: on a failure they say which field went wrong.
      expect(c.diffs).toEqual([]);
      expect(c.accuracy).toBe(1);
      expect(flagKeys(report)).toEqual(flagKeys(expected));
    },
    180_000,
  );
});
