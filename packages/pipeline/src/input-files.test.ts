import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { expandInputs } from './input-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lao-inputs-'));
for (const f of ['a/รายงาน ITA 2568.pdf', 'a/b/scan.TIFF', 'a/s002.expected.json', 'a/b/photo.jpg', 'c.pdf']) {
  mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
  writeFileSync(path.join(dir, f), 'x');
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('a directory gives its PDFs and images, recursively, sorted, without the JSON beside them', async () => {
    expect(await expandInputs([path.join(dir, 'a')])).toEqual(
      ['b/photo.jpg', 'b/scan.TIFF', 'รายงาน ITA 2568.pdf'].map((f) => path.join(dir, 'a', f)),
    );
  });
  it('a glob expands; a named file is kept even when missing (intake reports it); repeats collapse', async () => {
    const c = path.join(dir, 'c.pdf');
    const missing = path.join(dir, 'missing.pdf');
    expect(await expandInputs([`${dir}/*.pdf`, c, missing])).toEqual([c, missing]);
  });
});
