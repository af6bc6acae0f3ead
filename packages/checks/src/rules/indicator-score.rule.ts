import { createFlag, frameworkFor, indicatorOfQuestion, indicatorScoreFromQuestions, roundScore, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { LOW_OCR_NOTE_EN, LOW_OCR_NOTE_TH, score } from '../format.js';
import { agreesAsPrinted, indicatorEvidence, questionEvidence } from '../score-evidence.js';

/**
 * INDICATOR_SCORE_MISMATCH: an indicator's printed score against the mean of its question scores
 * (EIT rows with two columns: mean of the part means). Only when every question the framework
 * lists for that indicator was read, so a missed row never looks like a wrong score.
 */
export function indicatorScoreRule(ctx: CheckContext): Flag[] {
  const ita = ctx.report.ita;
  const fw = frameworkFor(ita?.year ?? ctx.report.fiscalYear);
  if (!ita || !fw || !fw.questionSet.known) return [];
  const flags: Flag[] = [];
  ita.indicators.forEach((ind, i) => {
    if (ind.score === null) return;
    const def = fw.questionSet.indicators.find((q) => q.indicatorNo === ind.no);
    if (!def) return;
    const rows = ita.questions
      .map((q, qi) => ({ q, qi }))
      .filter(({ q }) => indicatorOfQuestion(q.code, fw.year)?.indicatorNo === ind.no);
    const codes = new Set(rows.map(({ q }) => q.code));
    if (codes.size !== def.codes.to - def.codes.from + 1 || rows.length !== codes.size) return;
    const computed = indicatorScoreFromQuestions(rows.map(({ q }) => ({ score: q.score, parts: q.parts })));
    if (computed === null) return;
    const shown = roundScore(computed);
    const printedAt = indicatorEvidence(ctx, ita, i);
    if (agreesAsPrinted(ind.score, computed, printedAt)) return;
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    const evidence = [printedAt, questionEvidence(ctx, ita, first.qi), questionEvidence(ctx, ita, last.qi)];
    const low = ctx.lowConfidence(evidence, [`ita.indicators[${i}]`, ...rows.map(({ qi }) => `ita.questions[${qi}]`)]);
    const range = `${first.q.code}–${last.q.code}`;
    const name = ind.officialName ?? ind.name;
    flags.push(
      createFlag(
        'INDICATOR_SCORE_MISMATCH',
        `คะแนนตัวชี้วัดที่ ${ind.no} ${name} ที่รายงาน ${score(ind.score)} ไม่เท่ากับค่าเฉลี่ยของคะแนนรายข้อ ${range} ซึ่งได้ ${score(shown)}${low ? LOW_OCR_NOTE_TH : ''}`,
        `Indicator ${ind.no} (${name}) is reported as ${score(ind.score)}, but the mean of its questions ${range} is ${score(shown)}.${low ? LOW_OCR_NOTE_EN : ''}`,
        evidence,
      ),
    );
  });
  return flags;
}
