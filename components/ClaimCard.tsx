import type { Claim } from '../lib/claims/schema';
import type { Passage } from '../lib/match/types';
import { STATUS_TEXT } from './labels';
import { StatusBadge } from './StatusBadge';
import { VersionsTable } from './VersionsTable';

type Props = {
  passage: Passage;
  claim: Claim;
  seeds: Record<string, { outlet: string; title: string }>;
  /** The reader's notes on this passage, shown under the verdict. */
  notes?: { id: string; body: string; tag: string | null }[];
  onClose: () => void;
};

/** The in-page card for one highlight: the claim, the three versions, and why the passage matched. */
export function ClaimCard({ passage, claim, seeds, notes = [], onClose }: Props) {
  return (
    <div class="cc-card" role="dialog" aria-label={`Crosscheck: ${claim.question}`}>
      <header class="cc-card__head">
        <StatusBadge status={passage.status} />
        <button type="button" class="cc-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <p class="cc-question">{claim.question}</p>
      <p class="cc-summary">{claim.summary}</p>
      <p class="cc-explain">{STATUS_TEXT[passage.status].explain}</p>
      <VersionsTable claim={claim} verdicts={passage.verdicts} seeds={seeds} />
      <p class="cc-evidence">
        Matched on: {passage.evidence.length ? passage.evidence.map((e) => `“${e}”`).join(', ') : '—'}
      </p>
      {notes.length > 0 && (
        <section class="cc-notes" aria-label="Your notes">
          {notes.map((n) => (
            <p key={n.id} class="cc-note">
              {n.tag && <span class="cc-tag">{n.tag}</span>} {n.body}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
