import { cropImage, type PageImage, type PixelBox } from '../image/index.js';
import { buildGrids } from '../layout/ruled-grid.builder.js';
import type { OcrLine, OcrPage, OcrWord } from './ocr-result.types.js';
import { rereadCellCodes } from './code-reread.js';
import { findTickBox } from './tick-box.js';
import { mergeMarks } from './mark-merge.js';
import { assignMarks, bandImage } from './band-marks.js';

/** OCR of one cell crop with the given page segmentation mode; boxes in the crop's pixels. */
export type CellReader = (crop: PageImage, psm: 6 | 7) => Promise<{ confidence: number; lines: OcrLine[] }>;

export type CellRereadMode = 'reread' | 'off';

/** Gray level below which a pixel is ink. */
const INK = 150;
/** Inset (inches) from the cell's rulings, so a ruling's remains never enter the crop. */
const INSET_INCHES = 0.025;
/** White margin (inches) put around the ink: tesseract segments text touching the image edge badly. */
const MARGIN_INCHES = 0.05;
/**
 * A cell reading replaces the page reading's words in that cell unless its confidence is lower by more than this.
 * The page reading places words by tesseract's page layout, which merges lines across cells; the cell reading
 * cannot leave its cell, so near-equal confidence goes to the cell. Where the page reading's lines lie wholly
 * inside the cell, the cell reading must instead be more confident by this much.
 */
const CONFIDENCE_MARGIN = 5;
/** A band of ink rows whose longest vertical stroke is below this share of the median band's is a row of marks. */
const MARK_BAND = 0.6;
/** Text bands at most this far apart (inches) may be one line whose marks a blank pixel row cut off. */
const CLOSE_GAP_INCHES = 0.025;
/**
 * A reading with fewer characters than this share of the other's lost text (a line psm 7 skipped, a band the
 * crop missed): it does not replace the other however confident it is.
 */
const KEEP_TEXT = 0.75;
/** A cell where the page reading found nothing takes a cell reading only at this confidence (specks, stray marks). */
const NEW_TEXT_MIN_CONFIDENCE = 60;

/**
 * Re-reads every cell of the page's ruled grids on its own: the cell (inset from its rulings) cropped to its ink,
 * OCR'd line by line with psm 7, and tick boxes (☐/☑) recognised from their shape. A cell reading
 * replaces the words the page reading put in that cell (by word centre) when it is about as confident (more
 * confident where the page reading's lines lie wholly inside the cell) and keeps most of the text;
 * its lines come back in page pixels, so the page builder assigns them to the same cell. Lines left with no
 * words are dropped. `page.rulings` must be the rulings the page builder will use.
 */
