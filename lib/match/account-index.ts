import type { Language } from '../lang/types';
import type { Lang } from '../pack/schema';
import type { CompiledLang, CompiledPack } from './compile-pack';

/**
 * What the accounts actually say, indexed for the open-world check: which entities each account's own
 * words mention (in any language the pack covers, so an Arabic sentence is checked against English
 * copy through the entities' aliases), which words, numbers and dates they use, and which decision
 * concepts. Built once per pack from its sources' segments; other voices' and publishers' words are
 * not in it, so what only they say stays unsourced.
 */
export interface AccountIndex {
  /** Entity ids some account mentions. */
  entities: Set<string>;
  /** Folded words of the accounts' texts, per language. */
  words: Map<Lang, Set<string>>;
  /** Number values the accounts use, with the words that follow them. */
  /** Each number with the noun it counts, as `countedNoun` gives it, and the language it was read in. */
  numbers: { value: number; noun: string; lang: Lang }[];
  /** Months and days the accounts name (as "m" and "m-d"). */
  dates: Set<string>;
  /** Decision and plan concepts the accounts mention. */
  concepts: Set<string>;
  /** Folded account texts, per language, for quotes. */
  texts: Map<Lang, string[]>;
}

// Words for one meeting count the same ("one session" is "one meeting"); other nouns by their stem.
const MEETING_NOUN = /^(?:meetings?|sessions?|rounds?|encounters?|talks?|sittings?|contacts?)$/;

/** The noun a number counts, in a form two numbers can be compared by: "meeting" for any word for one. */
export function countedNoun(lang: Language, noun: string): string {
  return MEETING_NOUN.test(noun) || lang.cues.meeting.test(noun) ? 'meeting' : noun.slice(0, 4);
}

export function indexAccounts(cp: CompiledPack, langs: ReadonlyMap<Lang, CompiledLang>): AccountIndex {
  const index: AccountIndex = { entities: new Set(), words: new Map(), numbers: [], dates: new Set(), concepts: new Set(), texts: new Map() };
  for (const source of cp.pack.sources) {
    const cl = langs.get(source.lang);
    if (!cl) continue;
    const lang = cl.lang;
    for (const seg of source.segments) {
      if (seg.account === null) continue;
      const f = lang.fold(seg.text).text;
      (index.texts.get(lang.id) ?? index.texts.set(lang.id, []).get(lang.id)!).push(f);
      const words = index.words.get(lang.id) ?? index.words.set(lang.id, new Set()).get(lang.id)!;
      for (const w of f.match(new RegExp(`[${lang.letter}][${lang.letter}'-]*`, 'gu')) ?? []) words.add(w);
      for (const [id, re] of cl.entity) if (re.test(f)) index.entities.add(id), (re.lastIndex = 0);
      for (const n of lang.numbers(f)) index.numbers.push({ value: n.value, noun: countedNoun(lang, n.noun), lang: lang.id });
      for (const d of lang.days(f)) {
        if (d.month) index.dates.add(`${d.month}`);
        if (d.month && d.day) index.dates.add(`${d.month}-${d.day}`);
        if (d.weekday !== undefined) index.dates.add(`w${d.weekday}`);
      }
      for (const c of conceptsIn(lang, f)) index.concepts.add(c);
    }
  }
  return index;
}

/** Decision and plan concepts in a folded text, by the language's decision cue (its match, normalised). */
export function conceptsIn(lang: Language, f: string): string[] {
  const out: string[] = [];
  lang.cues.decision.lastIndex = 0;
  for (const m of f.matchAll(lang.cues.decision)) out.push(lang.concept(m[0]));
  return out;
}
