import { createHash } from 'node:crypto';
import type { Flag } from '@lao/schemas';

/**
 * A flag's identity across re-processing: its code and evidence, not its wording (messages may be
 * reworded between pipeline versions, and a reviewer's decision should survive that). Identical
 * flags within one report are told apart by their occurrence number.
 */
export function flagFingerprints(flags: readonly Flag[]): string[] {
  const seen = new Map<string, number>();
  return flags.map((flag) => {
    const evidence = flag.evidence
      .map((e) => [e.page, e.text.normalize('NFC')] as const)
      .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const base = createHash('sha256')
      .update(JSON.stringify([flag.code, evidence]))
      .digest('hex')
      .slice(0, 32);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${flag.code}:${base}${n === 0 ? '' : `#${n}`}`;
  });
}
