import type { Language } from '../lang/types';
import type { Claim, Frame, Lang, Pack } from '../pack/schema';
import { parsePattern } from '../pack/pattern-syntax';
import { compilePattern, phrasesRegex, type CompiledPattern, type PhraseBook } from './pattern/compile';

/**
 * A pack made ready for one language: regexes for its entities, account names and lexicons, and its
 * patterns compiled once. Built once per pack and language (the background keeps it), never per page.
 */
export interface CompiledLang {
  lang: Language;
  /** Aliases and titles of each entity. */
  entity: Map<string, RegExp>;
  /** Aliases only (names), without titles. */
  entityName: Map<string, RegExp>;
  /** Acronyms written in capitals in the pack ("US", "UN"), folded, by entity: matched only where the page writes them in capitals too. */
  acronyms: Map<string, Set<string>>;
  /** One regex source over every name of every account, and each account's own. */
  accountNames: Map<string, RegExp>;
  compile(source: string): CompiledPattern;
  compileAll(sources: readonly string[] | undefined): CompiledPattern[];
  /** Words any passage must contain one of (derived from every phrase the pack has in this language). */
  gate: RegExp;
}

export interface CompiledPack {
  pack: Pack;
  claims: Map<string, Claim>;
  langs: Map<Lang, CompiledLang>;
  /** Entity ids of the event's sides, participants and places. */
  sideOf: Map<string, string>;
  /** Each claim's frames, in pack order. */
  frames: { claim: Claim; frame: Frame }[];
}

export function compilePack(pack: Pack, languages: readonly Language[]): CompiledPack {
  const langs = new Map<Lang, CompiledLang>();
  for (const lang of languages) if (pack.languages.includes(lang.id)) langs.set(lang.id, compileLang(pack, lang));
  const sideOf = new Map<string, string>();
  for (const side of pack.event.sides) for (const id of side.members) sideOf.set(id, side.id);
  for (const e of pack.entities) if (e.side) sideOf.set(e.id, e.side);
  return {
    pack,
    claims: new Map(pack.claims.map((c) => [c.id, c])),
    langs,
    sideOf,
    frames: pack.claims.flatMap((claim) => claim.frames.map((frame) => ({ claim, frame }))),
  };
}

/**
 * The language with its cue builders (`credit(names)`, `theMeetingIn(place)`, …) cached by argument: the
 * engine asks for the same few on every sentence, and building a regex that long costs more than running it.
 * A cached regex is handed out with `lastIndex` at 0, so a global one behaves as if new.
 */
const CUE_CACHE_LIMIT = 512;

function withCachedCues(lang: Language): Language {
  const cues = { ...lang.cues } as Record<string, unknown>;
  for (const [key, value] of Object.entries(lang.cues)) {
    if (typeof value !== 'function') continue;
    const build = value as (...args: unknown[]) => unknown;
    const cache = new Map<string, unknown>();
    cues[key] = (...args: unknown[]) => {
      const k = JSON.stringify(args);
      let made = cache.get(k);
      if (made === undefined) {
        // Arguments come from the page's own spellings of the pack's names: bounded in practice, capped anyway.
        if (cache.size >= CUE_CACHE_LIMIT) cache.clear();
        cache.set(k, (made = build(...args)));
      }
      if (made instanceof RegExp) made.lastIndex = 0;
      return made;
    };
  }
  return { ...lang, cues: cues as unknown as Language['cues'] };
}

function compileLang(pack: Pack, source: Language): CompiledLang {
  const lang = withCachedCues(source);
  const l = lang.id;
  const names = (id: string) => pack.entities.find((e) => e.id === id)?.aliases[l] ?? [];
  const all = (id: string) => {
    const e = pack.entities.find((x) => x.id === id);
    return e ? [...(e.aliases[l] ?? []), ...(e.titles?.[l] ?? [])] : [];
  };
  const book: PhraseBook = { entity: all, lexicon: (id) => pack.lexicons[id]?.[l] ?? [] };
  const entity = new Map<string, RegExp>();
  const entityName = new Map<string, RegExp>();
  for (const e of pack.entities) {
    const re = phrasesRegex(lang, all(e.id));
    if (re) entity.set(e.id, re);
    const n = phrasesRegex(lang, names(e.id));
    if (n) entityName.set(e.id, n);
  }
  const acronyms = new Map<string, Set<string>>();
  for (const e of pack.entities) {
    const caps = (e.aliases[l] ?? []).filter((a) => /^[A-Z][A-Z.]{1,7}$/.test(a)).map((a) => lang.fold(a).text.replace(/\./g, ''));
    if (caps.length) acronyms.set(e.id, new Set(caps));
  }
  const accountNames = new Map<string, RegExp>();
  for (const a of pack.accounts) {
    const re = phrasesRegex(lang, a.names[l] ?? []);
    if (re) accountNames.set(a.id, re);
  }
  const cache = new Map<string, CompiledPattern>();
  const compile = (source: string) => {
    let c = cache.get(source);
    if (!c) cache.set(source, (c = compilePattern(lang, source, book)));
    return c;
  };
  return {
    lang,
    entity,
    entityName,
    acronyms,
    accountNames,
    compile,
    compileAll: (sources) => (sources ?? []).map(compile),
    gate: gateOf(pack, lang),
  };
}

/**
 * The gate: every name, title and account name the pack has in this language, every lexicon phrase,
 * and every word of its patterns but the commonest, so a sentence without any of them is never read.
 * Derived from the pack, never kept by hand.
 */
function gateOf(pack: Pack, lang: Language): RegExp {
  const l = lang.id;
  const phrases = [
    ...pack.entities.flatMap((e) => [...(e.aliases[l] ?? []), ...(e.titles?.[l] ?? [])]),
    ...pack.accounts.flatMap((a) => a.names[l] ?? []),
    ...Object.values(pack.lexicons).flatMap((lex) => lex[l] ?? []),
    ...patternWords(pack, l),
  ];
  const re = phrasesRegex(lang, phrases);
  // Not global (it is only ever tested) and without case: it also runs on text as written (see sentencesOf).
  return re ? new RegExp(re.source, 'iu') : /(?!)/u;
}

// Words too common to say anything about a sentence: a gate holding them would let every line through.
const COMMON = /^(?:the|a|an|of|to|in|on|at|for|from|by|with|and|or|is|was|were|are|be|been|it|its|that|this|which|who|as|has|had|have|not|no|his|her|their)$/i;

/** The literal words of every pattern of the pack in one language (cues, requires, occasion, look-alikes). */
function patternWords(pack: Pack, l: Lang): string[] {
  const sources: string[] = [
    ...(pack.event.occasion[l] ?? []),
    ...pack.event.lookalikes.flatMap((x) => x.cues[l] ?? []),
    ...pack.claims.flatMap((c) =>
      c.frames.flatMap((f) => {
        if (f.type === 'agenda') return [...(f.topic[l] ?? []), ...(f.near?.[l] ?? [])];
        if (f.type === 'relation') return [...(f.patterns[l] ?? []), ...(f.requires?.[l] ?? []).flat()];
        return [];
      }),
    ),
  ];
  const words = new Set<string>();
  for (const source of sources) {
    const parsed = parsePattern(source);
    if ('error' in parsed) continue;
    for (const item of parsed.items) {
      if (item.kind !== 'choice') continue;
      for (const c of item.choices) if (c.kind === 'word' && !COMMON.test(c.text)) words.add(c.prefix ? `${c.text}*` : c.text);
    }
  }
  return [...words];
}