export async function rereadCells(page: OcrPage, image: PageImage, read: CellReader): Promise<OcrPage> {
  const started = performance.now();
  const k = 72 / image.dpi;
  const grids = buildGrids(page.rulings.map((r) => ({ orientation: r.orientation, at: r.at * k, from: r.from * k, to: r.to * k }))).filter(
    (g) => g.cells.length >= 2,
  );
  const cells: PixelBox[] = grids.flatMap((g) => g.cells.map((c) => ({ x: c.box.x / k, y: c.box.y / k, w: c.box.w / k, h: c.box.h / k })));
  if (cells.length === 0) return page;

  const cellOf = (b: PixelBox) => {
    const cx = b.x + b.w / 2;
    const cy = b.y + b.h / 2;
    return cells.findIndex((c) => cx >= c.x && cx <= c.x + c.w && cy >= c.y && cy <= c.y + c.h);
  };
  const wordCell = page.lines.map((l) => l.words.map((w) => cellOf(w.box)));
  const inset = Math.max(2, Math.round(INSET_INCHES * image.dpi));
  const margin = Math.round(MARGIN_INCHES * image.dpi);

  const replaced = new Set<number>();
  /** Page words (line:word) given the cell reading's marks, where the page reading was kept. */
  const remarked = new Map<string, string>();
  const added = new Map<number, OcrLine[]>();
  let readCount = 0;
  let ticks = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    const inner = { x: cell.x + inset, y: cell.y + inset, w: cell.w - 2 * inset, h: cell.h - 2 * inset };
    if (inner.w < 4 || inner.h < 4) continue;
    const crop = cropImage(image, inner);
    const ink = inkBox(crop);
    if (!ink) continue;
    const pageWords = page.lines.flatMap((l, i) => l.words.filter((_, j) => wordCell[i]![j] === c));
    const origin = { x: Math.max(0, Math.floor(inner.x)), y: Math.max(0, Math.floor(inner.y)) };

    const tick = findTickBox(crop);
    if (tick) {
      ticks++;
      const box = { x: origin.x + tick.box.x, y: origin.y + tick.box.y, w: tick.box.w, h: tick.box.h };
      const text = tick.ticked ? '☑' : '☐';
      added.set(c, [{ text, confidence: 90, box, words: [{ text, confidence: 90, minConfidence: 90, box }] }]);
      replaced.add(c);
      continue;
    }

    // Two bands almost touching are either two lines or one line with its marks cut off by a blank pixel row
    // (a consonant's tail rising between stacked marks defeats the stroke test): the reading with the higher
    // confidence decides.
    const bands = textBands(crop, ink);
    // Marks sharing pixel rows with the line above go back to their own line (band-marks.ts).
    const layout = bands.length >= 2 ? assignMarks(crop, bands) : null;
    const cache = new Map<string, OcrLine[]>();
    /** Reads the text of bands `members` (consecutive) as one line. */
    const readPiece = async (piece: { image: PageImage; left: number; top: number }): Promise<OcrLine[]> => {
      const text = padded(piece.image, margin);
      const result = await read(text.image, 7);
      readCount++;
      const dx = origin.x + piece.left - text.margin;
      const dy = origin.y + piece.top - text.margin;
      const shift = (b: PixelBox): PixelBox => clip({ x: b.x + dx, y: b.y + dy, w: b.w, h: b.h }, cell);
      return result.lines
        .filter((l) => l.text.trim() !== '')
        .map((l) => ({ ...l, box: shift(l.box), words: l.words.map((w) => ({ ...w, box: shift(w.box) })) }));
    };
    /** Reads the text of bands `members` (consecutive) as one line. */
    const readBand = async (...members: number[]): Promise<OcrLine[]> => {
      const key = members.join(',');
      const known = cache.get(key);
      if (known) return known;
      const first = bands[members[0]!]!;
      const last = bands[members[members.length - 1]!]!;
      const band = { x: first.x, y: first.y, w: first.w, h: last.y + last.h - first.y };
      let out = await readPiece({ image: cropImage(crop, band, 2), left: Math.max(0, Math.floor(band.x - 2)), top: Math.max(0, Math.floor(band.y - 2)) });
      // Marks that blank rows may have given to the line above (band-marks.ts): the line is read again with its own
      // ink and those marks, and each word takes that reading's marks where they form dictionary words better (their
      // place decides nothing: in a tight cell they sit as close to the line above as to their own).
      if (layout && layout.borrow[members[0]!]!.length > 0) {
        const own = bandImage(crop, layout, members, { x0: ink.x, x1: ink.x + ink.w - 1 }, 2);
        if (own.image.data.some((v) => v < INK)) {
          const again = await readPiece(own);
          if (out.length === 0) out = again;
          else if (again.length > 0) out = withPageMarks(out, again.flatMap((l) => l.words.map((w) => w.text)).join(' '));
        }
      }
      cache.set(key, out);
      return out;
    };
    const close = Math.max(3, Math.round(CLOSE_GAP_INCHES * image.dpi));
    let lines: OcrLine[] = [];
    for (let i = 0; i < bands.length; i++) {
      const b = bands[i]!;
      const next = bands[i + 1];
      if (next && next.y - (b.y + b.h) <= close) {
        const apart = [...(await readBand(i)), ...(await readBand(i + 1))];
        const joined = await readBand(i, i + 1);
        // Two real lines read as one come out short (psm 7 reads one of them): the joined reading must keep the text.
        if (joined.length > 0 && wordsConfidence(joined) > wordsConfidence(apart) && chars(joined) >= KEEP_TEXT * chars(apart)) {
          lines.push(...joined);
          i++;
          continue;
        }
      }
      lines.push(...(await readBand(i)));
    }
    if (lines.length === 0) continue;
    lines = rereadCellCodes(lines, image);
    const cellConf = weightedConfidence(lines.flatMap((l) => l.words));
    const pageChars = pageWords.reduce((n, w) => n + [...w.text].length, 0);
    // The page reading had no layout trouble in this cell when every line it put there lies wholly inside it; the
    // cell reading then has to be more confident to replace it (short Latin words such as "OIT" read better in
    // the page's context than alone under the Thai model).
    const pageLines = page.lines.filter((_, i) => wordCell[i]!.includes(c));
    const clean = pageLines.every((_, n) => {
      const i = page.lines.indexOf(pageLines[n]!);
      return wordCell[i]!.every((w) => w === c);
    });
    const slack = clean ? -CONFIDENCE_MARGIN : CONFIDENCE_MARGIN;
    const better =
      pageWords.length === 0
        ? cellConf >= NEW_TEXT_MIN_CONFIDENCE
        : cellConf >= weightedConfidence(pageWords) - slack && chars(lines) >= KEEP_TEXT * pageChars;
    if (!better) {
      // The page reading stays, but it too loses marks the cell reading kept ("เรือง" for "เรื่อง"): its words take
      // the cell reading's marks where they form dictionary words better (the same rule, the other way round).
      if (pageWords.length > 0) {
        const refs = page.lines.flatMap((l, i) => l.words.flatMap((_, j) => (wordCell[i]![j] === c ? [{ i, j }] : [])));
        const merged = mergeMarks(
          pageWords.map((w) => w.text),
          lines.flatMap((l) => l.words.map((w) => w.text)).join(' '),
        );
        merged.forEach((text, k) => text !== pageWords[k]!.text && remarked.set(`${refs[k]!.i}:${refs[k]!.j}`, text));
      }
      continue;
    }
    // The cell reading, read without the page's context, loses Thai marks the page reading kept ("จดซอ" where the
    // page read "จัดซื้อ"): a word whose consonants match the page reading's and whose marks form dictionary words
    // worse takes the page reading's marks.
    if (pageWords.length > 0) lines = withPageMarks(lines, pageWords.map((w) => w.text).join(' '));
    added.set(c, lines);
    replaced.add(c);
  }

  // Lines stay in tesseract's reading order: a cell's new lines take the place of the first line that had words in
  // it (cells where the page reading found nothing come last).
  const anchor = new Map<number, number>();
  wordCell.forEach((cellsOfLine, i) => cellsOfLine.forEach((c) => c >= 0 && !anchor.has(c) && anchor.set(c, i)));
  const lines: OcrLine[] = [];
  page.lines.forEach((original, i) => {
    const line = withTexts(
      original,
      original.words.map((w, j) => remarked.get(`${i}:${j}`) ?? w.text),
    );
    const words = line.words.filter((_, j) => !replaced.has(wordCell[i]![j]!));
    if (words.length === line.words.length) lines.push(line);
    else if (words.length > 0) lines.push(withWords(line, words));
    for (const [c, at] of anchor) if (at === i && added.has(c)) lines.push(...added.get(c)!);
  });
  for (const [c, ls] of added) if (!anchor.has(c)) lines.push(...ls);
  const ms = Math.round(performance.now() - started);
  return {
    ...page,
    lines,
    notes: [...page.notes, `cells:read=${readCount},ticks=${ticks},replaced=${replaced.size}/${cells.length},${ms}ms`],
  };
}

