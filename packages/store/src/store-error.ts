import type { z } from 'zod';
import { LaoError, parseOrThrow } from '@lao/schemas';

/** Database failures leave the store as LaoError STORE_FAILED (cause kept); LaoErrors pass through. */
export async function guarded<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof LaoError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new LaoError('STORE_FAILED', `${what}: ${reason}`, { cause: err });
  }
}

/** zod at the boundary: what callers pass in is INVALID_INPUT when it does not fit. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  return parseOrThrow(schema, value, 'INVALID_INPUT', what);
}

/** What the store reads back (JSON text columns) is validated too; a mismatch is the store's failure. */
export function parseStored<S extends z.ZodType>(schema: S, json: string, what: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new LaoError('STORE_FAILED', `${what}: not JSON`, { cause: err });
  }
  return parseOrThrow(schema, value, 'STORE_FAILED', what);
}
