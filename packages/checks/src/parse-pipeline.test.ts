import { describe, it, expect } from '@jest/globals';
import type { Flag } from '@lao/schemas';
import { gazetteer } from '@lao/gazetteer';
import { runChecks } from './index.js';
import { sampleInput, sampleNames } from './test-support/sample-input.js';

const deps = { gazetteer: gazetteer(), config: { lowOcrConfidence: 70 } };
const codes = (fs: Flag[]): string[] => fs.map((f) => f.code).sort();

// End to end without the golden record: @lao/parse's own Report of each sample's pages, with its
// mentions, conflicts, provenance and stated-total scopes, is what `lao extract` will check.
// The born-digital samples and the PUA twin, whose pages are committed; the scan/mixed twins are
// covered by golden-samples.test.ts (their parse output is the parse package's to pin).
const BORN_DIGITAL = sampleNames().filter((n) => !/-(scan|mixed)$/.test(n));

describe.each(BORN_DIGITAL)('parse → checks on %s', (name) => {
  it('raises the flag codes of the golden record', () => {
    const { parsed, pages, expected } = sampleInput(name);
    const got = runChecks(
      {
        report: parsed.report,
        mentions: parsed.mentions,
        conflicts: parsed.conflicts,
        provenance: parsed.provenance,
        statedTotalScopes: parsed.statedTotalScopes,
        pages,
      },
      deps,
    );
    expect(codes(got)).toEqual(codes(expected));
  }, 120_000);
});
