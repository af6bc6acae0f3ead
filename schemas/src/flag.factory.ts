import { FLAG_CODES, FlagSchema, type Evidence, type Flag, type FlagCode } from './flag.schema.js';
import { parseOrThrow } from './parse-or-throw.js';

/** Builds a Flag with the severity its code fixes, so callers cannot pick a different one. */
export function createFlag(code: FlagCode, message: string, messageEn: string, evidence: Evidence[]): Flag {
  const flag = { code, severity: FLAG_CODES[code], message, messageEn, evidence };
  return parseOrThrow(FlagSchema, flag, 'INVALID_INPUT', `invalid ${code} flag`);
}