/**
 * The text lines of a cell's ink, each read on its own with psm 7: psm 6 on a whole multi-line cell reads a
 * line's upper vowels and tone marks as a line of their own ("a 1 0"). Rows with ink form bands; a band whose
 * longest vertical stroke is short next to the median band's (a row of marks above a line, stacked ones like ี้
 * included, or of lower vowels below one) is no text line and joins the neighbouring band it is closer to.
 */
export function textBands(image: PageImage, ink: PixelBox): PixelBox[] {
  const dark = (x: number, y: number) => image.data[y * image.width + x]! < INK;
  type Band = { y0: number; y1: number };
  const bands: Band[] = [];
  for (let i = 0; i < ink.h; i++) {
    let on = false;
    for (let x = ink.x; x < ink.x + ink.w && !on; x++) on = dark(x, ink.y + i);
    if (!on) continue;
    const last = bands[bands.length - 1];
    if (last && i - last.y1 <= 1) last.y1 = i;
    else bands.push({ y0: i, y1: i });
  }
  /** Longest run of ink down one column inside the band: a consonant's stem, or just a mark's height. */
  const stroke = (b: Band) => {
    let best = 0;
    for (let x = ink.x; x < ink.x + ink.w; x++) {
      let run = 0;
      for (let y = b.y0; y <= b.y1; y++) {
        run = dark(x, ink.y + y) ? run + 1 : 0;
        if (run > best) best = run;
      }
    }
    return best;
  };
  const strokes = bands.map(stroke);
  // The median line, not the tallest: a line with ฐ or ฏ has a stroke half again as long as the others.
  const typical = [...strokes].sort((a, b) => a - b)[Math.floor(strokes.length / 2)]!;
  for (;;) {
    const i = strokes.findIndex((s) => s < MARK_BAND * typical);
    if (i < 0 || bands.length === 1) break;
    const b = bands[i]!;
    const above = bands[i - 1];
    const below = bands[i + 1];
    const gapAbove = above ? b.y0 - above.y1 : Infinity;
    const gapBelow = below ? below.y0 - b.y1 : Infinity;
    if (gapBelow <= gapAbove) below!.y0 = b.y0;
    else above!.y1 = b.y1;
    bands.splice(i, 1);
    strokes.splice(i, 1);
  }
  return bands.map((b) => ({ x: ink.x, y: ink.y + b.y0, w: ink.w, h: b.y1 - b.y0 + 1 }));
}

