import { describe, it, expect } from '@jest/globals';
import { parseQuestionCode, repairCodeSequence, type ItaTool } from './question-code.parser.js';

describe('parseQuestionCode', () => {
  it.each<[string, ItaTool | undefined, string | null]>([
    ['ข้อ 1๑๐', undefined, 'i10'],
    ['1๑', undefined, 'i1'], // S001 L59
    ['1๑๕', undefined, 'i15'],
    ['l1', undefined, 'i1'],
    ['I5', undefined, 'i5'],
    ['i1', undefined, 'i1'],
    ['i15', undefined, 'i15'],
    ['0๑', undefined, 'o1'],
    ['O๒๒', undefined, 'o22'],
    ['o๒๑', undefined, 'o21'],
    ['๐๒๑', undefined, 'o21'], // S000 L133
    ['ข้อ ๐๑', undefined, 'o1'], // S000 L111
    ['E๑', undefined, 'e1'], // S001 L80
    ['e๗', undefined, 'e7'],
    ['Ｅ๙', undefined, 'e9'],
    ['๑๐', 'oit', 'o10'], // S000 "ข้อ ๑๐"–"๒๐" in the OIT table
    ['ข้อ ๒๐', 'oit', 'o20'],
    ['๓', 'iit', 'i3'],
    ['i๓.', undefined, 'i3'],
    // leading 1 before Thai digits is the letter i even in another tool's table
    ['1๒', 'oit', 'i2'],
    // zero-padded numbers in an IIT table stay IIT
    ['๐๓', 'iit', 'i3'],
    // not codes
    ['๑๐', undefined, null],
    ['10', undefined, null],
    ['i0', undefined, null],
    ['E๑๖', undefined, null],
    ['o๔๔', undefined, null],
    ['คำถาม', undefined, null],
    ['', 'iit', null],
    ['i1a', undefined, null],
  ])('%j (tool %s) → %s', (s, tool, code) => {
    const got = parseQuestionCode(s, tool ? { tool } : {});
    expect(got?.code ?? null).toBe(code);
  });
  it('reads a code with the tool spelled out ("EIT 1", "IIT-12", "OIT ๒๘"), within the tool\'s range', () => {
    expect(parseQuestionCode('EIT 1')).toEqual({ tool: 'eit', no: 1, code: 'e1' });
    expect(parseQuestionCode('IIT-12')).toEqual({ tool: 'iit', no: 12, code: 'i12' });
    expect(parseQuestionCode('OIT ๒๘')).toEqual({ tool: 'oit', no: 28, code: 'o28' });
    expect(parseQuestionCode('EIT 16')).toBeNull();
    expect(parseQuestionCode('EIT')).toBeNull();
  });
});

describe('repairCodeSequence', () => {
  it('repairs seed 001 L59–73: i9 then 1๒๐..1๒๕ are i10..i15', () => {
    const printed = ['1๑', '1๒', '1๓', '1๔', '1๕', '1๖', '1๗', '1๘', '1๙', '1๒๐', '1๒๑', '1๒๒', '1๒๓', '1๒๔', '1๒๕'];
    const { codes, changed } = repairCodeSequence(printed.map((p) => parseQuestionCode(p)));
    expect(codes.map((c) => c?.code)).toEqual(Array.from({ length: 15 }, (_, i) => `i${i + 1}`));
    expect(changed).toEqual([
      { index: 9, from: 'i20', to: 'i10' },
      { index: 10, from: 'i21', to: 'i11' },
      { index: 11, from: 'i22', to: 'i12' },
      { index: 12, from: 'i23', to: 'i13' },
      { index: 13, from: 'i24', to: 'i14' },
      { index: 14, from: 'i25', to: 'i15' },
    ]);
  });

  it('leaves genuine gaps alone: reports skip questions', () => {
    const { codes, changed } = repairCodeSequence(['i1', 'i4', 'i5', 'i13'].map((p) => parseQuestionCode(p)));
    expect(codes.map((c) => c?.code)).toEqual(['i1', 'i4', 'i5', 'i13']);
    expect(changed).toEqual([]);
  });

  it('uses the year maximum when given, and restarts at a tool change', () => {
    const seq = ['e๘', 'e๙', 'o๑', 'o๒', 'o๘'].map((p) => parseQuestionCode(p));
    expect(repairCodeSequence(seq).changed).toEqual([]);
    const units = ['o๑', 'o๒', 'o๓', 'o๓๔'].map((p) => parseQuestionCode(p));
    expect(repairCodeSequence(units).changed).toEqual([]);
    const beyond = ['e๗', 'e๘', 'e๖'].map((p) => parseQuestionCode(p));
    // going backwards by one digit: e6 after e8 is read as e9
    expect(repairCodeSequence(beyond).changed).toEqual([{ index: 2, from: 'e6', to: 'e9' }]);
    const overMax = ['o๒๖', 'o๒๗', 'o๒๙'].map((p) => parseQuestionCode(p));
    expect(repairCodeSequence(overMax).changed).toEqual([]);
    expect(repairCodeSequence(overMax, { maxNo: { oit: 28 } }).changed).toEqual([{ index: 2, from: 'o29', to: 'o28' }]);
  });

  it('keeps rows without a code in place', () => {
    const { codes } = repairCodeSequence([parseQuestionCode('i1'), null, parseQuestionCode('i2')]);
    expect(codes.map((c) => c?.code ?? null)).toEqual(['i1', null, 'i2']);
  });
});
