import { findPassagesAll } from '../../lib/match/find-passages';
import type { Pack } from '../../lib/pack/schema';
import { claimKey, claimView, storyView } from '../../lib/pack/view';

/**
 * Runs the matcher for a page. The matcher (and its language model) lives here, not in every page.
 * `packs` gives the packs that are on, the same objects from call to call until they change (the
 * matcher keeps each pack's compiled form per object).
 */
export function createMatchHandlers(packs: () => Promise<readonly Pack[]>, setBadge: (tabId: number, flagged: number) => void) {
  return {
    match: async ({ text, context }: { text: string; context?: string }) => {
      const enabled = await packs();
      const passages = context ? matchAfter(context, text, enabled) : findPassagesAll(text, enabled);
      const claims: Record<string, NonNullable<ReturnType<typeof claimView>>> = {};
      const stories: Record<string, ReturnType<typeof storyView>> = {};
      for (const p of passages) {
        const pack = enabled.find((x) => x.id === p.pack)!;
        stories[pack.id] ??= storyView(pack);
        if (p.claim) claims[claimKey(pack.id, p.claim)] ??= claimView(pack, p.claim)!;
      }
      return { passages, claims, stories };
    },
    'packs.views': async () => {
      const enabled = await packs();
      return { stories: enabled.map(storyView), claims: enabled.flatMap((p) => p.claims.map((c) => claimView(p, c.id)!)) };
    },
    'claims.list': async () => (await packs()).flatMap((p) => p.claims.map((c) => ({ id: claimKey(p.id, c.id), question: c.question }))),
    reportCounts: ({ flagged }: { flagged: number }, sender: { tabId?: number }) => {
      if (sender.tabId !== undefined) setBadge(sender.tabId, flagged);
      return null;
    },
  };
}

/** Matches `text` as if it followed `context` (so the story is known), keeping only passages in `text`. */
function matchAfter(context: string, text: string, packs: readonly Pack[]) {
  const offset = context.length + 2;
  return findPassagesAll(`${context}\n\n${text}`, packs)
    .filter((p) => p.start >= offset)
    .map((p) => ({
      ...p,
      start: p.start - offset,
      end: p.end - offset,
      ...(p.cues && { cues: p.cues.map((c) => ({ start: c.start - offset, end: c.end - offset })) }),
    }));
}