/** Bounding box of the ink in a crop, ignoring specks: rows and columns with at least 2 ink pixels. */
export function inkBox(image: PageImage): PixelBox | null {
  const rows = new Uint32Array(image.height);
  const cols = new Uint32Array(image.width);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (image.data[y * image.width + x]! < INK) {
        rows[y]!++;
        cols[x]!++;
      }
  const span = (a: Uint32Array) => {
    let lo = -1;
    let hi = -1;
    for (let i = 0; i < a.length; i++)
      if (a[i]! >= 2) {
        if (lo < 0) lo = i;
        hi = i;
      }
    return lo < 0 ? null : { lo, hi };
  };
  const ys = span(rows);
  const xs = span(cols);
  if (!ys || !xs) return null;
  let total = 0;
  for (let y = ys.lo; y <= ys.hi; y++) total += rows[y]!;
  if (total < 12) return null;
  return { x: xs.lo, y: ys.lo, w: xs.hi - xs.lo + 1, h: ys.hi - ys.lo + 1 };
}

/** The crop with a white margin on every side. */
function padded(image: PageImage, margin: number): { image: PageImage; margin: number } {
  const width = image.width + 2 * margin;
  const height = image.height + 2 * margin;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < image.height; y++) data.set(image.data.subarray(y * image.width, (y + 1) * image.width), (y + margin) * width + margin);
  return { image: { ...image, width, height, data, notes: [] }, margin };
}

function clip(b: PixelBox, cell: PixelBox): PixelBox {
  const x0 = Math.max(b.x, cell.x);
  const y0 = Math.max(b.y, cell.y);
  const x1 = Math.min(b.x + b.w, cell.x + cell.w);
  const y1 = Math.min(b.y + b.h, cell.y + cell.h);
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/** The lines with each word's text merged mark by mark with the page reading of the cell (see mergeMarks). */
function withPageMarks(lines: OcrLine[], pageText: string): OcrLine[] {
  const texts = mergeMarks(
    lines.flatMap((l) => l.words.map((w) => w.text)),
    pageText,
  );
  let k = 0;
  return lines.map((line) => withTexts(line, line.words.map(() => texts[k++]!)));
}

/** The line with its words' texts replaced; the line text re-built, each changed word put where the old one stood. */
function withTexts(line: OcrLine, texts: readonly string[]): OcrLine {
  if (texts.every((t, j) => t === line.words[j]!.text)) return line;
  const words = line.words.map((w, j) => ({ ...w, text: texts[j]! }));
  let text = line.text;
  let from = 0;
  words.forEach((w, j) => {
    const old = line.words[j]!.text;
    const i = text.indexOf(old, from);
    if (i < 0) return;
    text = text.slice(0, i) + w.text + text.slice(i + old.length);
    from = i + w.text.length;
  });
  return { ...line, text, words };
}

/** Characters of the lines' words (spaces left out). */
function chars(lines: readonly OcrLine[]): number {
  return lines.reduce((n, l) => n + l.words.reduce((m, w) => m + [...w.text].length, 0), 0);
}

function wordsConfidence(lines: readonly OcrLine[]): number {
  return weightedConfidence(lines.flatMap((l) => l.words));
}

/** Mean word confidence weighted by word length (a one-letter speck weighs little). */
function weightedConfidence(words: readonly OcrWord[]): number {
  let sum = 0;
  let n = 0;
  for (const w of words) {
    const len = [...w.text].length;
    sum += w.confidence * len;
    n += len;
  }
  return n === 0 ? 0 : sum / n;
}

/** A line keeping only some of its words: text re-joined with single spaces, box their union. */
function withWords(line: OcrLine, words: OcrWord[]): OcrLine {
  const x0 = Math.min(...words.map((w) => w.box.x));
  const y0 = Math.min(...words.map((w) => w.box.y));
  const x1 = Math.max(...words.map((w) => w.box.x + w.box.w));
  const y1 = Math.max(...words.map((w) => w.box.y + w.box.h));
  const confidence = words.reduce((s, w) => s + w.confidence, 0) / words.length;
  return { text: words.map((w) => w.text).join(' '), confidence, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, words };
}
