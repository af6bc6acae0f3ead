import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { eraseRulings, findRulings, type PageImage, type PixelBox } from '../image/index.js';
import { pageImage } from '../render/index.js';
import { buildOcrPage } from '../text-layer/ocr-page.builder.js';
import { rereadCells, type CellReader } from './cell-reread.js';
import { createOcrPool } from './ocr-pool.scheduler.js';
import type { OcrLine, OcrPage } from './ocr-result.types.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url)));

async function fixturePage(): Promise<PageImage> {
  const doc = await getDocument({ data: fixture('ocr-scan-200.pdf'), verbosity: 0 }).promise;
  const { image } = await pageImage(await doc.getPage(1));
  await doc.destroy();
  return image;
}

const word = (text: string, box: PixelBox, confidence: number) => ({ text, confidence, minConfidence: confidence, box });
const inside = (b: PixelBox, c: PixelBox) => b.x + b.w / 2 >= c.x && b.x + b.w / 2 <= c.x + c.w && b.y + b.h / 2 >= c.y && b.y + b.h / 2 <= c.y + c.h;

/** A reader that answers every crop with one line over the crop's middle, at a fixed confidence, and logs crops. */
function fakeReader(confidence: number, crops: PageImage[]): CellReader {
  return async (crop) => {
    crops.push(crop);
    const box = { x: crop.width * 0.25, y: crop.height * 0.25, w: crop.width * 0.5, h: crop.height * 0.5 };
    return { confidence, lines: [{ text: 'cell', confidence, box, words: [word('cell', box, confidence)] }] };
  };
}

describe('rereadCells on the scanned fixture table (11 rows × 5 columns)', () => {
  let erased: PageImage;
  let page: OcrPage;
  // First body row: column 3 holds the score "94.44" (x 907–1082), column 4 the code "ข้อ 1๑" (x 1082–1305).
  const scoreCell = { x: 907, y: 770, w: 175, h: 79 };
  const codeCell = { x: 1082, y: 770, w: 223, h: 79 };
  beforeAll(async () => {
    const image = await fixturePage();
    const { rulings, runs } = findRulings(image);
    erased = eraseRulings(image, runs);
    // A page reading whose one line runs across two cells, as psm 3 reads table rows.
    const line: OcrLine = {
      text: '94.44 ข้อ 1๕',
      confidence: 60,
      box: { x: 947, y: 796, w: 300, h: 33 },
      words: [word('94.44', { x: 947, y: 796, w: 104, h: 33 }, 60), word('ข้อ', { x: 1120, y: 796, w: 50, h: 33 }, 60), word('1๕', { x: 1202, y: 796, w: 45, h: 33 }, 60)],
    };
    const title: OcrLine = { text: 'heading', confidence: 95, box: { x: 300, y: 200, w: 800, h: 60 }, words: [word('heading', { x: 300, y: 200, w: 800, h: 60 }, 95)] };
    page = { width: image.width, height: image.height, dpi: image.dpi, confidence: 80, lines: [title, line], rulings, notes: [], ms: 0 };
  });

  it('replaces the page reading cell by cell, keeps lines outside the grid, and crops inside the rulings', async () => {
    const crops: PageImage[] = [];
    const out = await rereadCells(page, erased, fakeReader(90, crops));
    expect(out.lines[0]!.text).toBe('heading');
    // Every cell was read (55 cells; a cell whose ink has two close bands is read both joined and apart) and the
    // crossing line is gone.
    expect(crops.length).toBeGreaterThanOrEqual(55);
    expect(out.lines.filter((l) => l.text === 'cell').length).toBeGreaterThanOrEqual(55);
    expect(out.lines.some((l) => l.text.includes('94.44'))).toBe(false);
    expect(out.lines.filter((l) => inside(l.box, scoreCell))).toHaveLength(1);
    expect(out.lines.filter((l) => inside(l.box, codeCell))).toHaveLength(1);
    // Crops are the cell's ink inside its rulings, on a white margin: no ruling reaches a crop's edge.
    const edgeInk = (c: PageImage) => {
      let n = 0;
      for (let y = 0; y < c.height; y++)
        for (let x = 0; x < c.width; x++) if ((x < 5 || y < 5 || x >= c.width - 5 || y >= c.height - 5) && c.data[y * c.width + x]! < 150) n++;
      return n;
    };
    for (const c of crops) expect(edgeInk(c)).toBe(0);
    expect(out.notes.at(-1)).toMatch(/^cells:read=\d+,ticks=0,replaced=55\/55,\d+ms$/);
  });

  it('keeps the page reading where the cell reading is clearly less confident, and adds no doubtful text', async () => {
    const out = await rereadCells(page, erased, fakeReader(40, []));
    expect(out.lines.map((l) => l.text)).toEqual(['heading', '94.44 ข้อ 1๕']);
  });

  it('replaces only the words of the cells it re-read: the rest of a crossing line stays', async () => {
    // The code's words were read with more confidence (99) than the cell reader's 90; the score's with less (60).
    const line = page.lines[1]!;
    const sure = { ...line, words: line.words.map((w, i) => (i === 0 ? w : { ...w, confidence: 99, minConfidence: 99 })) };
    const out = await rereadCells({ ...page, lines: [page.lines[0]!, sure] }, erased, fakeReader(90, []));
    const crossing = out.lines.find((l) => l.text.includes('ข้อ'));
    expect(crossing?.text).toBe('ข้อ 1๕');
    expect(crossing?.words.map((w) => w.text)).toEqual(['ข้อ', '1๕']);
    expect(crossing!.box.x).toBeGreaterThanOrEqual(1082);
    expect(out.lines.filter((l) => inside(l.box, scoreCell)).map((l) => l.text)).toEqual(['cell']);
    expect(out.lines.filter((l) => inside(l.box, codeCell)).map((l) => l.text)).toEqual(['ข้อ 1๕']);
  });

  it('a replacing cell reading that lost Thai marks takes them back from the page reading of that cell', async () => {
    // Page reading "สุจริตอย่าง" in the score cell; the cell reader answers every crop "สูจริตอย่าง" (s002-scan).
    const thai: OcrLine = {
      text: 'สุจริตอย่าง',
      confidence: 60,
      box: { x: 947, y: 796, w: 104, h: 33 },
      words: [word('สุจริตอย่าง', { x: 947, y: 796, w: 104, h: 33 }, 60)],
    };
    const reader: CellReader = async (crop) => {
      const box = { x: crop.width * 0.25, y: crop.height * 0.25, w: crop.width * 0.5, h: crop.height * 0.5 };
      return { confidence: 90, lines: [{ text: 'สูจริตอย่าง', confidence: 90, box, words: [word('สูจริตอย่าง', box, 90)] }] };
    };
    const out = await rereadCells({ ...page, lines: [page.lines[0]!, thai] }, erased, reader);
    const inCell = out.lines.filter((l) => inside(l.box, scoreCell));
    expect(inCell.map((l) => l.text)).toEqual(['สุจริตอย่าง']);
    expect(inCell[0]!.words.map((w) => [w.text, w.confidence])).toEqual([['สุจริตอย่าง', 90]]);
    // Cells with no page reading keep the cell reading as read.
    expect(out.lines.filter((l) => inside(l.box, codeCell)).map((l) => l.text)).toEqual(['สูจริตอย่าง']);
  });

  it('a page reading that stays takes the marks the cell reading kept (s004-scan: เรือง / เรื่อง)', async () => {
    // The page reading lies wholly inside the cell and is as confident as the cell reading, so it stays; it lost the
    // tone marks the cell reading has.
    const kept: OcrLine = {
      text: 'มาตรการจัดการเรืองร้องทุกข์/ เสียงการทุจริต',
      confidence: 94,
      box: { x: 930, y: 790, w: 140, h: 40 },
      words: [word('มาตรการจัดการเรืองร้องทุกข์/', { x: 930, y: 790, w: 80, h: 40 }, 94), word('เสียงการทุจริต', { x: 1012, y: 790, w: 58, h: 40 }, 94)],
    };
    const reader: CellReader = async (crop) => {
      const box = { x: crop.width * 0.25, y: crop.height * 0.25, w: crop.width * 0.5, h: crop.height * 0.5 };
      const text = 'มาตรการจัดการเรื่องร้องทุกข์/ เสี่ยงการทจริต';
      return { confidence: 94, lines: [{ text, confidence: 94, box, words: text.split(' ').map((t) => word(t, box, 94)) }] };
    };
    const out = await rereadCells({ ...page, lines: [page.lines[0]!, kept] }, erased, reader);
    const inCell = out.lines.filter((l) => inside(l.box, scoreCell));
    // Each letter's marks from whichever reading makes dictionary words: the tone marks of the cell reading, the
    // page reading's ุ.
    expect(inCell.map((l) => l.text)).toEqual(['มาตรการจัดการเรื่องร้องทุกข์/ เสี่ยงการทุจริต']);
    expect(inCell[0]!.box).toEqual(kept.box);
  });
});

