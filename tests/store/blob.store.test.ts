import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isLaoError } from '@lao/schemas';
import { createBlobStore } from '@lao/store';

// The blob store has no database; it is the same on both dialects.
describe('blob store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lao-blobs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const pdf = Buffer.from('%PDF-1.7\n% รายงานการวิเคราะห์ผลการประเมิน ITA องค์การบริหารส่วนตำบลขอนแก่น\n%%EOF\n', 'utf8');
  const sha = createHash('sha256').update(pdf).digest('hex');

  it('stores by sha256 in sharded directories and reads back the same bytes', async () => {
    const blobs = createBlobStore(dir);
    expect(await blobs.has(sha)).toBe(false);
    expect(await blobs.get(sha)).toBeNull();
    expect(await blobs.put(pdf)).toBe(sha);
    expect(relative(dir, blobs.path(sha))).toBe(join(sha.slice(0, 2), sha.slice(2, 4), sha));
    expect(await blobs.has(sha)).toBe(true);
    expect(await blobs.get(sha)).toEqual(pdf);
    expect(await readFile(blobs.path(sha))).toEqual(pdf);
  });

  it('many concurrent puts of the same bytes leave one file and no temp files', async () => {
    const blobs = createBlobStore(dir);
    const shas = await Promise.all(Array.from({ length: 8 }, () => blobs.put(pdf)));
    expect(new Set(shas)).toEqual(new Set([sha]));
    expect(await readdir(join(dir, sha.slice(0, 2), sha.slice(2, 4)))).toEqual([sha]);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });

  it('storing the same bytes again leaves the stored original untouched', async () => {
    const blobs = createBlobStore(dir);
    await blobs.put(pdf);
    const before = await stat(blobs.path(sha));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await blobs.put(pdf);
    const after = await stat(blobs.path(sha));
    // A rewrite would rename a new file into place: a new inode.
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('a write that fails after the temp file was written leaves neither a partial blob nor a temp file', async () => {
    const blobs = createBlobStore(dir);
    const first = Buffer.from('ต้นฉบับแรก');
    const firstSha = await blobs.put(first);
    const other = Buffer.from('แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๖–๒๕๗๐');
    const otherSha = createHash('sha256').update(other).digest('hex');
    // A non-empty directory squatting on the final name makes the rename into place fail.
    await mkdir(join(blobs.path(otherSha), 'squatter'), { recursive: true });
    const err = await blobs.put(other).catch((e: unknown) => e);
    expect(isLaoError(err, 'STORE_FAILED')).toBe(true);
    expect(await blobs.has(otherSha)).toBe(false);
    expect(await blobs.get(otherSha).catch(() => 'unreadable')).not.toEqual(other);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
    expect(await blobs.get(firstSha)).toEqual(first);
  });

  it.each(['', 'ABCDEF', 'a'.repeat(63), '../../etc/passwd'])('rejects the non-hash %p', async (bad) => {
    const blobs = createBlobStore(dir);
    const err = await blobs.has(bad).catch((e: unknown) => e);
    expect(isLaoError(err, 'INVALID_INPUT')).toBe(true);
  });
});
