import type { Passage } from '../lib/match/types';
import type { MarkSection } from '../lib/reader/group-marks';
import type { ClaimView, StoryView } from '../lib/pack/view';
import { leadPassage } from '../lib/reader/claims-on-page';
import { onTheClaimItself } from '../lib/reader/kinds';
import { KIND_TEXT } from './labels';
import { StatusBadge } from './StatusBadge';
import { VersionsTable } from './VersionsTable';

type Props = {
  section: MarkSection;
  /** The section's claim; null for what goes beyond every account (open-world passages). */
  claim: ClaimView | null;
  story: StoryView;
  /** Show the section's own badge (off when the card's head already shows the one kind). */
  badge?: boolean;
};

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');
const accountName = (story: StoryView, id: string) => story.accounts.find((a) => a.id === id)?.name ?? id;

/**
 * One claim of a mark's card: how the passage stands on it and why, what each account says with the
 * credited account marked, and for a passage that goes beyond every account, what none of them carries.
 */
export function ClaimCard({ section, claim, story, badge = true }: Props) {
  const lead = leadPassage(section.passages)!;
  const evidence = [...new Set(section.passages.flatMap((p) => p.evidence))];
  return (
    <section class={`cc-section cc-section--${section.kind}`} data-claim={section.key}>
      <header class="cc-section__head">
        {badge && <StatusBadge status={section.kind} />}
        <h3 class="cc-question">{claim ? claim.question : 'Goes beyond every account'}</h3>
      </header>
      {section.passages.filter((p) => p.misattributed).map((p) => <Misattributed key={p.start} passage={p} story={story} />)}
      {claim ? (
        <>
          <p class="cc-explain">{lead.misattributed ? onTheClaimItself(lead.status) : KIND_TEXT[lead.status].explain}</p>
          <VersionsTable claim={claim} story={story} verdicts={lead.verdicts} revisions={lead.revisions} credits={lead.credits} />
        </>
      ) : (
        <>
          <ul class="cc-elements">
            {section.passages.map((p) => (
              <li key={p.start} dir="auto">
                {p.elements?.length ? quoted(p.elements) : `“${p.text}”`}
              </li>
            ))}
          </ul>
          <p class="cc-unbacked">No account ({story.accounts.map((a) => a.name).join(', ')}) says this.</p>
        </>
      )}
      {/* Open-world passages explain themselves by their elements above. */}
      {claim && <p class="cc-evidence">Matched on: {evidence.length ? quoted(evidence) : '—'}</p>}
    </section>
  );
}

/** The banner of a passage that credits an account with what it did not say, and what it did say. */
function Misattributed({ passage, story }: { passage: Passage; story: StoryView }) {
  const credited = passage.credits ? accountName(story, passage.credits) : 'an account';
  return (
    <p class="cc-misattributed" role="note">
      <strong>
        The page credits this to {credited}, who did not say it.
      </strong>{' '}
      {passage.attribution && <span dir="auto">{passage.attribution}</span>}
    </p>
  );
}
