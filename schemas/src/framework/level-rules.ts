import type { Provenance } from './framework.schema.js';
import {
  FAIL_LABEL,
  LAST_LETTER_YEAR,
  LETTER_BANDS,
  LETTER_BANDS_PROVENANCE,
  PASS_LEVELS,
  PASS_MARK,
  PASS_MARK_PROVENANCE,
} from './levels.data.js';
import type { ToolScores } from './scoring.js';

export type LevelScheme = 'letter' | 'pass-level';

/** Letter grades up to ITA 2565, the ผ่าน… levels from 2566. */
export function levelSchemeFor(year: number): LevelScheme {
  return year <= LAST_LETTER_YEAR ? 'letter' : 'pass-level';
}

const validTotal = (t: number | null | undefined): t is number => typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= 100;

/** The letter band a total falls in (bands run from their lower bound up to the next one's). */
export function letterFor(total: number): string | null {
  if (!validTotal(total)) return null;
  return LETTER_BANDS.find((b) => total >= b.min)?.level ?? null;
}

export type LevelExpectation = {
  scheme: LevelScheme | null;
  /** Every label that is a true statement for these scores, most specific first. */
  levels: string[];
  /** Labels that may hold but need tool scores that were not given. */
  undetermined: string[];
  provenance: Provenance[];
};

function everyTool(tools: ToolScores | null | undefined, min: number): boolean | null {
  const xs = tools ? [tools.iit, tools.eit, tools.oit] : [null];
  if (xs.some((x) => x !== null && x < min)) return false;
  return xs.some((x) => x === null) ? null : true;
}

/**
 * The level(s) a report should print for its ITA year, overall score and tool scores. Pass/fail labels
 * (pass mark 85) are included in every year; `scheme` adds the letter grade (≤ 2565) or the ผ่าน… level (≥ 2566).
 */
export function expectedLevels(year: number | null, total: number, tools?: ToolScores | null): LevelExpectation {
  const out: LevelExpectation = { scheme: year === null ? null : levelSchemeFor(year), levels: [], undetermined: [], provenance: [PASS_MARK_PROVENANCE] };
  if (!validTotal(total)) return out;
  if (out.scheme === 'letter') {
    out.levels.push(letterFor(total) as string);
    out.provenance.push(LETTER_BANDS_PROVENANCE);
  }
  if (out.scheme === 'pass-level') {
    for (const l of PASS_LEVELS) {
      if (total < l.minTotal || (l.belowTotal !== null && total >= l.belowTotal)) continue;
      const tooled = l.minEveryTool === null ? true : everyTool(tools, l.minEveryTool);
      if (tooled === true) out.levels.push(l.level);
      else if (tooled === null) out.undetermined.push(l.level);
    }
    out.provenance.push(PASS_LEVELS[0]!.provenance);
  }
  if (total >= PASS_MARK) {
    if (!out.levels.includes('ผ่าน')) out.levels.push('ผ่าน');
  } else {
    out.levels.push(FAIL_LABEL);
  }
  return out;
}

export type LevelLabelKind = 'letter' | 'pass' | 'merit' | 'fail' | 'unknown';
export type LevelVerdict = 'consistent' | 'contradicts' | 'undetermined';
export type LevelLabelCheck = { label: string; kind: LevelLabelKind; verdict: LevelVerdict; reasonEn: string };
export type LevelCheck = {
  /** True when any printed label contradicts the scores (raise LEVEL_MISMATCH). */
  contradicts: boolean;
  /** True when nothing contradicts but some label could not be checked (unknown label, missing scores). */
  undetermined: boolean;
  labels: LevelLabelCheck[];
};

