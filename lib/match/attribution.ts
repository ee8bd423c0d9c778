import type { Span } from '../lang/types';
import type { Claim, Pack } from '../pack/schema';
import type { CompiledPack } from './compile-pack';
import { blankAsides, relativeAsides } from './asides';
import type { SentenceView } from './sentence-view';
import { isCompatible, latestVersion, versionsOf } from './verdicts';

/** A place where a sentence credits one of the pack's accounts ("a shipping agent told Meridian"). */
export interface Credit extends Span {
  account: string;
  text: string;
  /** The relative clause the credit sits in ("Dascu, who the authority said sat in, …"): it covers that clause only. */
  aside?: Span;
}

/**
 * The credits in a sentence, found with the language's attribution cues around each account's names
 * ("told X", "according to X", "X reported", "X's source said"). A sentence that opens by continuing
 * the previous one's source ("The agency also said …", "It also claimed …") takes that credit over.
 */
export function creditsIn(cp: CompiledPack, s: SentenceView, previous: Credit[]): Credit[] {
  const out: Credit[] = [];
  // Read as written and with asides blanked (same length): "Meridian, which named neither negotiator, said …"
  // credits Meridian, and so does "the talks, which the union said covered …".
  for (const text of [s.f, blankAsides(s.f)]) {
    for (const [account, names] of s.cl.accountNames) {
      // Most sentences name no outlet: the short names regex rules out the long credit one.
      names.lastIndex = 0;
      if (!names.test(s.f)) continue;
      const re = s.cl.lang.cues.credit(names.source);
      for (const m of text.matchAll(re)) {
        if (!out.some((c) => c.account === account && c.start === m.index)) out.push({ account, start: m.index, end: m.index + m[0].length, text: s.f.slice(m.index, m.index + m[0].length) });
      }
    }
  }
  const asides = out.length ? relativeAsides(s.f) : [];
  for (const c of out) {
    const aside = asides.find((a) => c.start >= a.start && c.end <= a.end);
    if (aside) c.aside = aside;
  }
  if (!out.length && previous.length === 1 && s.cl.lang.cues.creditCarry.test(s.f)) {
    out.push({ account: previous[0]!.account, start: 0, end: 0, text: previous[0]!.text });
  }
  void cp;
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The credit that covers a passage: the one in its aside or clause, else the sentence's only one. With two
 * accounts in one clause ("Meridian said … and the authority said …") the nearest before the passage's cues wins.
 */
export function creditFor(all: Credit[], at: Span, clause: Span | undefined): Credit | null {
  // A credit inside an aside covers what the aside says, and the sentence's other credits the rest:
  // "Dascu, who the authority said sat in on one of the rounds, did not attend, a shipping agent told Meridian."
  // Where the cues end tells: "Dascu, who the authority said sat in" ends in the aside, "…, did not attend" after it.
  const inside = (c: Credit) => !!c.aside && at.end > c.aside.start && at.end <= c.aside.end;
  const own = all.filter(inside);
  const credits = own.length ? own : all.filter((c) => !c.aside);
  if (!credits.length) return null;
  const inClause = clause ? credits.filter((c) => c.start >= clause.start && c.end <= clause.end) : [];
  const pool = inClause.length ? inClause : new Set(credits.map((c) => c.account)).size === 1 ? credits : [];
  if (!pool.length) return null;
  const before = pool.filter((c) => c.start <= at.start).at(-1);
  return before ?? pool[0]!;
}

/**
 * Whether the credited account said what the passage credits it with: it agrees with its latest
 * version, or with an earlier one it later revised. Otherwise the passage is misattributed, and the
 * note says what the account actually said and whose account the claim is.
 */
export function judgeCredit(pack: Pack, claim: Claim | null, position: string | null, account: string, elements: string[] = []): { misattributed: boolean; attribution?: string } {
  const name = pack.accounts.find((a) => a.id === account)?.name ?? account;
  if (!claim || !position) {
    const what = elements.length ? elements.map((e) => `“${e}”`).join(', ') : 'this';
    return { misattributed: true, attribution: `${name} says nothing of ${what}; none of the accounts does.` };
  }
  // The account said it: one of its versions takes this very position (its first report counts). A merely
  // compatible one does not ("Meridian named Ferrin" when Meridian spoke of the union's deputy).
  const versions = versionsOf(claim, account);
  if (versions.some((v) => v.position === position)) return { misattributed: false };
  // The account published another voice saying it ("an agent told the agency"): crediting the account is true.
  // The quote sits in a segment of that account's, or in an unattributed one of a source the account
  // speaks in first-hand (its own dispatch, where what no one else is credited with is its reporting).
  const carried = claim.otherVoices.some((v) => {
    const source = pack.sources.find((s) => s.id === v.source);
    const own = source?.carries.some((c) => c.account === account && c.via === 'first-hand') ?? false;
    return source?.segments.some((seg) => (seg.account === account || (seg.account === null && own)) && seg.text.includes(v.quote));
  });
  if (carried && claim.positions.some((p) => p.id === position)) return { misattributed: false };
  const backers = pack.accounts
    .filter((a) => a.id !== account)
    .map((a) => ({ a, v: latestVersion(claim, a.id) }))
    .filter((x) => x.v && isCompatible(claim, x.v.position, position));
  const whose = backers.length ? ` It is ${backers.map((b) => `${b.a.name}’s`).join(' and ')} account: ${backers[0]!.v!.says}` : ' None of the accounts says it.';
  const latest = versions.at(-1);
  if (!latest) return { misattributed: true, attribution: `${name} says nothing on this.${whose}` };
  return { misattributed: true, attribution: `${name} said otherwise: ${latest.says}${whose}` };
}
