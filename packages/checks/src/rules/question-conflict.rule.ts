import { createFlag, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { LOW_OCR_NOTE_EN, LOW_OCR_NOTE_TH, score } from '../format.js';

/** QUESTION_SCORE_CONFLICT: one per question the parser found printed with different scores in different tables. */
export function questionConflictRule(ctx: CheckContext): Flag[] {
  return ctx.conflicts.map((c) => {
    const others = c.others.map((o) => (o.value === null ? '-' : score(o.value))).join(', ');
    const kept = c.kept.value === null ? '-' : score(c.kept.value);
    const evidence = [c.kept, ...c.others].map((s) => ({ page: s.page, text: s.text }));
    const low = ctx.lowConfidence(evidence);
    return createFlag(
      'QUESTION_SCORE_CONFLICT',
      `ข้อ ${c.code} มีคะแนน ${kept} ในตารางข้อคำถามหลัก แต่ตารางอื่นในเอกสารระบุ ${others}${low ? LOW_OCR_NOTE_TH : ''}`,
      `Question ${c.code} scores ${kept} in the main question table but ${others} elsewhere in the document.${low ? LOW_OCR_NOTE_EN : ''}`,
      evidence,
    );
  });
}
