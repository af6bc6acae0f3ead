import { createFlag, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { LOW_OCR_NOTE_EN, LOW_OCR_NOTE_TH, score } from '../format.js';

/** QUESTION_SCORE_CONFLICT: one per question the parser found printed with different scores in different tables. */
export function questionConflictRule(ctx: CheckContext): Flag[] {
  return ctx.conflicts.map((c) => {
    const othersTh = thaiList(c.others.map((o) => (o.value === null ? 'ไม่ระบุคะแนน' : score(o.value))));
    const others = c.others.map((o) => (o.value === null ? '-' : score(o.value))).join(', ');
    const keptTh = c.kept.value === null ? 'ไม่ได้ระบุคะแนน' : `มีคะแนน ${score(c.kept.value)} `;
    const kept = c.kept.value === null ? 'no score' : score(c.kept.value);
    const evidence = [c.kept, ...c.others].map((s) => ({ page: s.page, text: s.text }));
    const low = ctx.lowConfidence(evidence);
    return createFlag(
      'QUESTION_SCORE_CONFLICT',
      `ข้อ ${c.code} ${keptTh}ในตารางคะแนนรายข้อหลัก แต่ตารางอื่นในเอกสารระบุเป็น ${othersTh}${low ? LOW_OCR_NOTE_TH : ''}`,
      `Question ${c.code} scores ${kept} in the main question table but ${others} elsewhere in the document.${low ? LOW_OCR_NOTE_EN : ''}`,
      evidence,
    );
  });
}

/** "94.17 และ 99.38", "1, 2 และ 3": how a Thai sentence lists values. */
function thaiList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} และ ${xs[xs.length - 1]}`;
}
