import type { BrowserContext } from 'playwright-core';
import { LaoError } from '@lao/schemas';
import { paginateInBrowser, type LaidPage } from './paginate.browser.js';
import { paginateInput, reportShellHtml } from './report-html.renderer.js';
import type { Block } from './report-blocks.js';

/**
 * tsx keeps function names with a `__name` helper that does not exist in the page;
 * the paginator is shipped to Chromium as source, so give the page a harmless one.
 */
const NAME_HELPER = 'window.__name = (fn) => fn;';

/** Lays the report out page by page in Chromium, prints it to `pdfPath` and returns what each page holds. */
export async function printReport(
  context: BrowserContext,
  blocks: readonly Block[],
  options: { pdfPath: string; font: string; title: string },
): Promise<LaidPage[]> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: NAME_HELPER });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(reportShellHtml(options.title, options.font), { waitUntil: 'load' });
    await page.evaluate(NAME_HELPER);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const laid = await page.evaluate(paginateInBrowser, paginateInput(blocks));
    await page.evaluate(() => document.getElementById('measure')?.remove());
    await page.pdf({ path: options.pdfPath, preferCSSPageSize: true, printBackground: true });
    return laid;
  } catch (error) {
    throw LaoError.from(error);
  } finally {
    await page.close();
  }
}
