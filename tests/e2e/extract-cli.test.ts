import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ReportSchema } from '@lao/schemas';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'packages/extract/test-fixtures');
const sample = (name: string) => path.join(root, 'samples', name);
const work = mkdtempSync(path.join(tmpdir(), 'lao-extract-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command exactly as CONTRACT.md documents it: `pnpm -s lao extract …` from the repository root. */
function lao(...args: string[]) {
  const r = spawnSync('pnpm', ['-s', 'lao', 'extract', ...args], { cwd: root, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lao extract (CONTRACT.md command line)', () => {
  it('prints one validated Report for one file', () => {
    const r = lao(sample('s002-measures-progress.pdf'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.source.fileName).toBe('s002-measures-progress.pdf');
    expect(report.docType).toBe('measures_progress');
    expect(report.pages.every((p) => p.method === 'text')).toBe(true);
  });

  it('reports bad files on stderr, one line each, exits non-zero, and still processes the good file', () => {
    const zero = path.join(work, 'zero.pdf');
    writeFileSync(zero, '');
    const text = path.join(work, 'notes.pdf');
    writeFileSync(text, 'ประชุมคณะกรรมการ วันที่ ๑ ตุลาคม ๒๕๖๘\n');
    const r = lao(
      zero,
      path.join(fixtures, 'encrypted.pdf'),
      sample('s002-measures-progress.pdf'),
      text,
      path.join(work, 'missing.pdf'),
    );
    expect(r.status).not.toBe(0);
    const errLines = r.stderr.trim().split('\n');
    const lineFor = (file: string) => errLines.filter((l) => l.includes(file));
    expect(lineFor('zero.pdf')).toHaveLength(1);
    expect(lineFor('zero.pdf')[0]).toMatch(/EMPTY_FILE/);
    expect(lineFor('encrypted.pdf')[0]).toMatch(/ENCRYPTED_PDF/);
    expect(lineFor('notes.pdf')[0]).toMatch(/UNSUPPORTED_TYPE/);
    expect(lineFor('missing.pdf')[0]).toMatch(/FILE_NOT_FOUND/);
    // Several inputs → one JSON per line on stdout, only for the files that could be read.
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(ReportSchema.parse(JSON.parse(out[0]!)).source.fileName).toBe('s002-measures-progress.pdf');
  });

  it('extracts the readable pages of a truncated PDF and names the rest', () => {
    const r = lao(path.join(fixtures, 'truncated.pdf'));
    expect(r.status).not.toBe(0);
    // The fixture is cut off 300 bytes into page 2's content stream: page 1 is readable.
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/truncated\.pdf: unreadable pages: 2 \(CORRUPT_PDF/);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.source.pageCount).toBe(2);
    expect(report.pages.map((p) => p.no)).toEqual([1]);
  });

  it('--out DIR writes DIR/<name>.json and a summary line per file on stderr', () => {
    const out = path.join(work, 'out');
    const r = lao(sample('s002-measures-progress.pdf'), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/s002-measures-progress\.pdf → .*s002-measures-progress\.json: measures_progress, 7 pages/);
    const report = ReportSchema.parse(JSON.parse(readFileSync(path.join(out, 's002-measures-progress.json'), 'utf8')));
    expect(report.source.pageCount).toBe(7);
  });
});
