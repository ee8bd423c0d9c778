import type { Passage, Status } from '../lib/match/types';
import { claimKey, versionsOf, type ClaimView, type StoryView } from '../lib/pack/view';
import { MISATTRIBUTED_TEXT } from './labels';
import { StatusBadge } from './StatusBadge';
import { VersionsTable } from './VersionsTable';

/** A claim (or the open-world "goes beyond every account" group) with the page's passages on it. */
export type ClaimOnPage = { key: string; claim: ClaimView | null; story: StoryView; passages: Passage[]; status: Status; misattributed: boolean };

/** How far up the popup a claim goes: what is in dispute first, quiet agreement last. */
const WEIGHT: Record<Status, number> = { contradicts: 3, contested: 2, unsourced: 1, agrees: 0 };
const rank = (c: ClaimOnPage) => (c.misattributed ? 10 : 0) + WEIGHT[c.status];

/** Groups a page's passages by claim, each with its most serious status, disputes first, then in reading order. */
export function claimsOnPage(passages: Passage[], claims: Record<string, ClaimView>, stories: Record<string, StoryView>): ClaimOnPage[] {
  const groups = new Map<string, ClaimOnPage>();
  for (const p of [...passages].sort((a, b) => a.start - b.start)) {
    const story = stories[p.pack];
    if (!story) continue;
    const key = p.claim ? claimKey(p.pack, p.claim) : `${p.pack}/open`;
    const claim = p.claim ? claims[key] : null;
    if (p.claim && !claim) continue;
    const group = groups.get(key) ?? { key, claim: claim ?? null, story, passages: [], status: p.status, misattributed: false };
    group.passages.push(p);
    if (WEIGHT[p.status] > WEIGHT[group.status]) group.status = p.status;
    group.misattributed ||= Boolean(p.misattributed);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => rank(b) - rank(a));
}

/** True when the accounts' latest versions take different positions on the claim. */
export const accountsSplit = (claim: ClaimView, story: StoryView) =>
  new Set(story.accounts.map((a) => versionsOf(claim, a.id).at(-1)?.position).filter(Boolean)).size > 1;

type Props = {
  items: ClaimOnPage[];
  showStory?: boolean;
  onJump?: (key: string) => void;
};

/** Each claim found on the page, the accounts' versions side by side, and a button to go to its passages. */
export function ClaimList({ items, showStory = false, onJump }: Props) {
  return (
    <ol class="cc-claims">
      {items.map(({ key, claim, story, passages, status, misattributed }) => {
        const first = passages.find((p) => p.misattributed) ?? passages[0];
        return (
          <li class={`cc-claim cc-claim--${status}`} key={key} data-claim={key}>
            <div class="cc-claim__head">
              <span class="cc-badges">
                {misattributed && (
                  <span class="cc-badge cc-badge--misattributed" title={MISATTRIBUTED_TEXT.explain}>
                    <span aria-hidden="true">{MISATTRIBUTED_TEXT.symbol}</span> {MISATTRIBUTED_TEXT.label}
                  </span>
                )}
                <StatusBadge status={status} />
              </span>
              <button type="button" class="cc-jump" onClick={() => onJump?.(key)} title="Scroll to the next passage on this claim">
                {passages.length} passage{passages.length === 1 ? '' : 's'} →
              </button>
            </div>
            {showStory && <p class="cc-story">{story.title}</p>}
            {claim ? (
              <>
                <p class="cc-question">{claim.question}</p>
                {accountsSplit(claim, story) && <p class="cc-conflict">The accounts disagree on this.</p>}
                {misattributed && first?.attribution && <p class="cc-misattributed">{first.attribution}</p>}
                <VersionsTable claim={claim} story={story} verdicts={first?.verdicts} revisions={first?.revisions} credits={first?.credits} />
              </>
            ) : (
              <>
                <p class="cc-question">What goes beyond every account</p>
                <ul class="cc-elements">
                  {passages.map((p) => (
                    <li key={p.start}>
                      {(p.elements ?? []).map((e) => `“${e}”`).join(', ')}
                      {p.misattributed && p.attribution ? ` — ${p.attribution}` : ''}
                    </li>
                  ))}
                </ul>
                <p class="cc-unbacked">None of {story.accounts.map((a) => a.name).join(', ')} says these.</p>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Every claim of the enabled stories and the accounts' versions, with conflicts marked. */
export function ClaimSetOverview({ stories, claims }: { stories: StoryView[]; claims: ClaimView[] }) {
  return (
    <>
      {stories.map((story) => (
        <section key={story.pack} class="cc-overview">
          {stories.length > 1 && <h2 class="cc-story">{story.title}</h2>}
          <ol class="cc-claims">
            {claims
              .filter((c) => c.pack === story.pack)
              .map((claim) => (
                <li class="cc-claim" key={claim.id} data-claim={claimKey(story.pack, claim.id)}>
                  <p class="cc-question">{claim.question}</p>
                  {accountsSplit(claim, story) ? (
                    <p class="cc-conflict">The accounts disagree on this.</p>
                  ) : claim.versions.length === 0 ? (
                    <p class="cc-unbacked">None of the accounts backs this.</p>
                  ) : null}
                  <VersionsTable claim={claim} story={story} />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </>
  );
}
