import type { Passage, Status } from '../match/types';

/**
 * What a mark tells the reader: a passage's status, or `misattributed` when it credits an account
 * with what that account did not say (a factual error about a source outranks any status).
 */
export type MarkKind = Status | 'misattributed';

/** Most serious first: the order of the popup, of a card's sections, and of a shared mark's choice. */
export const KINDS: readonly MarkKind[] = ['misattributed', 'contradicts', 'contested', 'unsourced', 'agrees'];

const RANK = new Map(KINDS.map((k, i) => [k, KINDS.length - i]));

/** Higher is more serious. */
export const rankOf = (kind: MarkKind): number => RANK.get(kind) ?? 0;

export const kindOf = (p: Pick<Passage, 'status' | 'misattributed'>): MarkKind => (p.misattributed ? 'misattributed' : p.status);

/** The most serious of some kinds (`agrees` for none). */
export const mostSerious = (kinds: Iterable<MarkKind>): MarkKind => {
  let best: MarkKind = 'agrees';
  for (const k of kinds) if (rankOf(k) > rankOf(best)) best = k;
  return best;
};

/** How the claim itself stands, said after a misattribution: "on the claim itself, every account…". */
export const onTheClaimItself = (status: Status): string => {
  const explain = KIND_TEXT[status].explain;
  return `On the claim itself, ${explain.charAt(0).toLowerCase()}${explain.slice(1)}`;
};

/** Kinds that are in dispute: the page says what an account denies, or credits it wrongly, or the accounts split. */
export const DISPUTED: ReadonlySet<MarkKind> = new Set(['misattributed', 'contradicts', 'contested']);

/**
 * Words and symbols for each kind. The symbol and the underline style (mark-style.ts) carry the
 * meaning where colour cannot; `legend` is how the legend says it.
 */
export const KIND_TEXT: Record<MarkKind, { label: string; symbol: string; explain: string; legend: string }> = {
  misattributed: {
    label: 'Misattributed',
    symbol: '!',
    explain: 'The passage credits an account with what it did not say.',
    legend: 'Credits one of the accounts with something it did not say.',
  },
  contradicts: {
    label: 'Contradicts',
    symbol: '✗',
    explain: 'Every account that speaks to this says otherwise.',
    legend: 'Says the opposite of every account that speaks to it.',
  },
  contested: {
    label: 'Contested',
    symbol: '⇄',
    explain: 'The accounts disagree among themselves on this.',
    legend: 'The accounts disagree among themselves; the passage sides with some of them.',
  },
  unsourced: {
    label: 'Unsourced',
    symbol: '?',
    explain: 'None of the accounts backs this.',
    legend: 'Goes beyond every account: none of them says it.',
  },
  agrees: {
    label: 'Agrees',
    symbol: '✓',
    explain: 'Every account that speaks to this says the same.',
    legend: 'Says what the accounts say. Kept quiet: a thin underline, no badge.',
  },
};
