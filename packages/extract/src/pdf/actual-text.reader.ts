import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  ParseSpeeds,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { decodePdfTextString, parseContentStream, type PdfValue } from './content-stream.lexer.js';
import { IDENTITY, apply, multiply, toMatrix, type Matrix } from './matrix.js';
import type { Ruling } from './raw-page.types.js';
import { MAX_THICKNESS, pushSegments, pushThinRect, type Point } from './rulings.collector.js';

/** One marked-content sequence begun on a page (BMC or BDC), in content order. */
export interface MarkedContentSpan {
  tag: string;
  actualText: string | null;
}

const MAX_FORM_DEPTH = 12;

/** What one page's content streams say beyond pdf.js's text: marked content with ActualText, and drawn rules. */
export interface PageContent {
  spans: MarkedContentSpan[];
  rulings: Ruling[];
  /** Sum of the areas (square points) of the images drawn on the page, overlaps counted twice. */
  imageArea: number;
}

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
}

const FILL_OPS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const STROKE_OPS = new Set(['S', 's', 'B', 'B*', 'b', 'b*']);
const CLOSING_OPS = new Set(['s', 'b', 'b*']);

/**
 * Reads marked-content sequences with their ActualText from a PDF's page content streams (pdf-lib parses the
 * file and inflates the streams; the operators are read by our own lexer). pdf.js reports the same sequences in
 * the same order through getTextContent({ includeMarkedContent }), minus their properties.
 */
export class ActualTextReader {
  private constructor(private readonly doc: PDFDocument) {}

  /** Null when pdf-lib cannot parse the file or the file is encrypted (its streams would be ciphertext). */
  static async open(bytes: Uint8Array): Promise<ActualTextReader | null> {
    try {
      const doc = await PDFDocument.load(bytes, {
        ignoreEncryption: true,
        throwOnInvalidObject: false,
        updateMetadata: false,
        parseSpeed: ParseSpeeds.Fastest,
      });
      if (doc.isEncrypted) return null;
      return new ActualTextReader(doc);
    } catch {
      return null;
    }
  }

  get pageCount(): number {
    return this.doc.getPageCount();
  }

  /** Marked-content sequences of page `pageNo` (1-based), form XObjects expanded where they are drawn. */
  spans(pageNo: number): MarkedContentSpan[] {
    return this.pageContent(pageNo, IDENTITY).spans;
  }

  /**
   * Marked content and drawn rules of page `pageNo` in one pass over its content streams. `toPage` maps PDF user
   * space to page points with a top-left origin (pdf.js's scale-1 viewport transform).
   */
  pageContent(pageNo: number, toPage: Matrix): PageContent {
    const page = this.doc.getPage(pageNo - 1);
    const out: PageContent = { spans: [], rulings: [], imageArea: 0 };
    const bytes = this.concatStreams(page.node.Contents());
    this.walk(bytes, page.node.Resources(), out, { ctm: toPage, lineWidth: 1 }, 0, new Set());
    return out;
  }

