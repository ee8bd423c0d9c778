import type { ClaimSet } from '../../lib/claims/schema';
import { findPassages } from '../../lib/match/find-passages';

/** Runs the matcher for a page. The matcher (and its language model) lives here, not in every page. */
export function createMatchHandlers(claimSet: ClaimSet, setBadge: (tabId: number, flagged: number) => void) {
  const byId = new Map(claimSet.claims.map((c) => [c.id, c]));
  return {
    match: ({ text }: { text: string }) => {
      const passages = findPassages(text, claimSet);
      const claims = Object.fromEntries(passages.map((p) => [p.claim, byId.get(p.claim)!]));
      return { passages, claims, seeds: claimSet.seeds };
    },
    reportCounts: ({ flagged }: { flagged: number }, sender: { tabId?: number }) => {
      if (sender.tabId !== undefined) setBadge(sender.tabId, flagged);
      return null;
    },
  };
}