describe('OCR pool with cell re-reading on the scanned fixture', () => {
  it(
    'gives every row its five cells, each score and code in its own cell',
    async () => {
      const image = await fixturePage();
      const pool = createOcrPool({ workers: 1 });
      try {
        const ocr = await pool.recognize(image);
        expect(ocr.notes.some((n) => /^cells:read=\d+,ticks=0,replaced=\d+\/55,\d+ms$/.test(n))).toBe(true);
        const text = buildOcrPage(1, ocr, { width: (image.width * 72) / image.dpi, height: (image.height * 72) / image.dpi });
        const table = text.tables.find((t) => t.source === 'ruled')!;
        expect(table.rows.map((r) => r.cells.length)).toEqual(new Array(11).fill(5));
        const body = table.rows.slice(1);
        // Printed: scores like 94.44 in column 3, codes "ข้อ 1๑".."ข้อ 1๑๐" in column 4, scores like ๘๓.๓๓ in column 5.
        const scores = body.filter((r) => /^\d+\.\d\d$/.test(r.cells[2]!.text)).length;
        const codes = body.filter((r) => /^ข้อ ?1\d{1,2}$/.test(r.cells[3]!.text)).length;
        const thai = body.filter((r) => /^\d+(\.\d\d)?$/.test(r.cells[4]!.text)).length;
        expect(scores).toBeGreaterThanOrEqual(9);
        expect(codes).toBeGreaterThanOrEqual(8);
        expect(thai).toBeGreaterThanOrEqual(9);
        // Cells reference the page's lines, and those lines lie in their cells.
        for (const row of table.rows)
          for (const cell of row.cells)
            for (const id of cell.lineIds) expect(inside(text.lines.find((l) => l.id === id)!.box, cell.box)).toBe(true);
      } finally {
        await pool.close();
      }
    },
    240_000,
  );
});
