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

/** One marked-content sequence begun on a page (BMC or BDC), in content order. */
export interface MarkedContentSpan {
  tag: string;
  actualText: string | null;
}

const MAX_FORM_DEPTH = 12;

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
    const page = this.doc.getPage(pageNo - 1);
    const out: MarkedContentSpan[] = [];
    const contents = page.node.Contents();
    const bytes = this.concatStreams(contents);
    this.walk(bytes, page.node.Resources(), out, 0, new Set());
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
    out: MarkedContentSpan[],
    depth: number,
    seen: Set<string>,
  ): void {
    for (const { op, operands } of parseContentStream(bytes)) {
      if (op === 'BMC') {
        out.push({ tag: nameOf(operands[0]) ?? '', actualText: null });
      } else if (op === 'BDC') {
        out.push({ tag: nameOf(operands[0]) ?? '', actualText: this.actualTextOf(operands[1], resources) });
      } else if (op === 'Do' && depth < MAX_FORM_DEPTH) {
        const name = nameOf(operands[0]);
        const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
        const ref = name ? xobjects?.get(PDFName.of(name)) : undefined;
        const key = ref instanceof PDFRef ? ref.toString() : name ?? '';
        const form = ref ? this.doc.context.lookup(ref) : undefined;
        if (!(form instanceof PDFRawStream) || seen.has(key)) continue;
        if (form.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Form') continue;
        const formResources = form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources;
        seen.add(key);
        this.walk(decodePDFRawStream(form).decode(), formResources, out, depth + 1, seen);
        seen.delete(key);
      }
    }
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
