import type { Span } from '../lang/types';
import { countedNoun, type AccountIndex } from './account-index';
import { datelineEnd } from './dateline';
import { dayRelation } from './events';
import type { FrameContext } from './frames/types';
import { anyPattern } from './pattern/match-pattern';
import { toFolded, type SentenceView } from './sentence-view';

/** A checkable element of a sentence that no account carries. */
export interface Element extends Span {
  text: string;
  kind: 'entity' | 'name' | 'number' | 'date' | 'quote' | 'decision';
}

const ATTRIBUTED_TO = /\b(?:told|tells|telling|according to|quoted by|cited by|reported by|reporting by|via|speaking to|spoke to|in an interview with)\s+(?:the\s+)?$/i;


// Nouns for the two sides of a two-sided story, after "two" or "one" (with an adjective between).
const PAIR_NOUN = /^(?:[\w-]+\s+)?(?:sides?|foes?|enem(?:y|ies)|countries|country|states?|nations?|adversaries|adversary|neighbou?rs?|officials?|governments?|delegations?|men|parties|rivals?|capitals?|leaders?)\b/;
// A quote counts as the accounts' own when this share of its words is in one account's text.
const QUOTE_OVERLAP = 0.6;
// Short capitalised words that are titles or kinds, not names ("Minister", "Ministry").
const MIN_NAME_LETTERS = 3;

/**
 * Open-world "unsourced": the elements of a sentence about the event that none of the accounts
 * contains — a person, organisation or place, a number, a date, quoted words, a decision or plan.
 * Precision first: an element the accounts carry in other words (an entity by another alias, the same
 * number, the same month, a quote's words) is theirs; common knowledge the pack lists is never an
 * element; the outlet a sentence credits is attribution, not content.
 */
