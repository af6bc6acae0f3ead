import { computeToolScores, createFlag, letterFor, levelContradictsBand, type Evidence, type Flag } from '@lao/schemas';
import type { CheckContext } from '../check-context.js';
import { score } from '../format.js';

/**
 * LEVEL_MISMATCH (at most one): a printed level against the band of the overall score, by the
 * product owner's rule in @lao/schemas (`levelContradictsBand`). The level as printed comes from
 * the level mentions ("ระดับ A หรือ ผ่านดี"); the record's normalised level is the fallback.
 */
export function levelRule(ctx: CheckContext): Flag[] {
  const ita = ctx.report.ita;
  if (!ita || ita.totalScore === null) return [];
  const computed = computeToolScores(ita.indicators.map((i) => ({ no: i.no, score: i.score })));
  const tools = {
    iit: computed.iit ?? ita.tools.iit,
    eit: computed.eit ?? ita.tools.eit,
    oit: computed.oit ?? ita.tools.oit,
  };
  const printed: Array<{ label: string; evidence: Evidence | null }> = ctx.mentions
    .filter((m) => m.kind === 'level')
    .map((m) => ({ label: m.match || m.value, evidence: { page: m.page, text: m.text } }));
  if (printed.length === 0 && ita.level) printed.push({ label: ita.level, evidence: null });
  for (const p of printed) {
    const check = levelContradictsBand(p.label, { total: ita.totalScore, tools });
    if (!check.contradicts) continue;
    const bad = check.labels.filter((l) => l.verdict === 'contradicts');
    const label = p.label.replace(/^.*?ระดับ\s*/u, '').trim();
    const letter = letterFor(ita.totalScore);
    const why = bad
      .map((l) =>
        l.kind === 'letter'
          ? `ตามเกณฑ์แบบตัวอักษร คะแนน ${score(ita.totalScore as number)} อยู่ในระดับ ${letter} ไม่ใช่ ${l.label}`
          : l.kind === 'fail'
            ? `คะแนน ${score(ita.totalScore as number)} ถึงเกณฑ์ผ่าน 85 คะแนนแล้ว`
            : `ระดับ "${l.label}" ต้องมีคะแนนรวมและคะแนนทุกเครื่องมือถึงเกณฑ์ แต่คะแนนไม่ถึง`,
      )
      .join(' และ ');
    return [
      createFlag(
        'LEVEL_MISMATCH',
        `รายงานระบุระดับ "${label}" สำหรับคะแนน ${score(ita.totalScore)} แต่${why}`,
        `The report states level "${label}" for a score of ${score(ita.totalScore)}: ${bad.map((l) => l.reasonEn).join('; ')}.`,
        p.evidence ? [p.evidence] : [],
      ),
    ];
  }
  return [];
}
