import { describe, expect, it } from '@jest/globals';
import type { OpenedDocument } from '@lao/extract';
import { OpenDocumentCache } from './open-document.cache.js';

function fakeOpener() {
  const opened: Array<{ sha256: string; closed: boolean }> = [];
  const open = async (sha256: string): Promise<OpenedDocument> => {
    const rec = { sha256, closed: false };
    opened.push(rec);
    return { kind: 'image', pageCount: 1, images: [], close: async () => void (rec.closed = true) } as unknown as OpenedDocument;
  };
  return { open, opened };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('open documents of a queue worker', () => {
  it('page jobs of one document one after another open it once', async () => {
    const { open, opened } = fakeOpener();
    const cache = new OpenDocumentCache(open, 3, 2);
    for (let i = 0; i < 5; i++) await cache.use('a', async () => i);
    expect(opened).toHaveLength(1);
    await cache.close();
    expect(opened.every((o) => o.closed)).toBe(true);
  });

  it('concurrent jobs of one document take a second instance up to perDocument; beyond it they wait their turn', async () => {
    const { open, opened } = fakeOpener();
    const cache = new OpenDocumentCache(open, 4, 2);
    const log: string[] = [];
    const job = (name: string) =>
      cache.use('a', async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
      });
    await Promise.all([job('1'), job('2'), job('3')]);
    expect(opened).toHaveLength(2);
    // 1 and 2 ran side by side on two instances; 3 waited for one of them.
    expect(log.slice(0, 2)).toEqual(['start 1', 'start 2']);
    expect(log.indexOf('start 3')).toBeGreaterThan(log.indexOf('end 1'));
    await cache.close();
  });

  it('keeps at most max open, closing the least recently used idle one', async () => {
    const { open, opened } = fakeOpener();
    const cache = new OpenDocumentCache(open, 2, 1);
    await cache.use('a', async () => 1);
    await cache.use('b', async () => 1);
    await cache.use('a', async () => 1); // a is now more recent than b
    await cache.use('c', async () => 1);
    await tick();
    expect(cache.size).toBe(2);
    expect(opened.map((o) => [o.sha256, o.closed])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
    await cache.close();
  });

  it('a failing job passes its error on and drops its instance, so the retry opens the document afresh', async () => {
    const { open, opened } = fakeOpener();
    const cache = new OpenDocumentCache(open, 3, 1);
    await expect(cache.use('a', async () => Promise.reject(new Error('page broke')))).rejects.toThrow('page broke');
    await tick();
    expect(opened[0]?.closed).toBe(true);
    expect(await cache.use('a', async () => 'ok')).toBe('ok');
    expect(opened).toHaveLength(2);
    await cache.close();
  });

  it('an original that cannot be opened fails the job, and the next job tries again', async () => {
    let tries = 0;
    const cache = new OpenDocumentCache(
      async () => {
        tries++;
        throw new Error('FILE_NOT_FOUND');
      },
      3,
      1,
    );
    await expect(cache.use('a', async () => 1)).rejects.toThrow('FILE_NOT_FOUND');
    await expect(cache.use('a', async () => 1)).rejects.toThrow('FILE_NOT_FOUND');
    expect(tries).toBe(2);
    expect(cache.size).toBe(0);
  });
});
