import { describe, it, expect } from '@jest/globals';
import { decodePdfTextString, parseContentStream, type PdfValue } from './content-stream.lexer.js';

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const dict = (v: PdfValue | undefined) => (v && typeof v === 'object' && !Array.isArray(v) && v.kind === 'dict' ? v.entries : null);

describe('parseContentStream', () => {
  it('reads a Skia ActualText span with its hex UTF-16 text (ปี)', () => {
    const ops = parseContentStream(enc('/Span<</ActualText <feff0e1b0e35> >> BDC\n12.9 0 Td <0106> Tj\nEMC'));
    expect(ops.map((o) => o.op)).toEqual(['BDC', 'Td', 'Tj', 'EMC']);
    const at = dict(ops[0]!.operands[1])!.get('ActualText') as { kind: 'string'; bytes: Uint8Array };
    expect(decodePdfTextString(at.bytes)).toBe('ปี');
    expect(ops[1]!.operands).toEqual([12.9, 0]);
  });

  it('reads literal strings with escapes, nested parentheses and octal codes', () => {
    const ops = parseContentStream(enc('/Span <</ActualText (a\\(b\\) \\101 (c)) /MCID 3>> BDC EMC'));
    const d = dict(ops[0]!.operands[1])!;
    const at = d.get('ActualText') as { kind: 'string'; bytes: Uint8Array };
    expect(decodePdfTextString(at.bytes)).toBe('a(b) A (c)');
    expect(d.get('MCID')).toBe(3);
  });

  it('takes a property-list name operand, BMC tags, names with # escapes, arrays and comments', () => {
    const ops = parseContentStream(enc('/OC /MC0 BDC % comment ) ignored\n/Artifact BMC [ (x) -250 (y) ] TJ /Im#201 Do EMC EMC'));
    expect(ops.map((o) => o.op)).toEqual(['BDC', 'BMC', 'TJ', 'Do', 'EMC', 'EMC']);
    expect(ops[0]!.operands).toEqual([{ kind: 'name', name: 'OC' }, { kind: 'name', name: 'MC0' }]);
    expect(ops[3]!.operands).toEqual([{ kind: 'name', name: 'Im 1' }]);
    expect(Array.isArray(ops[2]!.operands[0])).toBe(true);
  });

  it('skips inline image data, even when it contains operator-like bytes', () => {
    const ops = parseContentStream(enc('BI /W 2 /H 1 /BPC 8 /CS /G ID \u00ff BDC EMC\u0000 EI\n/P BMC EMC'));
    expect(ops.map((o) => o.op)).toEqual(['BI', 'ID', 'BMC', 'EMC']);
  });
});

describe('decodePdfTextString', () => {
  it.each([
    [[0xfe, 0xff, 0x0e, 0x14, 0x0e, 0x33], 'ดำ'],
    [[0xef, 0xbb, 0xbf, 0xe0, 0xb8, 0x81], 'ก'],
    [[0x41, 0x42], 'AB'],
  ])('%j → %s', (bytes, expected) => {
    expect(decodePdfTextString(Uint8Array.from(bytes))).toBe(expected);
  });
});
