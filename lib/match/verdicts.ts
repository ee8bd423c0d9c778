import type { Claim, Pack, Version } from '../pack/schema';
import type { Revision, Status, Verdict } from './types';

/** Whether two stances of a claim can both be true (same stance, or listed in `compatible` either way round). */
export function isCompatible(claim: Claim, a: string, b: string): boolean {
  return a === b || claim.compatible.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Each account's versions of a claim, oldest first (the pack lists them in order). */
export function versionsOf(claim: Claim, account: string): Version[] {
  return claim.versions.filter((v) => v.account === account);
}

/** The version a verdict is judged against: the account's latest. */
export const latestVersion = (claim: Claim, account: string): Version | undefined => versionsOf(claim, account).at(-1);

/**
 * Each account's verdict on a passage taking `position`, against its latest version (silent when the
 * account says nothing on the claim), and the earlier versions the passage matches differently.
 */
export function verdictsFor(pack: Pack, claim: Claim, position: string): { verdicts: Record<string, Verdict>; revisions: Revision[] } {
  const verdicts: Record<string, Verdict> = {};
  const revisions: Revision[] = [];
  for (const account of pack.accounts) {
    const versions = versionsOf(claim, account.id);
    const latest = versions.at(-1);
    const verdict: Verdict = !latest ? 'silent' : isCompatible(claim, latest.position, position) ? 'agrees' : 'contradicts';
    verdicts[account.id] = verdict;
    // A passage the latest version contradicts may agree with an earlier one the account later revised
    // ("she did not attend" against the authority's 11:30 release): the reader is told so.
    if (verdict === 'contradicts') {
      const index = versions.findIndex((v) => isCompatible(claim, v.position, position));
      if (index >= 0) {
        const earlier = versions[index]!;
        revisions.push({
          account: account.id,
          verdict: 'agrees',
          note: `agrees with ${account.name}’s ${index === 0 ? 'first' : 'earlier'} report (${earlier.time}), which it later revised`,
        });
      }
    }
  }
  return { verdicts, revisions };
}

/**
 * Folds the verdicts into a status: `unsourced` when all are silent (claims backed only by other
 * voices land here), `agrees`/`contradicts` when every speaking account says so, else `contested`.
 */
export function statusOf(verdicts: Record<string, Verdict>): Status {
  const spoken = Object.values(verdicts).filter((v) => v !== 'silent');
  if (spoken.length === 0) return 'unsourced';
  if (spoken.every((v) => v === 'agrees')) return 'agrees';
  if (spoken.every((v) => v === 'contradicts')) return 'contradicts';
  return 'contested';
}

/** Every account silent: the verdicts of a passage that goes beyond all of them. */
export const allSilent = (pack: Pack): Record<string, Verdict> => Object.fromEntries(pack.accounts.map((a) => [a.id, 'silent' as const]));
