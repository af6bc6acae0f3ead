import { describe, expect, it } from '@jest/globals';

describe('ESM under jest', () => {
  it('loads pdfjs-dist (ESM-only) and reads its version', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    expect(pdfjs.version).toBe('5.6.205');
  });
});
