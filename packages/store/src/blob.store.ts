import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LaoError, Sha256Schema } from '@lao/schemas';

/** The default place for originals: `<dataDir>/blobs`. */
export const defaultBlobDir = (dataDir: string): string => join(dataDir, 'blobs');

export interface BlobStore {
  readonly dir: string;
  /** Stores the bytes under their sha256 and returns it; storing the same bytes again is a no-op. */
  put(bytes: Uint8Array): Promise<string>;
  has(sha256: string): Promise<boolean>;
  /** The original bytes, or null when nothing is stored under that hash. */
  get(sha256: string): Promise<Buffer | null>;
  /** Where the blob lives (or would live): `<dir>/ab/cd/abcd…`. */
  path(sha256: string): string;
}

function checkedSha(sha256: string): string {
  const parsed = Sha256Schema.safeParse(sha256);
  if (!parsed.success) throw new LaoError('INVALID_INPUT', `blob store: not a sha256: "${sha256.slice(0, 80)}"`);
  return parsed.data;
}

/**
 * Originals addressed by content. A put writes to `<dir>/tmp/` and renames into place (same file
 * system, so atomic): a reader never sees a half-written original, and a crash leaves at most a
 * stray temp file. Nothing here ever deletes an original.
 */
export function createBlobStore(dir: string): BlobStore {
  const tmpDir = join(dir, 'tmp');
  const path = (sha256: string) => {
    const sha = checkedSha(sha256);
    return join(dir, sha.slice(0, 2), sha.slice(2, 4), sha);
  };
  const exists = async (file: string) => {
    try {
      return (await stat(file)).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  };

  return {
    dir,
    path,

    put: async (bytes) => {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = path(sha256);
      try {
        if (await exists(target)) return sha256;
        await mkdir(tmpDir, { recursive: true });
        await mkdir(join(target, '..'), { recursive: true });
        const tmp = join(tmpDir, `${sha256}.${process.pid}.${randomBytes(6).toString('hex')}`);
        try {
          const handle = await open(tmp, 'wx');
          try {
            await handle.writeFile(bytes);
            // Durable before it becomes visible under its final name.
            await handle.sync();
          } finally {
            await handle.close();
          }
          // Two writers of the same bytes both rename; the content is identical, so either wins.
          await rename(tmp, target);
        } catch (err) {
          await rm(tmp, { force: true });
          throw err;
        }
        return sha256;
      } catch (err) {
        throw new LaoError('STORE_FAILED', `blob store: cannot store ${sha256}: ${(err as Error).message}`, { cause: err });
      }
    },

    has: async (sha256) => exists(path(sha256)),

    get: async (sha256) => {
      const file = path(sha256);
      try {
        return await readFile(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new LaoError('STORE_FAILED', `blob store: cannot read ${sha256}`, { cause: err });
      }
    },
  };
}
