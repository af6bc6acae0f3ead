export { createOcrPool, type OcrPool, type OcrPoolStats } from './ocr-pool.scheduler.js';
export { OcrPoolOptionsSchema, type OcrPoolOptions } from './ocr-options.js';
export { OcrPageSchema, OcrLineSchema, OcrWordSchema, type OcrPage, type OcrLine, type OcrWord } from './ocr-result.types.js';
export { blocksToLines, groupWords } from './ocr-lines.mapper.js';
export { ocrCharacterErrorRate, digitAccuracy, alignChars, normalizeForMetrics } from './text-metrics.js';
export { readNumber, type NumberReading, type ReadNumberOptions } from './number-reader.js';
export { rereadNumbers, looksNumeric, REPLACE_MIN_CONFIDENCE, THAI_REPLACE_MIN_CONFIDENCE, type NumberRereadMode } from './number-reread.js';
