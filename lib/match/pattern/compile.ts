import { parsePattern, type Choice, type PatternItem } from '../../pack/pattern-syntax';
import type { Language } from '../../lang/types';

/**
 * Compiles a pack's phrases and patterns into regular expressions the engine builds itself: every
 * word is escaped by the language module, alternatives are literal, and gaps are never inside a
 * regex (match-pattern.ts chains the items). So no pack, however written, can make a regex backtrack
 * more than the length of its longest phrase at each position.
 */

/** One item of a compiled pattern: what it matches, and how many words may stand before it. */
export interface Slot {
  /** Words and lexicon phrases of the item; null when it is only entities. */
  re: RegExp | null;
  /** Entities of the item: matched through the sentence's mentions, so the longest name wins ("Veyra Dockworkers' Union" is not "Veyra"). */
  entities: string[];
  optional: boolean;
  /** Words allowed between the previous item and this one (0 = adjacent). */
  gap: number;
  /** Source of the item, for evidence and errors. */
  label: string;
}

export interface CompiledPattern {
  source: string;
  slots: Slot[];
}

/** How a pattern finds the phrases behind `@entity` and `%lexicon` in one language. */
export interface PhraseBook {
  entity(id: string): string[];
  lexicon(id: string): string[];
}

/** Regex source of one phrase ("sat in on", "strik*|walkout") in `lang`'s folded text. */
export function phraseSource(lang: Language, phrase: string): string {
  const parsed = parsePattern(phrase);
  if ('error' in parsed) throw new Error(`phrase "${phrase}" ${parsed.error}`);
  let out = '';
  // Optional words before the first required one carry the joiner after them; every later word the one before it.
  let started = false;
  for (const item of parsed.items) {
    if (item.kind !== 'choice' || item.choices.some((c) => c.kind !== 'word')) throw new Error(`phrase "${phrase}" may hold words only`);
    const word = alternation(item.choices.map((c) => wordOf(lang, c)));
    if (!started) {
      out += item.optional ? `(?:${word}${lang.joiner})?` : word;
      started = !item.optional;
    } else out += item.optional ? `(?:${lang.joiner}${word})?` : `${lang.joiner}${word}`;
  }
  return out;
}

/** A global, Unicode regex for any of `phrases`, longest first, bounded by the language's word edges. */
export function phrasesRegex(lang: Language, phrases: readonly string[]): RegExp | null {
  const sources = [...new Set(phrases.map((p) => phraseSource(lang, p)))].sort((a, b) => b.length - a.length);
  if (sources.length === 0) return null;
  return new RegExp(`(?<![${lang.letter}])${alternation(sources)}(?![${lang.letter}])`, 'gu');
}

const alternation = (sources: string[]) => (sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`);

/** Compiles a pattern; entity and lexicon references are resolved through `book`. */
export function compilePattern(lang: Language, source: string, book: PhraseBook): CompiledPattern {
  const parsed = parsePattern(source);
  if ('error' in parsed) throw new Error(`pattern "${source}" ${parsed.error}`);
  const slots: Slot[] = [];
  let gap = 0;
  for (const item of parsed.items) {
    if (item.kind === 'gap') {
      gap += item.max;
      continue;
    }
    const re = itemRegex(lang, item, book);
    const entities = item.choices.filter((c) => c.kind === 'entity' && book.entity(c.id).length > 0).map((c) => (c as { id: string }).id);
    if (!re && !entities.length) {
      // An optional item with nothing to match in this language is always absent: its gap and the next
      // item's add up, as when a match skips it. A required one can never match: the pattern cannot.
      if (item.optional) continue;
      return { source, slots: [] };
    }
    slots.push({ re, entities, optional: item.optional, gap, label: labelOf(item) });
    gap = 0;
  }
  return { source, slots };
}

const wordOf = (lang: Language, c: Choice) => (c.kind === 'word' ? lang.wordSource(c.text, c.prefix) : '');

function itemRegex(lang: Language, item: Extract<PatternItem, { kind: 'choice' }>, book: PhraseBook): RegExp | null {
  const sources: string[] = [];
  for (const c of item.choices) {
    if (c.kind === 'word') sources.push(wordOf(lang, c));
    else if (c.kind === 'lexicon') for (const phrase of book.lexicon(c.id)) sources.push(phraseSource(lang, phrase));
  }
  if (!sources.length) return null;
  const unique = [...new Set(sources)].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![${lang.letter}])${alternation(unique)}(?![${lang.letter}])`, 'gu');
}

function labelOf(item: Extract<PatternItem, { kind: 'choice' }>): string {
  return item.choices.map((c) => (c.kind === 'entity' ? `@${c.id}` : c.kind === 'lexicon' ? `%${c.id}` : c.text + (c.prefix ? '*' : ''))).join('|');
}
