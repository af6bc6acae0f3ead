import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { downscaleGray, pixelBudgetScale, rgbaToGray, rotateImage, type PageImage, type QuarterTurn } from '../image/index.js';
import { RenderOptionsSchema, type RenderOptions } from './render-options.js';

type Matrix = [number, number, number, number, number, number];
type PdfImage = { width: number; height: number; kind?: number; data?: Uint8Array | Uint8ClampedArray };

/** pdf.js ImageKind values. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;
/** A scan placed by img2pdf fills the page; allow a little margin for other producers. */
const MIN_COVERAGE = 0.9;

const PASSIVE_OPS = new Set<number>([OPS.dependency, OPS.save, OPS.restore, OPS.transform, OPS.setGState]);

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/**
 * When a page is nothing but one upright image covering it (a scan, e.g. img2pdf's output), returns
 * that image's own pixels at its own resolution: cheaper than rendering (no rasterisation, no
 * resampling) and exactly what the scanner produced. Returns null for anything else (text, vector
 * drawing, several images, a skewed or mirrored image), which the caller then renders. A page with
 * /Rotate gets the pixels turned the same way, so the image shows the page as a viewer displays it
 * (as rendering would, and as the text layer's page size is measured).
 */
export async function extractFullPageImage(page: PDFPageProxy, options: Partial<RenderOptions> = {}): Promise<PageImage | null> {
  const { maxPixels } = RenderOptionsSchema.parse(options);
  const turn = ((((page.rotate ?? 0) % 360) + 360) % 360) as number;
  if (turn % 90 !== 0) return null;
  const ops = await page.getOperatorList();
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let found: { id: string; ctm: Matrix } | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.paintImageXObject) {
      if (found) return null;
      found = { id: String(args?.[0]), ctm };
    } else if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (!PASSIVE_OPS.has(fn)) return null;
  }
  if (!found) return null;
  const [a, b, c, d] = found.ctm;
  if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d <= 0) return null;
  const [, , pageW, pageH] = page.view.map((v, i) => v - (i >= 2 ? page.view[i - 2]! : 0));
  if ((a * d) / (pageW! * pageH!) < MIN_COVERAGE) return null;

  const img = await getImageObject(page, found.id);
  if (!img?.data) return null;
  const gray = toGray(img);
  if (!gray) return null;
  const dpi = img.width / (a / 72);
  let image: PageImage = { width: img.width, height: img.height, dpi, data: gray, notes: [`image:embedded@${Math.round(dpi)}dpi`] };
  if (turn !== 0) {
    image = rotateImage(image, turn as QuarterTurn);
    image.notes.push(`image:page-rotate=${turn}`);
  }
  const scale = pixelBudgetScale(img.width, img.height, maxPixels);
  if (scale < 1) {
    image = downscaleGray(image, scale);
    image.notes.push(`downscaled:${Math.round(dpi)}dpi->${Math.round(image.dpi)}dpi(max ${maxPixels}px)`);
  }
  return image;
}

/** How long to wait for pdf.js to send a decoded image before rendering the page instead. */
const IMAGE_WAIT_MS = 20_000;

/**
 * The decoded image pdf.js sends for an operator list's image id. Its store is told by the id (pdf.js names images
 * cached across pages `g_…`), not by what has arrived: images decoded off the main path (Flate, CCITT, JPX) arrive
 * after the operator list, and asking the other store for them waited forever. A value that never comes gives null
 * after IMAGE_WAIT_MS, so the caller renders the page.
 */
function getImageObject(page: PDFPageProxy, id: string): Promise<PdfImage | null> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), IMAGE_WAIT_MS);
    timer.unref?.();
    try {
      store.get(id, (value: unknown) => {
        clearTimeout(timer);
        resolve((value as PdfImage | null) ?? null);
      });
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
}

function toGray(img: PdfImage): Uint8Array | null {
  const { width, height, data } = img;
  if (!data) return null;
  const n = width * height;
  if (img.kind === RGBA_32BPP) return rgbaToGray(data, width, height);
  if (img.kind === RGB_24BPP) {
    const out = new Uint8Array(n);
    for (let i = 0, j = 0; i < n; i++, j += 3) out[i] = Math.round(0.299 * data[j]! + 0.587 * data[j + 1]! + 0.114 * data[j + 2]!);
    return out;
  }
  if (img.kind === GRAYSCALE_1BPP) {
    // Rows are packed to whole bytes; pdf.js sets the bit for white.
    const rowBytes = Math.ceil(width / 8);
    const out = new Uint8Array(n);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) out[y * width + x] = data[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    return out;
  }
  return null;
}
