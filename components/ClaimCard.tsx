import type { Passage } from '../lib/match/types';
import type { ClaimView, StoryView } from '../lib/pack/view';
import { MISATTRIBUTED_TEXT, STATUS_TEXT } from './labels';
import { StatusBadge } from './StatusBadge';
import { VersionsTable } from './VersionsTable';

type Props = {
  passage: Passage;
  /** The passage's claim; null for an open-world unsourced passage (something no claim lists). */
  claim: ClaimView | null;
  story: StoryView;
  /** Several stories are on: say which one the passage belongs to. */
  showStory?: boolean;
  onClose: () => void;
};

/** The in-page card for one highlight: the claim, the accounts' versions, and why the passage matched. */
export function ClaimCard({ passage, claim, story, showStory = false, onClose }: Props) {
  const credited = passage.credits ? story.accounts.find((a) => a.id === passage.credits)?.name ?? passage.credits : null;
  return (
    <div class="cc-card" role="dialog" aria-label={`Crosscheck: ${claim?.question ?? 'unsourced passage'}`}>
      <header class="cc-card__head">
        <span class="cc-badges">
          {passage.misattributed && (
            <span class="cc-badge cc-badge--misattributed" title={MISATTRIBUTED_TEXT.explain}>
              <span aria-hidden="true">{MISATTRIBUTED_TEXT.symbol}</span> {MISATTRIBUTED_TEXT.label}
            </span>
          )}
          <StatusBadge status={passage.status} />
        </span>
        <button type="button" class="cc-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {showStory && <p class="cc-story">{story.title}</p>}
      {passage.misattributed && credited && (
        <p class="cc-misattributed" role="note">
          <strong>Credited to {credited}, who did not say this.</strong> {passage.attribution}
        </p>
      )}
      {claim ? (
        <>
          <p class="cc-question">{claim.question}</p>
          <p class="cc-summary">{claim.summary}</p>
          <p class="cc-explain">{STATUS_TEXT[passage.status].explain}</p>
          <VersionsTable claim={claim} story={story} verdicts={passage.verdicts} revisions={passage.revisions} credits={passage.credits} />
        </>
      ) : (
        <>
          <p class="cc-question">Goes beyond every account</p>
          <p class="cc-summary">
            {(passage.elements ?? []).map((e) => `“${e}”`).join(', ')} {passage.elements && passage.elements.length > 1 ? 'are' : 'is'} in none of the accounts (
            {story.accounts.map((a) => a.name).join(', ')}).
          </p>
        </>
      )}
      <p class="cc-evidence">Matched on: {passage.evidence.length ? passage.evidence.map((e) => `“${e}”`).join(', ') : '—'}</p>
    </div>
  );
}
