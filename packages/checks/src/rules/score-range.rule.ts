import { createFlag, type Evidence, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { LOW_OCR_NOTE_EN, LOW_OCR_NOTE_TH, score } from '../format.js';
import { indicatorEvidence, questionEvidence, summaryEvidence } from '../score-evidence.js';

const out = (x: number | null): x is number => x !== null && (x < 0 || x > 100);

/** SCORE_OUT_OF_RANGE: one flag per score outside 0–100 (total, tool, indicator, question or part). */
export function scoreRangeRule(ctx: CheckContext): Flag[] {
  const ita = ctx.report.ita;
  if (!ita) return [];
  const found: Array<{ what: string; whatEn: string; value: number; evidence: Evidence; path: string }> = [];
  if (out(ita.totalScore)) found.push({ what: 'คะแนนรวม', whatEn: 'The overall score', value: ita.totalScore, evidence: summaryEvidence(ctx, ita, 'ita.totalScore', 'คะแนน', ita.totalScore), path: 'ita.totalScore' });
  for (const t of ['iit', 'eit', 'oit'] as const) {
    const v = ita.tools[t];
    if (out(v)) found.push({ what: `คะแนนรวม ${t.toUpperCase()}`, whatEn: `The ${t.toUpperCase()} total`, value: v, evidence: summaryEvidence(ctx, ita, `ita.tools.${t}`, t.toUpperCase(), v), path: `ita.tools.${t}` });
  }
  ita.indicators.forEach((ind, i) => {
    if (out(ind.score)) found.push({ what: `คะแนนตัวชี้วัดที่ ${ind.no}`, whatEn: `Indicator ${ind.no}`, value: ind.score, evidence: indicatorEvidence(ctx, ita, i), path: `ita.indicators[${i}]` });
  });
  ita.questions.forEach((q, i) => {
    const bad = [q.score, ...(q.parts ?? [])].find(out);
    if (bad !== undefined) found.push({ what: `คะแนนข้อ ${q.code}`, whatEn: `Question ${q.code}`, value: bad, evidence: questionEvidence(ctx, ita, i), path: `ita.questions[${i}]` });
  });
  return found.map((f) => {
    const low = ctx.lowConfidence([f.evidence], [f.path]);
    return createFlag(
      'SCORE_OUT_OF_RANGE',
      `${f.what} เท่ากับ ${score(f.value)} ซึ่งอยู่นอกช่วงคะแนน 0–100 อาจพิมพ์หรืออ่านตัวเลขผิด${low ? LOW_OCR_NOTE_TH : ''}`,
      `${f.whatEn} is ${score(f.value)}, outside the 0–100 range; probably a typing or reading error.${low ? LOW_OCR_NOTE_EN : ''}`,
      [f.evidence],
    );
  });
}