export function novelElements(s: SentenceView, ctx: FrameContext, index: AccountIndex, skip: Span[], claimed: Span[] = []): Element[] {
  const lang = s.cl.lang;
  const cues = lang.cues;
  const cp = ctx.cp;
  const background = s.cl.compileAll(cp.pack.background[lang.id]);
  const out: Element[] = [];
  const covered = (span: Span) =>
    skip.some((k) => span.start < k.end && span.end > k.start) ||
    anyPattern(background, s.t, Math.max(0, span.start - 40), Math.min(s.f.length, span.end + 40)) !== null &&
      overlapsBackground(s, background, span);
  // A claim's own names ("Mirela Dascu led the delegation" is the claim that she did) are not additions to it;
  // its numbers and quotes may be ("three meetings" says more than "several").
  const claimedEntities = new Set(s.mentions.filter((m) => claimed.some((k) => m.start < k.end && m.end > k.start)).map((m) => m.entity));
  const ownName = (e: Element) =>
    (e.kind === 'entity' || e.kind === 'name') &&
    (claimed.some((k) => e.start < k.end && e.end > k.start) || s.mentions.some((m) => claimedEntities.has(m.entity) && m.start < e.end && m.end > e.start));
  const accountNameAt = accountSpans(s);
  // A wire dateline ("PORT CITY, March 3 (Agency) —") names the publisher, not a fact.
  const filed = datelineEnd(s);
  if (filed) accountNameAt.push({ start: 0, end: filed });
  const inAccountName = (e: Span) => accountNameAt.some((a) => e.start < a.end && e.end > a.start);
  // The claim's own count ("one of them", "two meetings") is the claim; a larger figure says more.
  const ownCount = (e: Element) => e.kind === 'number' && /^\D*[12]?\D*$/.test(e.text) && claimed.some((k) => e.start < k.end && e.end > k.start);
  // A day a date claim reads ("met on Friday") is that claim's value, agreeing or contradicting: not an addition.
  const ownDay = (e: Element) => e.kind === 'date' && claimed.some((k) => e.start < k.end && e.end > k.start);
  const add = (e: Element) => {
    if (!covered(e) && !ownName(e) && !ownCount(e) && !ownDay(e) && !inAccountName(e) && !out.some((o) => e.start < o.end && e.end > o.start)) out.push(e);
  };

  for (const m of s.mentions) {
    if (index.entities.has(m.entity) || accountNameAt.some((a) => m.start < a.end && m.end > a.start)) continue;
    const e = cp.pack.entities.find((x) => x.id === m.entity);
    if (!e) continue;
    add({ start: m.start, end: m.end, text: m.text, kind: 'entity' });
  }
  if (cues.properName) {
    for (const n of s.text.matchAll(cues.properName)) {
      const whole = refold(s, n.index, n.index + n[0].replace(/[.,'’]+$/u, '').length);
      // The name with the pack's mentions and the accounts' names cut out: "the PVA's Marine Services" leaves "Marine Services".
      for (const part of withoutMentions(s, whole, accountNameAt)) {
        const raw = s.text.slice(unfoldRel(s, part.start), unfoldRel(s, part.end)).replace(/^[\s'’s]+|[\s.,'’]+$/gu, '');
        if (!/\p{Lu}/u.test(raw)) continue;
        const start = part.start + Math.max(0, s.text.slice(unfoldRel(s, part.start), unfoldRel(s, part.end)).indexOf(raw));
        const span = { start, end: start + raw.length };
        // "told the Evening Courier", "according to Channel 9": the outlet a sentence cites is attribution.
        if (ATTRIBUTED_TO.test(s.text.slice(0, unfoldRel(s, start)))) continue;
        const name = novelName(s, index, raw, span, start === 0 || /^[\s"“'‘(]*$/.test(s.text.slice(0, unfoldRel(s, start))));
        if (name) add(name);
      }
    }
  }
  if (cues.titledName) {
    const texts = index.texts.get(lang.id) ?? [];
    for (const n of s.f.matchAll(cues.titledName)) {
      const name = n[1]!;
      const start = n.index + n[0].length - name.length;
      const span = { start, end: start + name.length };
      // An office held by someone the pack names ("رئيس النقابة داسكو") is that person's.
      if (s.mentions.some((m) => m.start < n.index + n[0].length && m.end > n.index) || inAccountName(span)) continue;
      // A name an account carries is theirs, whatever office this page gives it.
      if (texts.some((t) => t.includes(name))) continue;
      add({ ...span, text: s.text.slice(unfoldRel(s, span.start), unfoldRel(s, span.end)), kind: 'name' });
    }
  }
  const pairs = [...s.f.matchAll(new RegExp(cues.bothSides.source, 'gi'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const n of lang.numbers(s.f)) {
    if (!n.noun || /^(?:of|and|or|to|in|on|at|as|than|by|for|from|with|is|was|were|are|had|has|have|the|a|an|who|which|that)$/.test(n.noun)) continue;
    if (pairs.some((p) => n.index >= p.start && n.index < p.end)) continue;
    // "two bitter foes", "one union official and one authority official": the story's own pair, not a figure.
    if (n.value <= 2 && PAIR_NOUN.test(s.f.slice(n.index + n.text.length - n.noun.length, n.index + n.text.length + 30))) continue;
    if (n.value <= 2 && s.mentions.some((m) => cpSide(ctx, m.entity) && m.end >= n.index - 12 && m.start <= n.index + n.text.length + 12)) continue;
    const span = { start: n.index, end: n.index + n.text.length };
    if (lang.days(s.f.slice(Math.max(0, n.index - 12), n.index + n.text.length + 12)).some((d) => d.day !== undefined || d.year !== undefined)) continue;
    // Nouns compare within a language. Across languages (an Arabic page, English accounts) the figure
    // decides from three up, so an account's "three sources" is not an Arabic page's unsourced "ثلاثة
    // مصادر"; "one" and "two" are too common for that, and need a word for a meeting on both sides.
    const noun = countedNoun(lang, n.noun);
    if (index.numbers.some((x) => x.value === n.value && (x.lang === lang.id || n.value <= 2 ? x.noun === noun : true))) continue;
    if (n.value === 1 && /^(?:of|another|more)$/.test(n.noun)) continue;
    add({ ...span, text: n.text, kind: 'number' });
  }
  for (const d of lang.days(s.f)) {
    if (d.ofOtherVerb) continue;
    if (dayRelation(d, ctx.events) === 'same') continue;
    const keys = [d.month && d.day ? `${d.month}-${d.day}` : null, d.month ? `${d.month}` : null, d.weekday !== undefined ? `w${d.weekday}` : null].filter(Boolean) as string[];
    if (!keys.length || keys.some((k) => index.dates.has(k) && (k.includes('-') || !(d.day !== undefined)))) continue;
    add({ start: d.start, end: d.end, text: d.text, kind: 'date' });
  }
  const texts = index.texts.get(lang.id);
  if (texts) {
    cues.quote.lastIndex = 0;
    for (const q of s.f.matchAll(cues.quote)) {
      // Pairs of words in order, not single words: a quote built from the accounts' vocabulary is not their quote.
      const words = q[1]!.match(new RegExp(`[${lang.letter}]+`, 'gu')) ?? [];
      if (words.filter((w) => w.length > 2).length < 3) continue;
      const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
      const best = Math.max(...texts.map((t) => pairs.filter((p) => t.includes(p)).length / pairs.length));
      if (best >= QUOTE_OVERLAP) continue;
      add({ start: q.index, end: q.index + q[0].length, text: q[0], kind: 'quote' });
    }
  }
  cues.timeOfDay.lastIndex = 0;
  for (const m of s.f.matchAll(cues.timeOfDay)) {
    if (index.texts.get(lang.id)?.some((t) => t.includes(m[0]))) continue;
    add({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'date' });
  }
  cues.decision.lastIndex = 0;
  for (const m of s.f.matchAll(cues.decision)) {
    if (index.concepts.has(lang.concept(m[0]))) continue;
    add({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'decision' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const cpSide = (ctx: FrameContext, id: string) => ctx.cp.sideOf.has(id);

/** Where the sentence names one of the accounts or credits it: attribution, never an element. */
function accountSpans(s: SentenceView): Span[] {
  const out: Span[] = [];
  for (const re of s.cl.accountNames.values()) {
    re.lastIndex = 0;
    for (const m of s.f.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function overlapsBackground(s: SentenceView, background: ReturnType<SentenceView['cl']['compileAll']>, span: Span): boolean {
  for (const p of background) {
    const m = anyPattern([p], s.t, Math.max(0, span.start - 40), Math.min(s.f.length, span.end + 40));
    if (m && m.start <= span.start && m.end >= span.end) return true;
    if (m && m.start < span.end && m.end > span.start) return true;
  }
  return false;
}

/** Original offset (into the sentence) of a folded one. */
const unfoldRel = (s: SentenceView, i: number) => (s.map ? s.map[Math.min(i, s.map.length - 1)]! : i);

/** A span with the mentions and account names inside it cut out, as the pieces left. */
function withoutMentions(s: SentenceView, span: Span, accounts: Span[]): Span[] {
  const cuts = [...s.mentions, ...accounts].filter((m) => m.start < span.end && m.end > span.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let from = span.start;
  for (const c of cuts) {
    if (c.start > from) out.push({ start: from, end: c.start });
    from = Math.max(from, c.end);
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out.filter((p) => s.f.slice(p.start, p.end).replace(/[^\p{L}]/gu, '').length >= 3);
}

/** Folded offsets of an original stretch of the sentence. */
const refold = (s: SentenceView, start: number, end: number): Span => toFolded(s, { start, end });

/**
 * A capitalised name the accounts never use: each of its words is looked up in their texts, so
 * "General Secretary" (words the accounts use) is not new while "Hotel Miravel" is. A single word at
 * the sentence's start is taken for a name only if the accounts never write it at all.
 */
function novelName(s: SentenceView, index: AccountIndex, raw: string, span: Span, atStart: boolean): Element | null {
  const lang = s.cl.lang;
  const words = index.words.get(lang.id) ?? new Set<string>();
  const tokens = lang.fold(raw).text.split(/[\s]+/).map((t) => t.replace(/['’]s$/, '').replace(/[.,]$/, ''));
  const content = tokens.filter((t) => t.replace(/[^\p{L}]/gu, '').length >= MIN_NAME_LETTERS && !lang.cues.notAName.has(t) && !/^(?:al|el|bin|ibn|abu)-?$/.test(t));
  if (!content.length) return null;
  if (atStart && tokens.length === 1) return null;
  const fresh = content.filter((t) => !words.has(t) && !words.has(t.replace(/^(?:al|el)-/, '')) && !words.has(t.replace(/s$/, '')));
  if (!fresh.length) return null;
  // Titles alone ("Deputy General Secretary") are kinds of office; a name needs a word the accounts lack that is not a plain lower-case word of the sentence.
  return { ...span, text: raw, kind: 'name' };
}