  private concatStreams(obj: PDFObject | undefined): Uint8Array {
    const ctx = this.doc.context;
    const resolved = obj instanceof PDFRef ? ctx.lookup(obj) : obj;
    if (resolved instanceof PDFArray) {
      const parts = resolved.asArray().map((o) => this.concatStreams(o));
      const total = parts.reduce((n, p) => n + p.length + 1, 0);
      const buf = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        buf.set(p, at);
        at += p.length;
        buf[at++] = 0x0a;
      }
      return buf;
    }
    if (resolved instanceof PDFRawStream) return decodePDFRawStream(resolved).decode();
    if (resolved instanceof PDFStream) return resolved.getContents();
    return new Uint8Array(0);
  }

  private walk(
    bytes: Uint8Array,
    resources: PDFDict | undefined,
    out: PageContent,
    initial: GraphicsState,
    depth: number,
    seen: Set<string>,
  ): void {
    let gs: GraphicsState = { ...initial };
    const stack: GraphicsState[] = [];
    // The current path: subpaths in page space.
    let path: Array<{ pts: Point[]; closed: boolean }> = [];
    const current = () => path[path.length - 1];
    const at = (x: unknown, y: unknown): Point => apply(gs.ctm, Number(x) || 0, Number(y) || 0);
    for (const { op, operands: o } of parseContentStream(bytes)) {
      switch (op) {
        case 'q':
          stack.push({ ...gs });
          break;
        case 'Q':
          gs = stack.pop() ?? gs;
          break;
        case 'cm': {
          const m = toMatrix(o);
          if (m) gs = { ...gs, ctm: multiply(gs.ctm, m) };
          break;
        }
        case 'w':
          if (typeof o[0] === 'number') gs = { ...gs, lineWidth: o[0] };
          break;
        case 'm':
          path.push({ pts: [at(o[0], o[1])], closed: false });
          break;
        case 'l':
          current()?.pts.push(at(o[0], o[1]));
          break;
        case 'c':
          path.push({ pts: [at(o[4], o[5])], closed: false });
          break;
        case 'v':
        case 'y':
          path.push({ pts: [at(o[2], o[3])], closed: false });
          break;
        case 'h':
          if (current()) current()!.closed = true;
          break;
        case 're': {
          const [x, y, w, h] = o.map((v) => Number(v) || 0) as [number, number, number, number];
          path.push({ pts: [at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h)], closed: true });
          break;
        }
        case 'n':
          path = [];
          break;
        case 'BMC':
          out.spans.push({ tag: nameOf(o[0]) ?? '', actualText: null });
          break;
        case 'BDC':
          out.spans.push({ tag: nameOf(o[0]) ?? '', actualText: this.actualTextOf(o[1], resources) });
          break;
        case 'Do':
          if (depth < MAX_FORM_DEPTH) this.drawForm(nameOf(o[0]), resources, out, gs, depth, seen);
          break;
        default:
          if (FILL_OPS.has(op) || STROKE_OPS.has(op)) {
            if (CLOSING_OPS.has(op)) for (const sp of path) sp.closed = true;
            if (FILL_OPS.has(op)) for (const sp of path) pushThinRect(sp.pts, out.rulings);
            const m = gs.ctm;
            const width = gs.lineWidth * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
            if (STROKE_OPS.has(op) && width <= MAX_THICKNESS) for (const sp of path) pushSegments(sp.pts, sp.closed, out.rulings);
            path = [];
          }
      }
    }
  }

  private drawForm(name: string | null, resources: PDFDict | undefined, out: PageContent, gs: GraphicsState, depth: number, seen: Set<string>): void {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const ref = name ? xobjects?.get(PDFName.of(name)) : undefined;
    const key = ref instanceof PDFRef ? ref.toString() : name ?? '';
    const form = ref ? this.doc.context.lookup(ref) : undefined;
    if (!(form instanceof PDFRawStream) || seen.has(key)) return;
    const subtype = form.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString();
    if (subtype === '/Image') {
      // An image fills the unit square of the current transform.
      const m = gs.ctm;
      out.imageArea += Math.abs(m[0] * m[3] - m[1] * m[2]);
      return;
    }
    if (subtype !== '/Form') return;
    const formResources = form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources;
    const matrix = form.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray)?.asArray().map((n) => Number(n.toString()));
    const m = toMatrix(matrix);
    seen.add(key);
    this.walk(decodePDFRawStream(form).decode(), formResources, out, { ...gs, ctm: m ? multiply(gs.ctm, m) : gs.ctm }, depth + 1, seen);
    seen.delete(key);
  }

  private actualTextOf(props: PdfValue | undefined, resources: PDFDict | undefined): string | null {
    if (props && typeof props === 'object' && !Array.isArray(props) && props.kind === 'dict') {
      const v = props.entries.get('ActualText');
      if (v && typeof v === 'object' && !Array.isArray(v) && v.kind === 'string') return decodePdfTextString(v.bytes);
      return null;
    }
    const name = nameOf(props);
    if (!name) return null;
    const dict = resources?.lookupMaybe(PDFName.of('Properties'), PDFDict)?.lookupMaybe(PDFName.of(name), PDFDict);
    const at = dict?.lookup(PDFName.of('ActualText'));
    if (at instanceof PDFString || at instanceof PDFHexString) return at.decodeText();
    return null;
  }
}

function nameOf(v: PdfValue | undefined): string | null {
  return v && typeof v === 'object' && !Array.isArray(v) && v.kind === 'name' ? v.name : null;
}
