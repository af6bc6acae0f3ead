/**
 * Identifies the code that produced a stored result. Same file + same version = duplicate, skipped;
 * a new version re-processes. Bump it whenever extraction, parsing or checks change their output.
 */
export const PIPELINE_VERSION = 'lao-0.1.0';
