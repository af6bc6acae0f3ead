import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-fixtures', 'seeds');

export const SEEDS = {
  s000: '000_6a9dc769a661d8da.txt',
  s001: '001_b7a619786dfc9076.txt',
  s002: '002_608d7d5688246d6f.txt',
  s004: '004_85bef1f827b5141b.txt',
} as const;

/** Test-only: the OCR text of a real report (copied from /work/shared/seeds). */
export function readSeed(name: keyof typeof SEEDS): string {
  return readFileSync(join(DIR, SEEDS[name]), 'utf8');
}

export const META = { fileName: 'seed.pdf', sha256: 'a'.repeat(64), pageCount: 1 };
