import { passageStepsAll } from '../../lib/match/find-passages';
import { createJobs, runSliced } from '../../lib/match/run-sliced';
import { shiftPassages } from '../../lib/messaging/shift-passages';
import type { Passage } from '../../lib/match/types';
import type { Pack } from '../../lib/pack/schema';
import { claimKey, claimView, storyView } from '../../lib/pack/view';
import type { Sender } from '../../lib/messaging/router';

/**
 * Work per slice before the worker takes other messages: a tab's popup or another tab's check waits
 * at most about this long behind a page being read.
 */
const SLICE_MS = 10;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** A page's checks are its own: keyed by the tab and frame the browser says sent them. */
const ownerOf = (sender: Sender) => `${sender.tabId ?? sender.url ?? ''}:${sender.frameId ?? 0}`;

/**
 * Runs the matcher for a page. The matcher (and its language model) lives here, not in every page.
 * `packs` gives the packs that are on, the same objects from call to call until they change (the
 * matcher keeps each pack's compiled form per object).
 */
export function createMatchHandlers(packs: () => Promise<readonly Pack[]>, setBadge: (tabId: number, flagged: number) => void) {
  const jobs = createJobs();
  return {
    match: async ({ text, context, job }: { text: string; context?: string; job?: string }, sender: Sender) => {
      const enabled = await packs();
      const tracked = jobs.start(ownerOf(sender), job);
      let passages: Passage[];
      try {
        passages = await runSliced(context ? matchAfter(context, text, enabled) : passageStepsAll(text, enabled), { sliceMs: SLICE_MS, pause, cancelled: tracked.cancelled });
      } finally {
        tracked.done();
      }
      const claims: Record<string, NonNullable<ReturnType<typeof claimView>>> = {};
      const stories: Record<string, ReturnType<typeof storyView>> = {};
      for (const p of passages) {
        const pack = enabled.find((x) => x.id === p.pack)!;
        stories[pack.id] ??= storyView(pack);
        if (p.claim) claims[claimKey(pack.id, p.claim)] ??= claimView(pack, p.claim)!;
      }
      return { passages, claims, stories };
    },
    /** The page no longer needs a check it asked for (the text was replaced): its worker time goes to others. */
    'match.cancel': ({ job }: { job: string }, sender: Sender) => jobs.cancel(ownerOf(sender), job),
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

/** Matches `text` as if it followed `context` (so the story is known), keeping only passages in `text` (in steps). */
function* matchAfter(context: string, text: string, packs: readonly Pack[]): Generator<void, Passage[]> {
  const offset = context.length + 2;
  const all = yield* passageStepsAll(`${context}\n\n${text}`, packs);
  return shiftPassages(all.filter((p) => p.start >= offset), -offset);
}
