import { describe, it, expect } from '@jest/globals';
import { stripActualTextSpans } from './actual-text.stripper.js';

describe('stripActualTextSpans', () => {
  it('drops each ActualText span and its EMC, keeping the glyphs', () => {
    const content = ['BT', '<00f0> Tj', '/Span<</ActualText <feff0e190e33> >> BDC', '14.31 0 Td <00e6> Tj', '1.96 0 Td <00ff> Tj', 'EMC', '<00e9> Tj', 'ET'].join('\n');
    const { text, removed } = stripActualTextSpans(content);
    expect(removed).toBe(1);
    expect(text).toBe(['BT', '<00f0> Tj', '14.31 0 Td <00e6> Tj', '1.96 0 Td <00ff> Tj', '<00e9> Tj', 'ET'].join('\n'));
  });

  it('refuses a span that never closes', () => {
    expect(() => stripActualTextSpans('/Span<</ActualText <feff0e33> >> BDC\n<00e6> Tj')).toThrow('unbalanced');
  });
});
