import { LaoError } from '@lao/schemas';

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

/** zod at the boundary: bad input is INVALID_INPUT; bad stored data (pass 'STORE_FAILED') is the store's fault. */
export function parseOrThrow<T>(what: string, parse: () => T, code: 'INVALID_INPUT' | 'STORE_FAILED' = 'INVALID_INPUT'): T {
  try {
    return parse();
  } catch (err) {
    throw new LaoError(code, `${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
