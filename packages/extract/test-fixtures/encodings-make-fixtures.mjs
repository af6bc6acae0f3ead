// Rebuilds the one-page scan fixtures enc-*.pdf: the Thai title crop ocr-title.png (1653 × 225 px, 200 dpi) placed
// on a page of its size in each image encoding office scanners and MFPs write. Run from anywhere:
//   node packages/extract/test-fixtures/encodings-make-fixtures.mjs
// Needs ImageMagick (/usr/bin/convert), img2pdf and tesseract (eng) on the PATH, and pdf-lib from the workspace.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(path.join(here, '../package.json'));
const { PDFDocument, PDFName, PDFNumber, PDFArray, PDFRawStream, PDFHexString } = require('pdf-lib');
const pako = createRequire(require.resolve('pdf-lib'))('pako');
/** [/Indexed /DeviceRGB 15 <lookup>], built by hand: pdf-lib's obj() would turn the string into a name. */
let indexed;

const work = mkdtempSync(path.join(tmpdir(), 'lao-enc-'));
const src = path.join(here, 'ocr-title.png');
const W = 1653;
const H = 225;
const DPI = 200;
const pt = (px) => (px * 72) / DPI;
const convert = (...args) => execFileSync('/usr/bin/convert', args, { maxBuffer: 64 << 20 });
const tmp = (name) => path.join(work, name);

/** A one-page PDF: each image drawn in its box (pixels × 72/200); `rotate` sets the page's /Rotate. */
async function writePdf(name, { pageW = pt(W), pageH = pt(H), rotate = 0, images, setup = '' }) {
  const doc = await PDFDocument.create();
  indexed = (lookup) => {
    const arr = PDFArray.withContext(doc.context);
    [PDFName.of('Indexed'), PDFName.of('DeviceRGB'), PDFNumber.of(lookup.length / 3 - 1), PDFHexString.of(lookup.toString('hex'))].forEach((o) => arr.push(o));
    return arr;
  };
  doc.setProducer('lao-ingest encodings-make-fixtures.mjs');
  const page = doc.addPage([pageW, pageH]);
  if (rotate) page.node.set(PDFName.of('Rotate'), PDFNumber.of(rotate));
  let ops = setup;
  images.forEach((img, i) => {
    const dict = doc.context.obj({ Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, ...img.dict });
    const ref = doc.context.register(PDFRawStream.of(dict, img.bytes));
    page.node.setXObject(PDFName.of(`Im${i}`), ref);
    const [x, y, w, h] = img.box;
    ops += `q ${w.toFixed(3)} 0 0 ${h.toFixed(3)} ${x.toFixed(3)} ${y.toFixed(3)} cm /Im${i} Do Q\n`;
  });
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(ops)));
  writeFileSync(path.join(here, name), await doc.save({ useObjectStreams: false }));
}

const deflate = (bytes) => pako.deflate(bytes);
const full = [0, 0, pt(W), pt(H)];
const gray = convert(src, '-depth', '8', 'gray:-');
const rgb = convert(src, '-depth', '8', 'rgb:-');

// CCITT Group 4 (1 bit, the MFP default for black-and-white scans) and the same bits as JBIG2.
convert(src, '-threshold', '55%', 'GROUP4:' + tmp('g4.raw'));
const g4 = readFileSync(tmp('g4.raw'));
const ccitt = { Filter: 'CCITTFaxDecode', DecodeParms: { K: -1, Columns: W, Rows: H }, BitsPerComponent: 1, ColorSpace: 'DeviceGray' };
await writePdf('enc-ccitt-g4.pdf', { images: [{ width: W, height: H, bytes: g4, dict: ccitt, box: full }] });

// JBIG2 embedded stream (no globals): page information, an immediate generic region coded with MMR (T.6, the G4
// bits above, 1 = black as in JBIG2), end of page.
function segment(no, type, data) {
  const head = Buffer.alloc(11);
  head.writeUInt32BE(no, 0);
  head.writeUInt8(type, 4); // page association in one byte
  head.writeUInt8(0, 5); // no referred-to segments
  head.writeUInt8(1, 6); // page 1
  head.writeUInt32BE(data.length, 7);
  return Buffer.concat([head, data]);
}
const pageInfo = Buffer.alloc(19);
pageInfo.writeUInt32BE(W, 0);
pageInfo.writeUInt32BE(H, 4);
const regionInfo = Buffer.alloc(18);
regionInfo.writeUInt32BE(W, 0);
regionInfo.writeUInt32BE(H, 4);
regionInfo.writeUInt8(0, 16); // external combination: OR
regionInfo.writeUInt8(1, 17); // generic region flags: MMR
const jbig2 = Buffer.concat([segment(0, 48, pageInfo), segment(1, 38, Buffer.concat([regionInfo, g4])), segment(2, 49, Buffer.alloc(0))]);
await writePdf('enc-jbig2.pdf', {
  images: [{ width: W, height: H, bytes: jbig2, dict: { Filter: 'JBIG2Decode', BitsPerComponent: 1, ColorSpace: 'DeviceGray' }, box: full }],
});

// JPEG 2000 (JPX): pdf.js decodes it with its openjpeg wasm.
convert(src, '-quality', '40', tmp('title.jp2'));
await writePdf('enc-jpx.pdf', {
  images: [{ width: W, height: H, bytes: readFileSync(tmp('title.jp2')), dict: { Filter: 'JPXDecode' }, box: full }],
});

