import { createFlag, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';

/** LOW_OCR_CONFIDENCE: one per OCR page whose confidence is below the configured threshold. */
export function lowOcrRule(ctx: CheckContext): Flag[] {
  const min = ctx.config.lowOcrConfidence;
  return ctx.report.pages
    .filter((p) => p.method === 'ocr' && p.confidence !== null && p.confidence < min)
    .map((p) => {
      const first = ctx.pages.find((x) => x.page === p.no)?.lines[0]?.text ?? '';
      const c = (p.confidence as number).toFixed(0);
      return createFlag(
        'LOW_OCR_CONFIDENCE',
        `หน้า ${p.no} อ่านด้วย OCR ได้ความเชื่อมั่นเพียง ${c}% (เกณฑ์ ${min}%) ข้อความและตัวเลขในหน้านี้อาจคลาดเคลื่อน โปรดตรวจสอบกับต้นฉบับ`,
        `Page ${p.no} was read by OCR with ${c}% confidence (threshold ${min}%); its text and numbers may be wrong.`,
        [{ page: p.no, text: first }],
      );
    });
}
