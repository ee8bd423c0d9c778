import { cuesOf, groupText, type MarkGroup } from '../lib/reader/group-marks';
import { rankOf } from '../lib/reader/kinds';
import type { ClaimView, StoryView } from '../lib/pack/view';
import { ClaimCard } from './ClaimCard';
import { CuedText } from './CuedText';
import { StatusBadge } from './StatusBadge';

type Props = {
  group: MarkGroup;
  /** The claim of a section by its key; null for the open-world section or a claim not known. */
  claimOf: (key: string) => ClaimView | null;
  storyOf: (pack: string) => StoryView | undefined;
  /** Several stories are on: say which one the passage belongs to. */
  showStory?: boolean;
  /** How many of the reader's notes sit on the passage (their text is not here: it stays in the note frame). */
  notes?: number;
  onOpenNote?: (index: number) => void;
  onClose: () => void;
};

/**
 * The in-page card for one mark: the sentence with the words it matched on marked, then one section
 * per claim it carries, most serious first. Agreement next to a dispute is folded away (a click or
 * Enter opens it), so the dispute is what the reader meets first. `dir="ltr"`: the card speaks
 * English even on a right-to-left page; quotes take their own direction.
 */
export function MarkCard({ group, claimOf, storyOf, showStory = false, notes = 0, onOpenNote = () => undefined, onClose }: Props) {
  const cues = group.passages.flatMap(cuesOf);
  const many = group.sections.length;
  const first = storyOf(group.passages[0]!.pack);
  return (
    <div class="cc-card" role="dialog" dir="ltr" lang="en" aria-labelledby="cc-card-title">
      {/* A div, not a header: a header outside any section is the page's banner landmark. */}
      <div class="cc-card__head">
        {/* One claim: its badge heads the card. Several: each section has its own, the head counts them. */}
        <h2 class="cc-card__title" id="cc-card-title">
          <span class="cc-visually-hidden">Crosscheck: </span>
          {many > 1 ? <span class="cc-count">{many} claims in this passage, most serious first</span> : <StatusBadge status={group.kind} />}
        </h2>
        <button type="button" class="cc-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {showStory && first && <p class="cc-story">{first.title}</p>}
      <CuedText text={groupText(group)} start={group.start} cues={cues} />
      {/* Right under the quote, where a reader who hovered their note's words sees it at once. */}
      {notes > 0 && (
        <div class="cc-notes">
          {Array.from({ length: notes }, (_, i) => (
            <button type="button" class="cc-open-note" key={i} onClick={() => onOpenNote(i)}>
              <span aria-hidden="true">✎ </span>
              {notes > 1 ? `Your note ${i + 1} on this passage` : 'Your note on this passage'}
            </button>
          ))}
        </div>
      )}
      {group.sections.map((section) => {
        const story = storyOf(section.passages[0]!.pack);
        if (!story) return null;
        const body = <ClaimCard section={section} claim={claimOf(section.key)} story={story} badge={many > 1} />;
        // Quiet agreement beside a dispute: folded, its question still visible.
        if (section.kind === 'agrees' && rankOf(group.kind) > rankOf('agrees')) {
          return (
            <details class="cc-fold" key={section.key}>
              <summary>
                Also agrees: {claimOf(section.key)?.question ?? 'a claim'}
              </summary>
              {body}
            </details>
          );
        }
        return <div key={section.key}>{body}</div>;
      })}
    </div>
  );
}
