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
  let t = repairThai(raw);
  if ((opts.digits ?? 'ascii') === 'ascii') t = thaiDigitsToAscii(t);
  if (opts.keepTabs) {
    t = t.replace(/[^\S\t]+/gu, ' ').replace(/ *\t */g, '\t');
    return t.replace(/^ +| +$/g, '');
  }
  return t.replace(/\s+/gu, ' ').trim();
}
