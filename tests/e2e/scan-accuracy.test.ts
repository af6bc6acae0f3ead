import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Report, ReportSchema } from '@lao/schemas';
import { compareReports } from '../support/report-fields.js';

// Field accuracy of the scanned twins against their golden records, measured when this test was
// written (OCR by tesseract.js through `lao extract`, 2 workers), less about one field of margin:
// s002-measures-progress-scan 11/13 = 84.6%, s001-ita-analysis-scan 71/87 = 81.6%.
const FLOORS: Record<string, number> = {
  's002-measures-progress-scan': 0.76,
  's001-ita-analysis-scan': 0.79,
};

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(tmpdir(), 'lao-scan-accuracy-'));
const read = (file: string): Report => ReportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

beforeAll(() => {
  // One run for both files so they share the CLI's OCR pool; OCR takes ~5 s a page on 2 cores.
  const r = spawnSync(
    'pnpm',
    ['-s', 'lao', 'extract', ...Object.keys(FLOORS).map((n) => path.join(root, 'samples', `${n}.pdf`)), '--out', out, '--ocr-workers', '2'],
    { cwd: root, encoding: 'utf8', timeout: 280_000 },
  );
  if (r.status !== 0) throw new Error(`lao extract failed (${r.status}): ${r.stderr}`);
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('field accuracy of lao extract on scanned samples', () => {
  it.each(Object.entries(FLOORS))('%s reaches at least its measured accuracy', (name, floor) => {
    const expected = read(path.join(root, 'samples', `${name}.expected.json`));
    const actual = read(path.join(out, `${name}.json`));
    expect(actual.pages.every((p) => p.method === 'ocr')).toBe(true);
    const c = compareReports(expected, actual);
    console.log(`${name}: fields ${c.matched}/${c.total} = ${(c.accuracy * 100).toFixed(1)}%`);
    expect(c.accuracy).toBeGreaterThanOrEqual(floor);
  });
});
