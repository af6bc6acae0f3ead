/**
 * Runs `work` over the items with at most `concurrency` at a time and hands each result to `sink`
 * in input order, as soon as it and everything before it are done (so stdout keeps the files' order).
 */
export async function runOrdered<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
  sink: (result: R) => Promise<void>,
): Promise<void> {
  const results = new Map<number, R>();
  let nextToStart = 0;
  let nextToSink = 0;
  let draining: Promise<void> = Promise.resolve();

  const drain = async () => {
    while (results.has(nextToSink)) {
      const r = results.get(nextToSink) as R;
      results.delete(nextToSink);
      nextToSink++;
      await sink(r);
    }
  };

  const lane = async () => {
    while (nextToStart < items.length) {
      const i = nextToStart++;
      results.set(i, await work(items[i] as T));
      draining = draining.then(drain);
      await draining;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  await draining;
}
