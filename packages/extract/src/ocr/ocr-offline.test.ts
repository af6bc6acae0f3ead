import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ocrCharacterErrorRate } from './text-metrics.js';

const probe = fileURLToPath(new URL('./ocr-offline.probe.ts', import.meta.url));
const image = fileURLToPath(new URL('../../test-fixtures/ocr-title.png', import.meta.url));
const cwd = fileURLToPath(new URL('../..', import.meta.url));
const unshareWorks = spawnSync('unshare', ['-n', 'true']).status === 0;

describe('OCR offline', () => {
  (unshareWorks ? it : it.skip)(
    'recognises Thai with the network namespace empty, and prints nothing else on stdout',
    () => {
      const run = spawnSync('unshare', ['-n', process.execPath, '--import', 'tsx', probe, image], { cwd, encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(0);
      // stdout must be exactly our one JSON line: no "Detected N diacritics" from the wasm core.
      const out = JSON.parse(run.stdout.trim()) as { fetchError: string; text: string; stats: { alive: number } };
      expect(out.fetchError).not.toBe('');
      expect(out.stats.alive).toBe(0);
      const truth = 'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส\nประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ';
      expect(ocrCharacterErrorRate(out.text, truth)).toBeLessThan(0.08);
    },
    150_000,
  );
});
