import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Debian's chromium, headless, with a fresh profile, so nothing is downloaded or remembered between builds.
 * `--font-render-hinting=none` keeps glyph advances identical on screen and in print: the pagination is
 * measured on screen and must hold in the PDF.
 */
export async function withChromium<T>(work: (context: BrowserContext) => Promise<T>): Promise<T> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'lao-samples-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
  try {
    return await work(context);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
