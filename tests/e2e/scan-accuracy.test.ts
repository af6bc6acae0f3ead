import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Report, ReportSchema } from '@lao/schemas';
import { compareReports, flagKeys } from '../support/report-fields.js';

// Field accuracy of the scanned and mixed twins against their golden records, measured through
// `lao extract` (tesseract.js, ruled tables re-read cell by cell, 2 workers) when the floors were last set,
// less about one field of margin. The measured values are in the closing comment of each entry.
// `flags: true` pins the flag keys (code + evidence pages) to the golden record exactly.
type Pin = { floor: number; flags: boolean; allOcr: boolean };
const PINS: Record<string, Pin> = {
  's000-ita-analysis-scan': { floor: 0.93, flags: true, allOcr: true }, // 78/82 = 95.1%
  's001-ita-analysis-scan': { floor: 0.98, flags: true, allOcr: true }, // 87/87 = 100%
  's002-measures-progress-scan': { floor: 0.92, flags: true, allOcr: true }, // 13/13 = 100%
  's004-anticorruption-plan-scan': { floor: 0.945, flags: true, allOcr: true }, // 338/355 = 95.2%
  's000-ita-analysis-mixed': { floor: 1, flags: true, allOcr: false }, // 123/123 = 100%
  's002-measures-progress-mixed': { floor: 1, flags: true, allOcr: false }, // 13/13 = 100%
};

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(tmpdir(), 'lao-scan-accuracy-'));
const read = (file: string): Report => ReportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

beforeAll(() => {
  // One run for all files so they share the CLI's OCR pool; OCR takes several seconds a page on 2 cores.
  const r = spawnSync(
    'pnpm',
    ['-s', 'lao', 'extract', ...Object.keys(PINS).map((n) => path.join(root, 'samples', `${n}.pdf`)), '--out', out, '--ocr-workers', '2'],
    { cwd: root, encoding: 'utf8', timeout: 1_500_000 },
  );
  if (r.status !== 0) throw new Error(`lao extract failed (${r.status}): ${r.stderr}`);
}, 1_600_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('lao extract on scanned and mixed samples', () => {
  it.each(Object.entries(PINS))('%s reaches at least its measured field accuracy and its pinned flags', (name, pin) => {
    const expected = read(path.join(root, 'samples', `${name}.expected.json`));
    const actual = read(path.join(out, `${name}.json`));
    if (pin.allOcr) expect(actual.pages.every((p) => p.method === 'ocr')).toBe(true);
    else expect(actual.pages.some((p) => p.method === 'ocr')).toBe(true);
    const c = compareReports(expected, actual);
    console.log(`${name}: fields ${c.matched}/${c.total} = ${(c.accuracy * 100).toFixed(1)}%`);
    expect(c.accuracy).toBeGreaterThanOrEqual(pin.floor);
    if (pin.flags) expect(flagKeys(actual)).toEqual(flagKeys(expected));
  });
});
