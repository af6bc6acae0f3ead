import type { Tool } from '../report.schema.js';
import { LaoError } from '../errors.js';
import type { IndicatorDef, OitItem, Provenance, QuestionSet, ToolWeights } from './framework.schema.js';
import { deepFreeze } from './deep-freeze.js';
import { INDICATORS } from './indicators.data.js';
import { levelSchemeFor, type LevelScheme } from './level-rules.js';
import { PASS_MARK } from './levels.data.js';
import { OIT_ITEMS_2563_2565, OIT_ITEMS_2568 } from './oit-items.data.js';
import { QUESTION_SETS } from './question-sets.data.js';
import { TOOL_WEIGHTS_2563_2567, TOOL_WEIGHTS_2568 } from './weights.data.js';

/** ITA years whose framework is described here. 2569 renumbered the OIT again (unverified), so it is not. */
export const FIRST_ITA_YEAR = 2563;
export const LAST_ITA_YEAR = 2568;

export type ItaFramework = {
  year: number;
  indicators: readonly IndicatorDef[];
  questionSet: QuestionSet;
  /** OIT items whose titles are known for this year (all 28 in 2568, a few in 2563–2565, none in 2566–2567). */
  oitItems: readonly OitItem[];
  weights: ToolWeights;
  levelScheme: LevelScheme;
  passMark: number;
};

function build(year: number): ItaFramework {
  const questionSet = QUESTION_SETS.find((q) => q.fromYear <= year && year <= q.toYear);
  if (!questionSet) throw new LaoError('INTERNAL', `framework data: no question set covers ITA ${year}`);
  return deepFreeze({
    year,
    indicators: INDICATORS,
    questionSet,
    oitItems: year === 2568 ? OIT_ITEMS_2568 : year <= 2565 ? OIT_ITEMS_2563_2565 : [],
    weights: year === 2568 ? TOOL_WEIGHTS_2568 : TOOL_WEIGHTS_2563_2567,
    levelScheme: levelSchemeFor(year),
    passMark: PASS_MARK,
  });
}

const FRAMEWORKS = new Map<number, ItaFramework>();
for (let y = FIRST_ITA_YEAR; y <= LAST_ITA_YEAR; y++) FRAMEWORKS.set(y, build(y));

/** The framework of an ITA year (พ.ศ.), or null outside 2563–2568. */
export function frameworkFor(year: number | null): ItaFramework | null {
  return year === null ? null : (FRAMEWORKS.get(year) ?? null);
}

export function indicatorByNo(no: number, year: number | null): IndicatorDef | null {
  return frameworkFor(year)?.indicators.find((d) => d.no === no) ?? null;
}

/** The framework's name for indicator `no` in `year` (Report.ita.indicators[].officialName). */
export function officialIndicatorName(no: number, year: number | null): string | null {
  return indicatorByNo(no, year)?.name ?? null;
}

/** Comparison key for names: NFC without any whitespace, since line breaks leave spaces inside Thai words. */
export function nameKey(s: string): string {
  return s.normalize('NFC').replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

export type NameMatch = 'exact' | 'alias' | 'abbreviated' | 'different' | 'unknown';

/**
 * How a printed indicator name relates to the official one for its number and year: `exact`, an accepted `alias`,
 * `abbreviated` with ไปยาลน้อย ("การใช้ทรัพย์สินฯ", Thai's own mark for a shortened name), or `different`
 * (INDICATOR_NAME_MISMATCH). `unknown` when there is no framework for that number and year.
 */
export function matchIndicatorName(printed: string, no: number, year: number | null): NameMatch {
  const def = indicatorByNo(no, year);
  if (!def) return 'unknown';
  const key = nameKey(printed);
  if (key === nameKey(def.name)) return 'exact';
  if (def.aliases.some((a) => nameKey(a.name) === key)) return 'alias';
  if (isAbbreviationOf(key, def, frameworkFor(year)?.indicators ?? [])) return 'abbreviated';
  return 'different';
}

// A stem shorter than this ("การฯ") says too little to be this indicator's name.
const MIN_ABBREVIATION_STEM = 6;

/**
 * "stemฯ" abbreviates an indicator when the stem begins its official name or an alias and begins no other
 * indicator's: "การป้องกันฯ" is indicator 10, "การฯ" is nobody's. ฯลฯ ("and so on") is no abbreviation.
 */
function isAbbreviationOf(key: string, def: IndicatorDef, all: readonly IndicatorDef[]): boolean {
  if (!key.endsWith('\u0E2F') || key.endsWith('\u0E2F\u0E25\u0E2F')) return false;
  const stem = key.slice(0, -1);
  if ([...stem].length < MIN_ABBREVIATION_STEM) return false;
  const begins = (d: IndicatorDef) => [d.name, ...d.aliases.map((a) => a.name)].some((n) => nameKey(n).startsWith(stem));
  return begins(def) && all.every((d) => d.no === def.no || !begins(d));
}

const CODE = /^([ieo])(\d{1,2})$/;
const TOOL_OF_PREFIX: Record<string, Tool> = { i: 'iit', e: 'eit', o: 'oit' };

/** The tool of a normalised question code ("i12" → iit); null when the code is not one. */
export function toolOfCode(code: string): Tool | null {
  const m = CODE.exec(code.trim().toLowerCase());
  if (!m || Number(m[2]) < 1) return null;
  return TOOL_OF_PREFIX[m[1] as string] ?? null;
}

export type QuestionPlacement = {
  tool: Tool;
  indicatorNo: number;
  /** "9.1" … when the year divides the indicator into sub-indicators. */
  subIndicator: string | null;
  provenance: Provenance;
};

/**
 * Which indicator a question code belongs to in an ITA year; null when the code is not valid for that year or
 * the year's numbering is unknown (2566–2567).
 */
export function indicatorOfQuestion(code: string, year: number | null): QuestionPlacement | null {
  const tool = toolOfCode(code);
  const fw = frameworkFor(year);
  if (!tool || !fw) return null;
  const n = Number(code.trim().slice(1));
  const iq = fw.questionSet.indicators.find((q) => q.tool === tool && q.codes.from <= n && n <= q.codes.to);
  if (!iq) return null;
  const sub = iq.subIndicators.find((s) => s.codes.from <= n && n <= s.codes.to);
  return { tool, indicatorNo: iq.indicatorNo, subIndicator: sub?.id ?? null, provenance: sub?.provenance ?? iq.provenance };
}
