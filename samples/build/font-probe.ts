/**
 * Which TLWG font makes Chromium write a text layer that pdf.js reads back as private-use code points?
 * Prints one Thai paragraph in each font and counts PUA / U+0000 in what pdf.js returns.
 * Run: pnpm exec tsx samples/build/font-probe.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withChromium } from './chromium.launcher.js';
import { censusOf, readPdfjsPages } from './pdf-text-layer.reader.js';

const FONTS = ['Laksaman', 'Loma', 'Garuda', 'Kinnari', 'Norasi', 'Sawasdee', 'Umpush', 'Waree'];
// Tall consonants with upper vowels and tone marks (ป่า, ฝั่ง, ป้อง, ปี) are where fonts substitute shifted glyphs.
const PROBE = 'การป้องกันการทุจริต ปีงบประมาณ พ.ศ. ๒๕๖๘ ฝั่งป่าไม้ ปั้นฟ้า ที่นี่ เพื่อน ทั้งนี้ ปู่ ฝ้าย ป่วย ฟื้นฟู สำนักปลัด องค์การบริหารส่วนตำบลกระจ่าย';

const dir = await mkdtemp(join(tmpdir(), 'lao-font-probe-'));
try {
  await withChromium(async (context) => {
    const page = await context.newPage();
    for (const font of FONTS) {
      await page.setContent(`<html><body style="font: 16pt '${font}'">${PROBE}</body></html>`);
      const path = join(dir, `${font}.pdf`);
      await page.pdf({ path, format: 'A4' });
      const [text = ''] = await readPdfjsPages(path);
      const census = censusOf(text);
      const pua = [...census.privateUse].map(([k, v]) => `${k}×${v}`).join(' ') || '-';
      const same = text.replace(/\s+/g, '') === PROBE.replace(/\s+/g, '');
      console.log(`${font.padEnd(9)} PUA ${pua.padEnd(40)} NUL ${String(census.nul).padEnd(3)} exact=${same}`);
    }
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}
