/**
 * A small PDF content-stream reader: just enough to see marked-content operators (BMC/BDC/EMC),
 * their property dictionaries, and form XObject calls (Do). pdf.js parses the same streams but drops
 * BDC property dictionaries, which is where ActualText lives.
 */

export type PdfValue =
  | number
  | boolean
  | null
  | { kind: 'name'; name: string }
  | { kind: 'string'; bytes: Uint8Array }
  | PdfValue[]
  | { kind: 'dict'; entries: Map<string, PdfValue> };

export interface ContentOperation {
  op: string;
  operands: PdfValue[];
}

// Byte classes as lookup tables: this lexer runs over every content stream of every page.
const SPACE_CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPACE_CLASS[c] = 1;
const REGULAR_CLASS = new Uint8Array(256).fill(1);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) REGULAR_CLASS[c] = 0;
const WHITESPACE = { has: (c: number) => SPACE_CLASS[c] === 1 };

function isRegular(c: number): boolean {
  return REGULAR_CLASS[c] === 1;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

type Token =
  | { t: 'value'; v: PdfValue }
  | { t: 'open-array' }
  | { t: 'close-array' }
  | { t: 'open-dict' }
  | { t: 'close-dict' }
  | { t: 'op'; op: string };

class Lexer {
  pos = 0;
  constructor(private readonly s: Uint8Array) {}

  private skipSpaceAndComments(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < s.length && s[this.pos] !== 0x0a && s[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  next(): Token | null {
    this.skipSpaceAndComments();
    const s = this.s;
    if (this.pos >= s.length) return null;
    const c = s[this.pos]!;
    if (c === 0x28) return { t: 'value', v: { kind: 'string', bytes: this.literalString() } };
    if (c === 0x3c) {
      if (s[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return { t: 'open-dict' };
      }
      return { t: 'value', v: { kind: 'string', bytes: this.hexString() } };
    }
    if (c === 0x3e) {
      this.pos += s[this.pos + 1] === 0x3e ? 2 : 1;
      return { t: 'close-dict' };
    }
    if (c === 0x5b) {
      this.pos++;
      return { t: 'open-array' };
    }
    if (c === 0x5d) {
      this.pos++;
      return { t: 'close-array' };
    }
    if (c === 0x7b || c === 0x7d || c === 0x29) {
      this.pos++;
      return this.next();
    }
    if (c === 0x2f) {
      this.pos++;
      return { t: 'value', v: { kind: 'name', name: this.name() } };
    }
    const start = this.pos;
    while (this.pos < s.length && isRegular(s[this.pos]!)) this.pos++;
    let word = '';
    for (let k = start; k < this.pos; k++) word += String.fromCharCode(s[k]!);
    // Numbers start with a digit, a sign or a dot; operators never do.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const v = Number(word);
      return { t: 'value', v: Number.isFinite(v) ? v : 0 };
    }
    if (word === 'true' || word === 'false') return { t: 'value', v: word === 'true' };
    if (word === 'null') return { t: 'value', v: null };
    return { t: 'op', op: word };
  }

  private name(): string {
    const s = this.s;
    const bytes: number[] = [];
    while (this.pos < s.length && isRegular(s[this.pos]!)) {
      const c = s[this.pos]!;
      if (c === 0x23 && this.pos + 2 < s.length) {
        const h = hexValue(s[this.pos + 1]!) * 16 + hexValue(s[this.pos + 2]!);
        if (h >= 0) {
          bytes.push(h);
          this.pos += 3;
          continue;
        }
      }
      bytes.push(c);
      this.pos++;
    }
    return Buffer.from(bytes).toString('latin1');
  }

  private literalString(): Uint8Array {
    const s = this.s;
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    while (this.pos < s.length) {
      const c = s[this.pos++]!;
      if (c === 0x5c) {
        const e = s[this.pos++];
        if (e === undefined) break;
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && s[this.pos]! >= 0x30 && s[this.pos]! <= 0x37; k++) v = v * 8 + (s[this.pos++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (s[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
        out.push(c);
      } else out.push(c);
    }
    return Uint8Array.from(out);
  }

  private hexString(): Uint8Array {
    const s = this.s;
    const out: number[] = [];
    let hi = -1;
    this.pos++;
    while (this.pos < s.length) {
      const c = s[this.pos++]!;
      if (c === 0x3e) break;
      const v = hexValue(c);
      if (v < 0) continue;
      if (hi < 0) hi = v;
      else {
        out.push(hi * 16 + v);
        hi = -1;
      }
    }
    if (hi >= 0) out.push(hi * 16);
    return Uint8Array.from(out);
  }

  /** After `ID`: skip inline image data up to the `EI` that stands alone between whitespace. */
  skipInlineImage(): void {
    const s = this.s;
    this.pos++;
    while (this.pos + 1 < s.length) {
      if (
        s[this.pos] === 0x45 &&
        s[this.pos + 1] === 0x49 &&
        WHITESPACE.has(s[this.pos - 1]!) &&
        (this.pos + 2 >= s.length || WHITESPACE.has(s[this.pos + 2]!))
      ) {
        this.pos += 2;
        return;
      }
      this.pos++;
    }
    this.pos = s.length;
  }
}

/** Parses a content stream into operations (operator plus operands). Unknown syntax is skipped, never thrown. */
export function parseContentStream(bytes: Uint8Array): ContentOperation[] {
  const lexer = new Lexer(bytes);
  const ops: ContentOperation[] = [];
  // A stack of containers being filled: the operand list at the bottom, arrays and dicts above it.
  const stack: Array<{ kind: 'array' | 'dict'; items: PdfValue[] }> = [{ kind: 'array', items: [] }];
  for (let tok = lexer.next(); tok !== null; tok = lexer.next()) {
    const top = stack[stack.length - 1]!;
    switch (tok.t) {
      case 'value':
        top.items.push(tok.v);
        break;
      case 'open-array':
        stack.push({ kind: 'array', items: [] });
        break;
      case 'open-dict':
        stack.push({ kind: 'dict', items: [] });
        break;
      case 'close-array':
      case 'close-dict':
        if (stack.length > 1) {
          stack.pop();
          stack[stack.length - 1]!.items.push(top.kind === 'array' ? top.items : toDict(top.items));
        }
        break;
      case 'op':
        if (stack.length > 1) stack.splice(1);
        ops.push({ op: tok.op, operands: stack[0]!.items });
        stack[0] = { kind: 'array', items: [] };
        if (tok.op === 'ID') lexer.skipInlineImage();
        break;
    }
  }
  return ops;
}

function toDict(items: PdfValue[]): PdfValue {
  const entries = new Map<string, PdfValue>();
  for (let i = 0; i + 1 < items.length; i += 2) {
    const key = items[i];
    if (key && typeof key === 'object' && !Array.isArray(key) && key.kind === 'name') entries.set(key.name, items[i + 1]!);
  }
  return { kind: 'dict', entries };
}

/** Decodes a PDF text string: UTF-16BE with a BOM, UTF-8 with a BOM, otherwise PDFDocEncoding (latin-1 is close enough here). */
export function decodePdfTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return out;
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Buffer.from(bytes.subarray(3)).toString('utf8');
  return Buffer.from(bytes).toString('latin1');
}
