import { describe, expect, it } from '@jest/globals';
import type { FileSummary } from '@lao/pipeline';
import { fileLine, IngestProgress } from './ingest-progress.js';
import { renderIngestSummary } from './ingest-summary.js';

const reason = 'CORRUPT_PDF: page 2: its content is missing (the file is cut short)';
const truncated: FileSummary = {
  path: 'packages/extract/test-fixtures/truncated.pdf',
  fileName: 'truncated.pdf',
  status: 'new',
  documentId: 'd1',
  sha256: 'a'.repeat(64),
  docType: 'unknown',
  org: null,
  pageCount: 2,
  textPages: 1,
  ocrPages: 0,
  failedPages: [{ page: 2, reason }],
  flags: 1,
  reason: null,
};

describe('a file with an unreadable page', () => {
  it('the per-file progress line says which page could not be read (Thai first, English alongside)', () => {
    expect(fileLine(truncated, 1, 3)).toBe(
      '[1/3] packages/extract/test-fixtures/truncated.pdf: new, unknown, 2 pages (1 text, 0 OCR, หน้าอ่านไม่ได้ unreadable page 2), 1 flags',
    );
    const two = { ...truncated, failedPages: [{ page: 2, reason }, { page: 5, reason: 'OCR_FAILED: x' }] };
    expect(fileLine(two, 1, 1)).toContain('หน้าอ่านไม่ได้ unreadable pages 2, 5)');
    expect(fileLine({ ...truncated, failedPages: [] }, 1, 1)).toMatch(/2 pages \(1 text, 0 OCR\), 1 flags$/);
  });

  it('a failed file lists its unreadable pages after the reason', () => {
    const failed = { ...truncated, status: 'failed' as const, reason: 'CORRUPT_PDF: none of the 2 pages could be read' };
    expect(fileLine(failed, 2, 2)).toBe(
      '[2/2] packages/extract/test-fixtures/truncated.pdf: failed — CORRUPT_PDF: none of the 2 pages could be read; หน้าอ่านไม่ได้ unreadable page 2',
    );
  });

  it('the TTY status line counts unreadable pages', () => {
    let written = '';
    const out = { isTTY: true, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
    const progress = new IngestProgress(1, out);
    progress.handle({ type: 'file-done', summary: truncated });
    expect(written).toContain('หน้าอ่านไม่ได้ unreadable pages 1');
  });

  it('the end-of-run table marks the file and its note gives the page and reason', () => {
    const text = renderIngestSummary([truncated]);
    expect(text).toContain('2 (1/0) อ่านไม่ได้ unreadable 1');
    expect(text).toContain(`  truncated.pdf: หน้า 2 อ่านไม่ได้ page 2 unreadable: ${reason}`);
  });
});
