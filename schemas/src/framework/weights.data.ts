import type { ToolWeights } from './framework.schema.js';
import { deepFreeze } from './deep-freeze.js';

/** Overall = 0.30·IIT + 0.30·EIT + 0.40·OIT, each tool the mean of its own indicators. */
export const TOOL_WEIGHTS_2568: ToolWeights = deepFreeze({
  iit: 0.3,
  eit: 0.3,
  oit: 0.4,
  provenance: {
    verified: true,
    source:
      'DOMAIN.md §1.3: reproduces S000 86.48 (L36) from L64–73 and S001 95.21 (L21) from L39–48; a third-party ' +
      'implementation uses the same 30/30/40',
  },
});

/** Earlier years: the same weights are assumed; no seed or source confirms them for 2563–2567. */
export const TOOL_WEIGHTS_2563_2567: ToolWeights = deepFreeze({
  iit: 0.3,
  eit: 0.3,
  oit: 0.4,
  provenance: {
    verified: false,
    source: 'DOMAIN.md §1.3 verifies 30/30/40 only on 2568 seeds; assumed unchanged for 2563–2567',
  },
});

/** Scores are printed to 2 decimals and combined after rounding, so recomputed values may differ by this much. */
export const SCORE_TOLERANCE = 0.01;
