import { claimKey, type ClaimView, type StoryView } from '../lib/pack/view';
import { accountsSplit, leadPassage, sharedVerdicts, type ClaimOnPage } from '../lib/reader/claims-on-page';
import { kindOf } from '../lib/reader/kinds';
import { KIND_TEXT } from './labels';
import { StatusBadge } from './StatusBadge';
import { VersionsTable } from './VersionsTable';

type Props = {
  /** In the order to show them (claimsOnPage: disputes first). */
  items: ClaimOnPage[];
  showStory?: boolean;
  onJump?: (key: string) => void;
};

/** How many of a claim's passages the popup quotes before "and N more". */
const QUOTED = 2;

/**
 * Each claim found on the page: how the page stands on it, the page's own words, the accounts'
 * versions side by side, and a button to go to its passages. Page text is quoted with `dir="auto"`:
 * a right-to-left page's sentences lay out in their own direction inside the English popup.
 */
export function ClaimList({ items, showStory = false, onJump }: Props) {
  return (
    <ol class="cc-claims">
      {items.map(({ key, claim, story, passages, kind }) => {
        const lead = leadPassage(passages);
        // Verdicts only where every passage has the same: two passages may side with different accounts.
        const verdicts = sharedVerdicts(passages) ?? undefined;
        return (
          <li class={`cc-claim cc-claim--${kind}`} key={key} data-claim={key} data-kind={kind}>
            <div class="cc-claim__head">
              <StatusBadge status={kind} />
              {/* The claim is in the button's name, so a list of buttons read out of context still says where each goes. */}
              <button type="button" class="cc-jump" onClick={() => onJump?.(key)} title="Scroll to the next passage on this claim">
                Show {passages.length === 1 ? 'the passage' : `${passages.length} passages`} on the page
                <span class="cc-sr"> about: {claim ? claim.question : 'what goes beyond every account'}</span> <span aria-hidden="true">→</span>
              </button>
            </div>
            {showStory && <p class="cc-story">{story.title}</p>}
            <p class="cc-question">{claim ? claim.question : 'What goes beyond every account'}</p>
            <ul class="cc-onpage" aria-label="On this page">
              {passages.slice(0, QUOTED).map((p) => (
                <li key={p.start}>
                  {passages.length > 1 && (
                    <span class={`cc-onpage__kind cc-onpage__kind--${kindOf(p)}`} title={KIND_TEXT[kindOf(p)].label}>
                      {KIND_TEXT[kindOf(p)].symbol}
                    </span>
                  )}
                  <q dir="auto">{p.text}</q>
                </li>
              ))}
              {passages.length > QUOTED && <li class="cc-more">and {passages.length - QUOTED} more on the page</li>}
            </ul>
            {passages.filter((p) => p.misattributed && p.attribution).map((p) => (
              <p class="cc-misattributed" key={`m${p.start}`}>
                <strong>Misattributed:</strong> <span dir="auto">{p.attribution}</span>
              </p>
            ))}
            {claim ? (
              <>
                {accountsSplit(claim, story) && <p class="cc-conflict">The accounts disagree on this.</p>}
                <VersionsTable claim={claim} story={story} verdicts={verdicts} revisions={verdicts ? lead?.revisions : undefined} credits={lead?.credits} />
              </>
            ) : (
              <>
                <ul class="cc-elements">
                  {passages.map((p) => (
                    <li key={p.start} dir="auto">
                      {(p.elements ?? []).map((e) => `“${e}”`).join(', ')}
                    </li>
                  ))}
                </ul>
                <p class="cc-unbacked">No account ({story.accounts.map((a) => a.name).join(', ')}) says these.</p>
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
