import { computeToolScores, createFlag, roundScore, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { LOW_OCR_NOTE_EN, LOW_OCR_NOTE_TH, score } from '../format.js';
import { agreesAsPrinted, indicatorEvidence, summaryEvidence } from '../score-evidence.js';

const TOOLS = [
  { tool: 'iit', label: 'IIT', nos: [1, 2, 3, 4, 5], range: '1–5' },
  { tool: 'eit', label: 'EIT', nos: [6, 7, 8], range: '6–8' },
  { tool: 'oit', label: 'OIT', nos: [9, 10], range: '9–10' },
] as const;

/** TOOL_SCORE_MISMATCH: a printed IIT/EIT/OIT total against the mean of its indicators in the same report. */
export function toolScoreRule(ctx: CheckContext): Flag[] {
  const ita = ctx.report.ita;
  if (!ita) return [];
  const computed = computeToolScores(ita.indicators.map((i) => ({ no: i.no, score: i.score })));
  const flags: Flag[] = [];
  for (const t of TOOLS) {
    const printed = ita.tools[t.tool];
    const c = computed[t.tool];
    if (printed === null || c === null) continue;
    const shown = roundScore(c);
    const printedAt = summaryEvidence(ctx, ita, `ita.tools.${t.tool}`, `(${t.label}) คะแนนรวม`, printed);
    if (agreesAsPrinted(printed, c, printedAt)) continue;
    const rows = ita.indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => (t.nos as readonly number[]).includes(ind.no));
    const evidence = [printedAt, ...rows.map(({ i }) => indicatorEvidence(ctx, ita, i))];
    const low = ctx.lowConfidence(evidence, [`ita.tools.${t.tool}`, ...rows.map(({ i }) => `ita.indicators[${i}]`)]);
    flags.push(
      createFlag(
        'TOOL_SCORE_MISMATCH',
        `คะแนนรวม ${t.label} ที่รายงาน ${score(printed)} ไม่เท่ากับค่าเฉลี่ยของตัวชี้วัดที่ ${t.range} ในตารางสรุปผลรายตัวชี้วัด ซึ่งได้ ${score(shown)}${low ? LOW_OCR_NOTE_TH : ''}`,
        `The ${t.label} total is reported as ${score(printed)}, but the mean of indicators ${t.range} in the summary table is ${score(shown)}.${low ? LOW_OCR_NOTE_EN : ''}`,
        evidence,
      ),
    );
  }
  return flags;
}
