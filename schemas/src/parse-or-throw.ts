import { z } from 'zod';
import { LaoError, type LaoErrorCode } from './errors.js';

/** zod parse at a boundary, turning a ZodError into the project's one error type with a readable message. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: LaoErrorCode,
  what: string,
): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  throw new LaoError(code, `${what}: ${issues.join('; ')}`, { cause: r.error });
}
