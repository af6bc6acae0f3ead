import type { QueuedFileSummary } from '@lao/pipeline';
import { renderTable } from './text-table.js';

const STATUS_TH: Record<QueuedFileSummary['status'], string> = {
  new: 'ใหม่ new',
  reprocess: 'ประมวลผลใหม่ reprocess',
  retry: 'ลองใหม่ retry',
  duplicate: 'ซ้ำ duplicate',
  failed: 'ล้มเหลว failed',
  queued: 'เข้าคิว queued',
};

/** The end-of-run table: one row per file, Thai headers with English. */
export function renderIngestSummary(rows: readonly QueuedFileSummary[]): string {
  const table = renderTable(rows, [
    { header: 'ไฟล์ File', value: (r) => r.fileName, max: 40 },
    { header: 'สถานะ Status', value: (r) => STATUS_TH[r.status] },
    { header: 'ประเภท Type', value: (r) => r.docType ?? '-' },
    { header: 'หน่วยงาน Organisation', value: (r) => r.org ?? '-', max: 45 },
    {
      header: 'หน้า ข้อความ/OCR Pages text/OCR',
      value: (r) =>
        (r.pageCount === null ? '-' : `${r.pageCount} (${r.textPages}/${r.ocrPages})`) +
        (r.failedPages.length ? ` อ่านไม่ได้ unreadable ${r.failedPages.length}` : ''),
    },
    { header: 'ข้อสังเกต Flags', value: (r) => String(r.flags), align: 'right' },
  ]);
  const notes = rows
    .flatMap((r) => [
      ...(r.status === 'failed' || (r.reason && r.status !== 'duplicate') ? [`  ${r.fileName}: ${r.reason ?? 'failed'}`] : []),
      ...(r.status === 'duplicate' && r.reason ? [`  ${r.fileName}: earlier run failed: ${r.reason}`] : []),
      ...r.failedPages.map((p) => `  ${r.fileName}: หน้า ${p.page} อ่านไม่ได้ page ${p.page} unreadable: ${p.reason}`),
    ]);
  const count = (s: QueuedFileSummary['status']) => rows.filter((r) => r.status === s).length;
  const totals =
    `รวม total ${rows.length}: ใหม่ new ${count('new') + count('reprocess') + count('retry')}, ซ้ำ duplicate ${count('duplicate')}, ` +
    `ล้มเหลว failed ${count('failed')}${count('queued') ? `, เข้าคิว queued ${count('queued')}` : ''}`;
  return `${table}${notes.length ? `\nเหตุผล Reasons:\n${notes.join('\n')}\n` : ''}${totals}\n`;
}
