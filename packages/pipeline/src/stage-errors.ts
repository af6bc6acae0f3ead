import { LaoError, type LaoErrorCode } from '@lao/schemas';

// The file or the request is wrong: running the job again gives the same answer, so do not retry.
const PERMANENT: ReadonlySet<LaoErrorCode> = new Set([
  'FILE_NOT_FOUND',
  'EMPTY_FILE',
  'UNSUPPORTED_TYPE',
  'ENCRYPTED_PDF',
  'CORRUPT_PDF',
  'PAGE_RENDER_FAILED',
  'INVALID_INPUT',
  'CONFIG_INVALID',
]);

export function isPermanentFailure(err: unknown): boolean {
  return err instanceof LaoError && PERMANENT.has(err.code);
}

/** One line for a document's `error` column and the summary: `CODE: message`. */
export function failureReason(err: unknown): string {
  const e = LaoError.from(err);
  return `${e.code}: ${e.message.replace(/\s+/g, ' ').trim()}`;
}
