import { SOURCE_IDS, type Claim, type SourceId } from '../claims/schema';
import type { Status, Verdict } from './types';

/** Whether two stances of a claim can both be true (same stance, or listed in `compatible` either way round). */
export function isCompatible(claim: Claim, a: string, b: string): boolean {
  return a === b || claim.compatible.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Each account's verdict on a passage taking `position`: silent when the account says nothing on the claim. */
export function verdictsFor(claim: Claim, position: string): Record<SourceId, Verdict> {
  const out = {} as Record<SourceId, Verdict>;
  for (const source of SOURCE_IDS) {
    const version = claim.accounts[source];
    out[source] = version === null ? 'silent' : isCompatible(claim, version.position, position) ? 'agrees' : 'contradicts';
  }
  return out;
}

/**
 * Folds the three verdicts into a status: `unsourced` when all are silent (claims backed only by
 * other voices land here), `agrees`/`contradicts` when every speaking account says so, else `contested`.
 */
export function statusOf(verdicts: Record<SourceId, Verdict>): Status {
  const spoken = SOURCE_IDS.map((s) => verdicts[s]).filter((v) => v !== 'silent');
  if (spoken.length === 0) return 'unsourced';
  if (spoken.every((v) => v === 'agrees')) return 'agrees';
  if (spoken.every((v) => v === 'contradicts')) return 'contradicts';
  return 'contested';
}
