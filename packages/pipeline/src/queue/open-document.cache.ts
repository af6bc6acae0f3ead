import type { OpenedDocument } from '@lao/extract';

interface Instance {
  sha256: string;
  doc: Promise<OpenedDocument>;
  /** The last queued piece of work on this instance: an open document serves one page at a time. */
  tail: Promise<unknown>;
  active: number;
  lastUsed: number;
}

/**
 * A queue worker's open originals, by sha256, so the page jobs of a document do not each re-read the blob and
 * start a new pdf.js text-layer thread (the embedded runner keeps its document open the same way). An open
 * document serves one page at a time, so a job takes an idle instance of its document, or opens another while the
 * document has fewer than `perDocument`, or else waits for the least busy one. At most `max` instances stay open;
 * the least recently used idle ones are closed first. A job that fails drops its instance, so a retry opens afresh.
 */
export class OpenDocumentCache {
  private readonly open = new Set<Instance>();
  private clock = 0;

  constructor(
    private readonly openOriginal: (sha256: string) => Promise<OpenedDocument>,
    private readonly max: number,
    private readonly perDocument: number,
  ) {}

  /** Instances open now. */
  get size(): number {
    return this.open.size;
  }

  async use<T>(sha256: string, work: (doc: OpenedDocument) => Promise<T>): Promise<T> {
    const inst = this.pick(sha256);
    inst.active++;
    inst.lastUsed = ++this.clock;
    const run = inst.tail.then(async () => work(await inst.doc));
    inst.tail = run.catch(() => undefined);
    try {
      return await run;
    } catch (err) {
      this.drop(inst);
      throw err;
    } finally {
      inst.active--;
      this.evictIdle();
    }
  }

  /** Closes every instance (after the workers have stopped taking jobs). */
  async close(): Promise<void> {
    const all = [...this.open];
    this.open.clear();
    await Promise.allSettled(all.map(closeWhenIdle));
  }

  private pick(sha256: string): Instance {
    const mine = [...this.open].filter((i) => i.sha256 === sha256);
    const idle = mine.find((i) => i.active === 0);
    if (idle) return idle;
    if (mine.length < this.perDocument) {
      const inst: Instance = { sha256, doc: this.openOriginal(sha256), tail: Promise.resolve(), active: 0, lastUsed: 0 };
      inst.doc.catch(() => undefined); // awaited by the job; a failed open drops the instance there
      this.open.add(inst);
      return inst;
    }
    return mine.reduce((a, b) => (b.active < a.active ? b : a));
  }

  private drop(inst: Instance): void {
    if (this.open.delete(inst)) void closeWhenIdle(inst);
  }

  private evictIdle(): void {
    const idle = [...this.open].filter((i) => i.active === 0).sort((a, b) => a.lastUsed - b.lastUsed);
    for (const inst of idle) {
      if (this.open.size <= this.max) return;
      this.drop(inst);
    }
  }
}

async function closeWhenIdle(inst: Instance): Promise<void> {
  await inst.tail;
  const doc = await inst.doc.catch(() => null);
  await doc?.close().catch(() => undefined);
}
