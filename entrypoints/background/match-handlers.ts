import type { ClaimSet } from '../../lib/claims/schema';
import { findPassages } from '../../lib/match/find-passages';

/** Runs the matcher for a page. The matcher (and its language model) lives here, not in every page. */
export function createMatchHandlers(claimSet: ClaimSet, setBadge: (tabId: number, flagged: number) => void) {
  const byId = new Map(claimSet.claims.map((c) => [c.id, c]));
  return {
    match: ({ text, context }: { text: string; context?: string }) => {
      const passages = context ? matchAfter(context, text, claimSet) : findPassages(text, claimSet);
      const claims = Object.fromEntries(passages.map((p) => [p.claim, byId.get(p.claim)!]));
      return { passages, claims, seeds: claimSet.seeds };
    },
    'claims.list': () => claimSet.claims.map((c) => ({ id: c.id, question: c.question })),
    reportCounts: ({ flagged }: { flagged: number }, sender: { tabId?: number }) => {
      if (sender.tabId !== undefined) setBadge(sender.tabId, flagged);
      return null;
    },
  };
}

/** Matches `text` as if it followed `context` (so the story is known), keeping only passages in `text`. */
function matchAfter(context: string, text: string, claimSet: ClaimSet) {
  const offset = context.length + 2;
  return findPassages(`${context}\n\n${text}`, claimSet)
    .filter((p) => p.start >= offset)
    .map((p) => ({ ...p, start: p.start - offset, end: p.end - offset }));
}
