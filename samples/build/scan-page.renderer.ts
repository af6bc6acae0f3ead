import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './run-command.js';
import { seededRandom, seedOf } from './seeded-random.js';

/** ImageMagick 6 from Debian; the `convert` first on PATH here may be a stand-in. */
const CONVERT = '/usr/bin/convert';
export const SCAN_DPI = 200;

export type ScanOptions = {
  /** Names the scan; with the page number it seeds rotation and noise, so rebuilds are identical. */
  name: string;
  /** Extra ImageMagick drawing (a signature, a stamp) put on the page before it is "scanned". */
  decorate?: (page: number, size: { width: number; height: number }) => string[];
};

/** The mild, reproducible damage of an office scanner: skew, sensor noise, softness, uneven contrast. */
function degradeArgs(name: string, page: number): string[] {
  const random = seededRandom(seedOf(`${name}#${page}`));
  const angle = (random() * 1.6 - 0.8).toFixed(2);
  const blur = (0.45 + random() * 0.3).toFixed(2);
  const black = Math.round(4 + random() * 6);
  const white = Math.round(90 + random() * 6);
  return [
    '-background', 'white', '-rotate', angle,
    '-seed', String(seedOf(`${name}#${page}#noise`) % 100000),
    '-attenuate', '0.25', '+noise', 'Gaussian',
    '-blur', `0x${blur}`,
    '-level', `${black}%,${white}%`,
  ];
}

/**
 * Renders `pages` of a PDF (1-based) at 200 dpi grayscale, degrades each and wraps the JPEGs, unchanged,
 * into an image-only PDF with img2pdf (no timestamps).
 */
/** Where the page's content ends (pixels from the top), ignoring the footer: room for a signature below. */
export async function contentBottom(pdfPath: string, page: number, footerTopMm: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'lao-scan-'));
  try {
    const raster = join(dir, 'page');
    await runCommand('pdftoppm', ['-r', String(SCAN_DPI), '-gray', '-singlefile', '-f', String(page), '-l', String(page), pdfPath, raster]);
    const cropHeight = Math.round(mm(footerTopMm));
    // %@ is the bounding box -trim would keep, as WxH+X+Y of the uncut page.
    const box = (await runCommand(CONVERT, [`${raster}.pgm`, '-crop', `100000x${cropHeight}+0+0`, '+repage', '-format', '%@', 'info:'])).trim();
    const match = /^(\d+)x(\d+)\+(\d+)\+(\d+)$/.exec(box);
    return match ? Number(match[2]) + Number(match[4]) : 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Millimetres to pixels at the scan resolution. */
export const mm = (millimetres: number): number => (millimetres * SCAN_DPI) / 25.4;

export async function scanPages(pdfPath: string, pages: readonly number[], outPdf: string, options: ScanOptions): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lao-scan-'));
  try {
    const jpegs: string[] = [];
    for (const [index, page] of pages.entries()) {
      const raster = join(dir, `p${index}`);
      // Raw PGM, not PNG: encoding PNG costs more than rendering (NOTES-stack.md).
      await runCommand('pdftoppm', ['-r', String(SCAN_DPI), '-gray', '-singlefile', '-f', String(page), '-l', String(page), pdfPath, raster]);
      const png = `${raster}.pgm`;
      const [width = 0, height = 0] = (await runCommand(CONVERT, [png, '-format', '%w %h', 'info:'])).trim().split(' ').map(Number);
      const jpeg = join(dir, `p${String(index).padStart(3, '0')}.jpg`);
      await runCommand(CONVERT, [
        png,
        ...(options.decorate?.(page, { width, height }) ?? []),
        ...degradeArgs(options.name, page),
        '-gravity', 'center', '-extent', `${width}x${height}`,
        '-colorspace', 'Gray', '-depth', '8', '-strip',
        '-density', String(SCAN_DPI), '-units', 'PixelsPerInch', '-quality', '62',
        jpeg,
      ]);
      jpegs.push(jpeg);
    }
    const wrapped = join(dir, 'wrapped.pdf');
    await runCommand('img2pdf', ['--nodate', '-o', wrapped, ...jpegs]);
    // img2pdf writes a random /ID; copying its pages into a fresh qpdf document (images untouched) with a
    // static /ID makes rebuilds identical (rewriting the file in place would keep the first /ID half).
    await runCommand('qpdf', ['--static-id', '--empty', '--pages', wrapped, '1-z', '--', outPdf]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
