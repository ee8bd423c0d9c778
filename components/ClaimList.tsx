import type { Claim, ClaimSet } from '../lib/claims/schema';
import { SOURCE_IDS } from '../lib/claims/schema';
import type { Passage, Status } from '../lib/match/types';
import { StatusBadge } from './StatusBadge';
import { VersionsTable } from './VersionsTable';

export type ClaimOnPage = { claim: Claim; passages: Passage[]; status: Status };

const WEIGHT: Record<Status, number> = { contradicts: 3, contested: 2, unsourced: 1, agrees: 0 };

/** Groups a page's passages by claim, in reading order, each with its most serious status. */
export function claimsOnPage(passages: Passage[], claimSet: ClaimSet): ClaimOnPage[] {
  const byId = new Map(claimSet.claims.map((c) => [c.id, c]));
  const groups = new Map<string, ClaimOnPage>();
  for (const p of [...passages].sort((a, b) => a.start - b.start)) {
    const claim = byId.get(p.claim);
    if (!claim) continue;
    const group = groups.get(p.claim) ?? { claim, passages: [], status: p.status };
    group.passages.push(p);
    if (WEIGHT[p.status] > WEIGHT[group.status]) group.status = p.status;
    groups.set(p.claim, group);
  }
  return [...groups.values()];
}

/** True when AFP, i24 and Samaa take different positions on the claim. */
export const accountsSplit = (claim: Claim) =>
  new Set(SOURCE_IDS.map((s) => claim.accounts[s]?.position).filter(Boolean)).size > 1;

type Props = {
  items: ClaimOnPage[];
  seeds: ClaimSet['seeds'];
  onJump?: (claimId: string) => void;
};

/** Each claim found on the page, its three versions side by side, and a button to go to it. */
export function ClaimList({ items, seeds, onJump }: Props) {
  return (
    <ol class="cc-claims">
      {items.map(({ claim, passages, status }) => (
        <li class="cc-claim" key={claim.id} data-claim={claim.id}>
          <div class="cc-claim__head">
            <StatusBadge status={status} />
            <button type="button" class="cc-jump" onClick={() => onJump?.(claim.id)} title="Scroll to the next passage on this claim">
              {passages.length} passage{passages.length === 1 ? '' : 's'} →
            </button>
          </div>
          <p class="cc-question">{claim.question}</p>
          {accountsSplit(claim) && <p class="cc-conflict">The accounts disagree on this.</p>}
          <VersionsTable claim={claim} verdicts={passages[0]?.verdicts} seeds={seeds} />
        </li>
      ))}
    </ol>
  );
}

/** The whole claim set: every claim and the three versions, with conflicts marked. */
export function ClaimSetOverview({ claimSet }: { claimSet: ClaimSet }) {
  return (
    <ol class="cc-claims">
      {claimSet.claims.map((claim) => (
        <li class="cc-claim" key={claim.id} data-claim={claim.id}>
          <p class="cc-question">{claim.question}</p>
          {accountsSplit(claim) ? (
            <p class="cc-conflict">The accounts disagree on this.</p>
          ) : SOURCE_IDS.every((s) => !claim.accounts[s]) ? (
            <p class="cc-unbacked">None of the three accounts backs this.</p>
          ) : null}
          <VersionsTable claim={claim} seeds={claimSet.seeds} />
        </li>
      ))}
    </ol>
  );
}
