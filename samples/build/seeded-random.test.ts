import { describe, it, expect } from '@jest/globals';
import { seededRandom, seedOf } from './seeded-random.js';

describe('seededRandom', () => {
  it('repeats for the same seed and differs between pages', () => {
    const a = seededRandom(seedOf('s000-ita-analysis-scan#1'));
    const b = seededRandom(seedOf('s000-ita-analysis-scan#1'));
    const c = seededRandom(seedOf('s000-ita-analysis-scan#2'));
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
