import type { Passage } from '../match/types';
import { versionsOf, type ClaimView, type StoryView } from '../pack/view';
import { claimKeyOf } from './group-marks';
import { DISPUTED, kindOf, mostSerious, rankOf, type MarkKind } from './kinds';

/** A claim (or the open-world "goes beyond every account" group) with the page's passages on it. */
export interface ClaimOnPage {
  key: string;
  claim: ClaimView | null;
  story: StoryView;
  /** In reading order. */
  passages: Passage[];
  /** The most serious kind among the passages. */
  kind: MarkKind;
}

/**
 * Groups a page's passages by claim, each with its most serious kind, and orders them the way a reader
 * should meet them: misattributed, contradicted, contested, unsourced, then agreeing; within a kind,
 * in the order the page first touches them. Passages of a claim or story not in the views are left out.
 */
export function claimsOnPage(passages: readonly Passage[], claims: Record<string, ClaimView>, stories: Record<string, StoryView>): ClaimOnPage[] {
  const groups = new Map<string, ClaimOnPage>();
  for (const p of [...passages].sort((a, b) => a.start - b.start)) {
    const story = stories[p.pack];
    if (!story) continue;
    const key = claimKeyOf(p);
    const claim = p.claim ? claims[key] : null;
    if (p.claim && !claim) continue;
    const group = groups.get(key) ?? { key, claim: claim ?? null, story, passages: [], kind: kindOf(p) };
    group.passages.push(p);
    group.kind = mostSerious([group.kind, kindOf(p)]);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => rankOf(b.kind) - rankOf(a.kind));
}

/** The passage that speaks for a claim on the page: its most serious one, the first of those in reading order. */
export const leadPassage = (passages: readonly Passage[]): Passage | undefined =>
  passages.reduce<Passage | undefined>((best, p) => (!best || rankOf(kindOf(p)) > rankOf(kindOf(best)) ? p : best), undefined);

/**
 * The accounts' verdicts when every passage on the claim has the same ones; null when they differ
 * (one passage sides with AFP, another with Samaa), where one set of verdicts would mislead.
 */
export function sharedVerdicts(passages: readonly Passage[]): Passage['verdicts'] | null {
  const first = passages[0];
  if (!first) return null;
  const same = (a: Passage['verdicts'], b: Passage['verdicts']) => Object.keys({ ...a, ...b }).every((k) => a[k] === b[k]);
  return passages.every((p) => same(p.verdicts, first.verdicts)) ? first.verdicts : null;
}

/** True when the accounts' latest versions take different positions on the claim. */
export const accountsSplit = (claim: ClaimView, story: StoryView): boolean =>
  new Set(story.accounts.map((a) => versionsOf(claim, a.id).at(-1)?.position).filter(Boolean)).size > 1;

/** How many points of each sort a page has: disputed claims, what no account backs, agreement. */
export function countPoints(items: readonly ClaimOnPage[]): { disputed: number; unsourced: number; agrees: number } {
  const counts = { disputed: 0, unsourced: 0, agrees: 0 };
  for (const item of items) {
    if (DISPUTED.has(item.kind)) counts.disputed++;
    // Each open-world passage goes beyond the accounts in its own way: one point each.
    else if (item.kind === 'unsourced') counts.unsourced += item.claim ? 1 : item.passages.length;
    else counts.agrees++;
  }
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The popup's first line: what is in dispute on the page, or plainly that nothing is.
 * "3 points in dispute on this page, 1 that no account backs, 5 in agreement with the accounts."
 */
export function summaryLine(items: readonly ClaimOnPage[]): string {
  const { disputed, unsourced, agrees } = countPoints(items);
  // A list of noun phrases; the first names its unit ("points"), the others share it.
  const phrases = [
    unsourced ? ['that no account backs', unsourced] : null,
    agrees ? ['in agreement with the accounts', agrees] : null,
  ].filter((x): x is [string, number] => x !== null);
  const list = (first: boolean, [what, n]: [string, number]) => (first ? `${plural(n, 'point', 'points')} ${what}` : `${n} ${what}`);
  if (!disputed) {
    if (!phrases.length) return 'Nothing on this page is in dispute.';
    return `Nothing on this page is in dispute: ${phrases.map((p, i) => list(i === 0, p)).join(', ')}.`;
  }
  return `${[`${plural(disputed, 'point', 'points')} in dispute on this page`, ...phrases.map((p) => list(false, p))].join(', ')}.`;
}
