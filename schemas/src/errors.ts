/** The one error type of lao-ingest. Expected outcomes are return values; this is for failures. */
export const LAO_ERROR_CODES = [
  'FILE_NOT_FOUND',
  'EMPTY_FILE',
  'UNSUPPORTED_TYPE',
  'ENCRYPTED_PDF',
  'CORRUPT_PDF',
  'PAGE_RENDER_FAILED',
  'OCR_FAILED',
  'INVALID_INPUT',
  'CONFIG_INVALID',
  'STORE_FAILED',
  'QUEUE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type LaoErrorCode = (typeof LAO_ERROR_CODES)[number];

export class LaoError extends Error {
  override readonly name = 'LaoError';
  constructor(
    readonly code: LaoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Normalise anything thrown into a LaoError, keeping the original as `cause`. */
  static from(err: unknown, fallback: LaoErrorCode = 'INTERNAL'): LaoError {
    if (err instanceof LaoError) return err;
    if (err instanceof Error) return new LaoError(fallback, err.message, { cause: err });
    return new LaoError(fallback, String(err), { cause: err });
  }
}

export function isLaoError(err: unknown, code?: LaoErrorCode): err is LaoError {
  return err instanceof LaoError && (code === undefined || err.code === code);
}
