import { LaoError } from '@lao/schemas';
import type { SeedLocator } from './golden.schema.js';
import { matchKey, normaliseText } from './thai-text.normalise.js';

/** One seed text (shared/seeds/*.txt), addressed by 1-based line numbers as DOMAIN.md cites them. */
export class SeedText {
  readonly lines: readonly string[];

  constructor(
    readonly name: string,
    content: string,
  ) {
    this.lines = content.split('\n');
  }

  line(n: number): string {
    const l = this.lines[n - 1];
    if (l === undefined) throw new LaoError('INVALID_INPUT', `${this.name}: no line ${n}`);
    return l;
  }

  /** Tab-separated cells of a table row, as the OCR wrote them (untrimmed, unnormalised). */
  cells(n: number): string[] {
    return this.line(n).split('\t');
  }

  /** A locator whose anchor is checked to be printed on that line, so a typo in the curation fails loudly. */
  at(n: number, anchor: string): SeedLocator {
    if (!matchKey(this.line(n)).includes(matchKey(anchor))) {
      throw new LaoError('INVALID_INPUT', `${this.name} L${n} does not contain anchor "${anchor}"`);
    }
    return { line: n, anchor: normaliseText(anchor) };
  }

  /** Flag evidence: the exact normalised span, checked to be on that line. */
  evidence(n: number, text: string): { line: number; text: string } {
    const span = normaliseText(text);
    if (!normaliseText(this.line(n)).includes(span)) {
      throw new LaoError('INVALID_INPUT', `${this.name} L${n} does not contain evidence "${span}"`);
    }
    return { line: n, text: span };
  }

  /** Line numbers (from..to inclusive) whose text contains `needle` once normalised. */
  find(needle: string, from = 1, to = this.lines.length): number[] {
    const key = matchKey(needle);
    const hits: number[] = [];
    for (let n = from; n <= to; n++) if (matchKey(this.line(n)).includes(key)) hits.push(n);
    return hits;
  }
}