const MERIT_MIN: Record<string, number> = { ผ่านดี: 85, ผ่านดีเยี่ยม: 95 };
const FAIL_LABELS = new Set([FAIL_LABEL, 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']);
const LETTERS = new Set<string>(LETTER_BANDS.map((b) => b.level));

/** Splits "อยู่ในระดับ A หรือ ผ่านดี" into its labels and names each one's kind. */
export function classifyLevelLabels(printed: string): Array<{ label: string; kind: LevelLabelKind }> {
  return printed
    .normalize('NFC')
    .split(/หรือ|\/|,|\(|\)/)
    // Reports lead in with "อยู่ในระดับ" or "ระดับผลการประเมิน ระดับ": the label follows the last ระดับ.
    .map((p) => p.replace(/[\s\u200b-\u200d\ufeff]+/g, '').replace(/^.*ระดับ/, ''))
    .filter((p) => p.length > 0)
    .map((p) => {
      const upper = p.toUpperCase();
      if (LETTERS.has(upper)) return { label: upper, kind: 'letter' as const };
      if (p === 'ผ่าน') return { label: p, kind: 'pass' as const };
      if (p in MERIT_MIN) return { label: p, kind: 'merit' as const };
      if (FAIL_LABELS.has(p)) return { label: p, kind: 'fail' as const };
      return { label: p, kind: 'unknown' as const };
    });
}

function checkLabel(label: string, kind: LevelLabelKind, total: number, tools: ToolScores | null | undefined): LevelLabelCheck {
  const at = (verdict: LevelVerdict, reasonEn: string): LevelLabelCheck => ({ label, kind, verdict, reasonEn });
  switch (kind) {
    case 'letter': {
      const band = letterFor(total) as string;
      return band === label
        ? at('consistent', `${total} is in band ${label}`)
        : at('contradicts', `${label} is outside its band: ${total} is ${band} on the letter scale`);
    }
    case 'pass':
      return total >= PASS_MARK
        ? at('consistent', `${total} reaches the pass mark ${PASS_MARK}`)
        : at('contradicts', `pass label below the pass mark: ${total} < ${PASS_MARK}`);
    case 'merit': {
      const min = MERIT_MIN[label] as number;
      if (total < PASS_MARK) return at('contradicts', `pass label below the pass mark: ${total} < ${PASS_MARK}`);
      if (total < min) return at('contradicts', `${label} needs an overall score of ${min} or more, got ${total}`);
      const low = (['iit', 'eit', 'oit'] as const).filter((t) => tools?.[t] != null && (tools[t] as number) < min);
      if (low.length > 0) {
        const list = low.map((t) => `${t.toUpperCase()} ${tools?.[t]}`).join(', ');
        return at('contradicts', `${label} needs every tool at ${min} or more, but ${list}`);
      }
      return everyTool(tools, min) === true
        ? at('consistent', `overall and every tool reach ${min}`)
        : at('undetermined', `${label} needs every tool score, and not all are known`);
    }
    case 'fail':
      return total >= PASS_MARK
        ? at('contradicts', `${label} at ${total}, which reaches the pass mark ${PASS_MARK}`)
        : at('consistent', `${total} is below the pass mark ${PASS_MARK}`);
    case 'unknown':
      return at('undetermined', `unrecognised level label "${label}"`);
  }
}

/**
 * The product owner's rule: a level contradicts its band when a pass label stands below 85, ไม่ผ่าน (or another
 * fail label) at 85 or more, a letter grade AA–F is outside its band, or ผ่านดี/ผ่านดีเยี่ยม is claimed without the
 * scores for it; a bare ผ่าน at 85+ is a true, if modest, statement. Letter grades are checked against the letter
 * bands whatever the year. Nothing else (e.g. ต้องปรับปรุง vs ต้องปรับปรุงโดยด่วน) counts as a contradiction.
 */
export function levelContradictsBand(
  printed: string,
  scores: { total: number | null; tools?: ToolScores | null },
): LevelCheck {
  const parsed = classifyLevelLabels(printed);
  const total = scores.total;
  const labels = validTotal(total)
    ? parsed.map((p) => checkLabel(p.label, p.kind, total, scores.tools))
    : parsed.map((p) => ({ ...p, verdict: 'undetermined' as const, reasonEn: 'no overall score within 0–100' }));
  const contradicts = labels.some((l) => l.verdict === 'contradicts');
  const undetermined = !contradicts && (labels.length === 0 || labels.some((l) => l.verdict === 'undetermined'));
  return { contradicts, undetermined, labels };
}
