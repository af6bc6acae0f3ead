import type { FileSummary, IngestEvent } from '@lao/pipeline';

/**
 * The live progress of `lao ingest`: on a TTY one status line redrawn in place; otherwise one line per finished
 * file, so logs and CI output stay readable.
 */
export class IngestProgress {
  private files = 0;
  private pages = 0;
  private ocrPages = 0;
  private flags = 0;
  private failed = 0;
  private unreadable = 0;
  private lastDraw = 0;

  constructor(
    private readonly totalFiles: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  handle = (event: IngestEvent): void => {
    if (event.type === 'page-done') {
      this.pages++;
      if (event.method === 'ocr') this.ocrPages++;
    } else if (event.type === 'file-done') {
      this.files++;
      this.flags += event.summary.flags;
      if (event.summary.status === 'failed') this.failed++;
      this.unreadable += event.summary.failedPages.length;
      if (!this.tty) this.out.write(`${fileLine(event.summary, this.files, this.totalFiles)}\n`);
    }
    if (this.tty) this.draw(event.type === 'file-done');
  };

  private draw(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const line =
      `ไฟล์ files ${this.files}/${this.totalFiles}  หน้า pages ${this.pages} (OCR ${this.ocrPages})  ` +
      `ข้อสังเกต flags ${this.flags}${this.unreadable ? `  หน้าอ่านไม่ได้ unreadable pages ${this.unreadable}` : ''}` +
      `${this.failed ? `  ล้มเหลว failed ${this.failed}` : ''}`;
    this.out.write(`\r\x1b[2K${line}`);
  }

  finish(): void {
    if (this.tty) this.out.write('\n');
  }
}

export function fileLine(s: FileSummary, n: number, total: number): string {
  const head = `[${n}/${total}] ${s.path}: ${s.status}`;
  const unreadable = unreadablePages(s);
  if (s.status === 'failed') return `${head} — ${s.reason ?? 'unknown reason'}${unreadable ? `; ${unreadable}` : ''}`;
  return (
    `${head}, ${s.docType ?? '-'}, ${s.pageCount ?? '?'} pages (${s.textPages} text, ${s.ocrPages} OCR` +
    `${unreadable ? `, ${unreadable}` : ''}), ${s.flags} flags`
  );
}

/** "หน้าอ่านไม่ได้ unreadable page 2" (the reasons go in the end-of-run notes); '' when every page was read. */
function unreadablePages(s: Pick<FileSummary, 'failedPages'>): string {
  if (s.failedPages.length === 0) return '';
  return `หน้าอ่านไม่ได้ unreadable page${s.failedPages.length > 1 ? 's' : ''} ${s.failedPages.map((p) => p.page).join(', ')}`;
}
