import type { LetterBand, PassLevel, Provenance } from './framework.schema.js';
import { deepFreeze } from './deep-freeze.js';

export const PASS_MARK = 85;
export const PASS_MARK_PROVENANCE: Provenance = deepFreeze({
  verified: true,
  source: 'DOMAIN.md §1.5: master-plan target "ต้องได้คะแนน ๘๕ คะแนนขึ้นไป" (S004 L76, L97, L101)',
});

/** Letter grades used up to ITA 2565, highest first. */
export const LETTER_BANDS: readonly LetterBand[] = deepFreeze([
  { level: 'AA', min: 95, max: 100 },
  { level: 'A', min: 85, max: 94.99 },
  { level: 'B', min: 75, max: 84.99 },
  { level: 'C', min: 65, max: 74.99 },
  { level: 'D', min: 55, max: 64.99 },
  { level: 'E', min: 50, max: 54.99 },
  { level: 'F', min: 0, max: 49.99 },
]);
export const LETTER_BANDS_PROVENANCE: Provenance = deepFreeze({
  verified: true,
  source: 'DOMAIN.md §1.5: sme.go.th eBook 2565 p.80 (bands used until 2565)',
});
export const LAST_LETTER_YEAR = 2565;

const LEVELS_2566: Provenance = {
  verified: false,
  source:
    'DOMAIN.md §1.5: NACC board re-defined the rating on 8 June 2566 (bangplakod.go.th news_id 574); these rules are a ' +
    'third-party implementation, official wording unverified; S000 (ผ่าน, L36) and S001 (ผ่านดี, L21) agree',
};

/** Levels from ITA 2566, most demanding first; the first three are pass levels. */
export const PASS_LEVELS: readonly PassLevel[] = deepFreeze([
  { level: 'ผ่านดีเยี่ยม', passes: true, minTotal: 95, belowTotal: null, minEveryTool: 95, provenance: LEVELS_2566 },
  { level: 'ผ่านดี', passes: true, minTotal: 85, belowTotal: null, minEveryTool: 85, provenance: LEVELS_2566 },
  { level: 'ผ่าน', passes: true, minTotal: 85, belowTotal: null, minEveryTool: null, provenance: LEVELS_2566 },
  { level: 'ต้องปรับปรุง', passes: false, minTotal: 70, belowTotal: 85, minEveryTool: null, provenance: LEVELS_2566 },
  { level: 'ต้องปรับปรุงโดยด่วน', passes: false, minTotal: 0, belowTotal: 70, minEveryTool: null, provenance: LEVELS_2566 },
]);
export const FIRST_PASS_LEVEL_YEAR = 2566;

/** The generic fail label reports print beside the levels (CONTRACT.md: level "ไม่ผ่าน"). */
export const FAIL_LABEL = 'ไม่ผ่าน';