// Flate: RGB, gray, 16-colour indexed (4 bit), 1 bit.
await writePdf('enc-flate-rgb.pdf', {
  images: [{ width: W, height: H, bytes: deflate(rgb), dict: { Filter: 'FlateDecode', BitsPerComponent: 8, ColorSpace: 'DeviceRGB' }, box: full }],
});
await writePdf('enc-flate-gray.pdf', {
  images: [{ width: W, height: H, bytes: deflate(gray), dict: { Filter: 'FlateDecode', BitsPerComponent: 8, ColorSpace: 'DeviceGray' }, box: full }],
});
{
  const rowBytes = Math.ceil(W / 2);
  const packed = new Uint8Array(rowBytes * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) packed[y * rowBytes + (x >> 1)] |= (gray[y * W + x] >> 4) << (x & 1 ? 0 : 4);
  // Palette: index i is the gray 17·i written as RGB (what a scanner's palette PNG-to-PDF path gives).
  const lookup = Buffer.alloc(48);
  for (let i = 0; i < 16; i++) lookup.fill(17 * i, i * 3, i * 3 + 3);
  await writePdf('enc-flate-indexed.pdf', {
    images: [
      {
        width: W,
        height: H,
        bytes: deflate(packed),
        dict: { Filter: 'FlateDecode', BitsPerComponent: 4, ColorSpace: indexed(lookup) },
        box: full,
      },
    ],
  });
}
const bits = (black) => {
  const rowBytes = Math.ceil(W / 8);
  const out = new Uint8Array(rowBytes * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) if ((gray[y * W + x] < 140) === black) out[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
  return out;
};
await writePdf('enc-flate-1bit.pdf', {
  images: [{ width: W, height: H, bytes: deflate(bits(false)), dict: { Filter: 'FlateDecode', BitsPerComponent: 1, ColorSpace: 'DeviceGray' }, box: full }],
});

// An image mask (1 = paint with the fill colour unless /Decode [1 0]): ink bits set, filled black.
await writePdf('enc-imagemask.pdf', {
  setup: '0 g\n',
  images: [{ width: W, height: H, bytes: deflate(bits(true)), dict: { Filter: 'FlateDecode', ImageMask: true, Decode: [1, 0] }, box: full }],
});

// Inverted gray stored with /Decode [1 0] (some scanners write white as 0).
await writePdf('enc-decode-inverted.pdf', {
  images: [
    {
      width: W,
      height: H,
      bytes: deflate(gray.map((v) => 255 - v)),
      dict: { Filter: 'FlateDecode', BitsPerComponent: 8, ColorSpace: 'DeviceGray', Decode: [1, 0] },
      box: full,
    },
  ],
});

// CMYK JPEG as Photoshop/ImageMagick write it (Adobe APP14, values inverted), placed with /Decode [1 0 1 0 1 0 1 0].
convert(src, '-colorspace', 'CMYK', '-quality', '80', tmp('cmyk.jpg'));
await writePdf('enc-cmyk-jpeg.pdf', {
  images: [
    {
      width: W,
      height: H,
      bytes: readFileSync(tmp('cmyk.jpg')),
      dict: { Filter: 'DCTDecode', BitsPerComponent: 8, ColorSpace: 'DeviceCMYK', Decode: [1, 0, 1, 0, 1, 0, 1, 0] },
      box: full,
    },
  ],
});

// A banded scan: three JPEG strips of 75 rows, top to bottom.
{
  const strips = [0, 1, 2].map((i) => {
    convert(src, '-crop', `${W}x75+0+${i * 75}`, '+repage', '-quality', '85', tmp(`strip${i}.jpg`));
    return {
      width: W,
      height: 75,
      bytes: readFileSync(tmp(`strip${i}.jpg`)),
      dict: { Filter: 'DCTDecode', BitsPerComponent: 8, ColorSpace: 'DeviceGray' },
      box: [0, pt(H - 75 * (i + 1)), pt(W), pt(75)],
    };
  });
  await writePdf('enc-strips.pdf', { images: strips });
}

// The plain JPEG the others are compared with, as img2pdf places it, and the same JPEG turned 90° counter-clockwise on
// a page with /Rotate 90 (a landscape original scanned portrait).
execFileSync('img2pdf', ['--imgsize', '200dpi', path.join(here, 'ocr-title.jpg'), '-o', path.join(here, 'enc-dct.pdf')]);
convert(path.join(here, 'ocr-title.jpg'), '-rotate', '-90', '-quality', '85', tmp('ccw.jpg'));
await writePdf('enc-rotate90-dct.pdf', {
  pageW: pt(H),
  pageH: pt(W),
  rotate: 90,
  images: [
    { width: H, height: W, bytes: readFileSync(tmp('ccw.jpg')), dict: { Filter: 'DCTDecode', BitsPerComponent: 8, ColorSpace: 'DeviceGray' }, box: [0, 0, pt(H), pt(W)] },
  ],
});

// A scanner's own OCR layer: tesseract with English only (garbage for Thai), invisible text (Tr 3) over the image.
execFileSync('tesseract', [path.join(here, 'ocr-title.jpg'), tmp('layer'), '-l', 'eng', '--dpi', '200', 'pdf'], { stdio: 'ignore' });
writeFileSync(path.join(here, 'enc-ocr-layer-eng.pdf'), readFileSync(tmp('layer.pdf')));

rmSync(work, { recursive: true, force: true });
