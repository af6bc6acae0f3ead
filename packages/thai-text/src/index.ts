export { thaiDigitsToAscii, asciiDigitsToThai } from './digits.js';
export { parseNumber, findNumbers, type FoundNumber } from './number.parser.js';
export { repairThai, countLostChars } from './thai-unicode.repair.js';
export { PUA_TO_THAI, mapThaiPua } from './pua-glyph.map.js';
export {
  findImpossibleMarks,
  findForeignLookalikes,
  type MarkAnomaly,
  type MarkAnomalyKind,
  type ForeignLookalike,
} from './thai-anomaly.detector.js';
export { normalizeText, type NormalizeOptions } from './normalize-text.js';
export { joinWrappedLines, removeWrapSpaces, wrapSpaceReason } from './wrap-spacing.js';
export {
  parseQuestionCode,
  repairCodeSequence,
  MAX_QUESTION_NO,
  type ItaTool,
  type QuestionCode,
  type CodeRepair,
} from './question-code.parser.js';
export { THAI_MONTHS, monthNumber } from './thai-months.js';
export {
  parseThaiDate,
  findThaiDates,
  completeThaiDate,
  toBeYear,
  type ThaiDate,
  type PartialThaiDate,
} from './thai-date.parser.js';
export { parseThaiDateRange, type ThaiDateRange, type DateBound } from './thai-date-range.parser.js';
export { beToCe, ceToBe, fiscalYearOf, fiscalYearRange, daysInMonth, BE_OFFSET } from './buddhist-calendar.js';
export { segmentWords, dictionaryCoverage, isKnownWord, type Segment } from './word-segmenter.js';
export { ITA_VOCABULARY } from './ita-vocabulary.js';
export { isThaiConsonant, isThaiCombiningMark, isToneMark, isThaiWordChar } from './thai-chars.js';
export {
  parseOrgName,
  orgNameKey,
  placeKey,
  compactThaiName,
  ORG_KIND_FULL_PREFIX,
  type OrgKind,
  type ParsedOrgName,
} from './org-name.parser.js';
export {
  nameSimilarity,
  isSameNameWithNoise,
  NAME_VARIANT_THRESHOLD,
  toneInsensitiveKey,
  thaiNameDistance,
  thaiNameWeight,
  keySimilarity,
  nameCore,
} from './name-similarity.js';
