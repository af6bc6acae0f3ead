import { computeToolScores, computeTotal, createFlag, frameworkFor, roundScore, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { LOW_OCR_NOTE_EN, LOW_OCR_NOTE_TH, score } from '../format.js';
import { agreesAsPrinted, indicatorEvidence, summaryEvidence } from '../score-evidence.js';

/**
 * TOTAL_SCORE_MISMATCH: the overall score against the framework's weights (0.3·IIT + 0.3·EIT +
 * 0.4·OIT in 2568) over the tool means of the printed indicators. The indicators, not the
 * printed tool totals, are the base: tool totals are checked on their own (TOOL_SCORE_MISMATCH).
 */
export function totalScoreRule(ctx: CheckContext): Flag[] {
  const ita = ctx.report.ita;
  const fw = frameworkFor(ita?.year ?? ctx.report.fiscalYear);
  if (!ita || !fw || ita.totalScore === null) return [];
  const computed = computeTotal(computeToolScores(ita.indicators.map((i) => ({ no: i.no, score: i.score }))), fw.weights);
  if (computed === null) return [];
  const shown = roundScore(computed);
  const printedAt = summaryEvidence(ctx, ita, 'ita.totalScore', 'คะแนน', ita.totalScore);
  if (agreesAsPrinted(ita.totalScore, computed, printedAt)) return [];
  const evidence = [printedAt, ...ita.indicators.map((_, i) => indicatorEvidence(ctx, ita, i))];
  const low = ctx.lowConfidence(evidence, ['ita.totalScore', ...ita.indicators.map((_, i) => `ita.indicators[${i}]`)]);
  const w = fw.weights;
  const formula = `${w.iit}×IIT + ${w.eit}×EIT + ${w.oit}×OIT`;
  return [
    createFlag(
      'TOTAL_SCORE_MISMATCH',
      `คะแนนรวมที่รายงาน ${score(ita.totalScore)} ไม่ตรงกับคะแนนที่คำนวณตามสูตรของกรอบการประเมินปี ${fw.year} (${formula}) จากคะแนนรายตัวชี้วัด ซึ่งได้ ${score(shown)}${low ? LOW_OCR_NOTE_TH : ''}`,
      `The overall score is reported as ${score(ita.totalScore)}, but the ${fw.year} formula (${formula}) over the indicator scores gives ${score(shown)}.${low ? LOW_OCR_NOTE_EN : ''}`,
      evidence,
    ),
  ];
}
