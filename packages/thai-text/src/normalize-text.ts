import { thaiDigitsToAscii } from './digits.js';
import { repairThai } from './thai-unicode.repair.js';

export type NormalizeOptions = {
  /** 'ascii' (default) maps ๐–๙ to 0–9; 'keep' leaves digits as printed. */
  digits?: 'ascii' | 'keep';
  /** Keep tab characters (cell separators in tab-joined rows) instead of collapsing them. */
  keepTabs?: boolean;
};

/**
 * The normalisation applied to every extracted line or cell: repairThai, Thai digits to ASCII,
 * whitespace runs to one space, trim. Idempotent. Wrap spaces inside Thai words are a separate,
 * dictionary-based step (removeWrapSpaces), because it needs the surrounding words.
 */
export function normalizeText(raw: string, opts: NormalizeOptions = {}): string {
  // Collapsing whitespace can bring marks together that repairThai joins ("ำ\u00A0า" becomes
  // "ำ า", then ำ), so the two steps run to a fixpoint; each round only shortens the text.
  let t = raw;
  for (let round = 0; round < 4; round++) {
    const next = collapseSpaces(repairThai(t), opts.keepTabs ?? false);
    if (next === t) break;
    t = next;
  }
  return (opts.digits ?? 'ascii') === 'ascii' ? thaiDigitsToAscii(t) : t;
}

function collapseSpaces(t: string, keepTabs: boolean): string {
  if (keepTabs) return t.replace(/[^\S\t]+/gu, ' ').replace(/ *\t */g, '\t').replace(/^ +| +$/g, '');
  return t.replace(/\s+/gu, ' ').trim();
}
