/**
 * The cue-pattern language of a claim pack: the only way a pack says what text looks like.
 *
 * A pack is data a user may load, so it never hands the engine a regular expression. A pattern is a
 * row of items separated by spaces, which the engine compiles itself (lib/match/pattern/):
 *
 *   word            a word, matched without case, in the language's folded form ("walkout")
 *   word*           a word and any continuation ("strik*" matches strike, strikers, striking)
 *   @entity         any alias or title of one of the pack's entities ("@union")
 *   %lexicon        any phrase of one of the pack's word lists ("%stoppage")
 *   a|@b|%c         one of these ("halted|stopped", "@port|harbour")
 *   item?           the item may be absent ("the? dockers")
 *   ~N              up to N words between the items on either side (N ≤ 20), inside one clause
 *
 * Items with no gap between them must be adjacent. Examples use the made-up port-strike story of
 * the tests: "@union ~6 called|declared ~3 %stoppage" reads "the dockers' union on Monday called
 * an all-out strike". Every construct is a literal or a bounded gap, so matching stays linear in
 * the text for any pattern (see match-pattern.ts).
 */

/** One alternative of an item: a word, or a reference to an entity's or a lexicon's phrases. */
export type Choice = { kind: 'word'; text: string; prefix: boolean } | { kind: 'entity'; id: string } | { kind: 'lexicon'; id: string };

export type PatternItem = { kind: 'choice'; choices: Choice[]; optional: boolean } | { kind: 'gap'; max: number };

export interface ParsedPattern {
  items: PatternItem[];
}

export const PATTERN_LIMITS = { chars: 240, items: 14, gaps: 4, gapWords: 20, alternatives: 24 } as const;

// A word: letters (any script), digits, and the joiners news copy puts inside words.
const WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*$/u;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses one pattern. Returns the items, or a message saying what is wrong and where, for the pack
 * validator to attach to the pattern's path.
 */
export function parsePattern(source: string): ParsedPattern | { error: string } {
  if (source.length > PATTERN_LIMITS.chars) return { error: `is longer than ${PATTERN_LIMITS.chars} characters` };
  const tokens = source.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { error: 'is empty' };
  if (tokens.length > PATTERN_LIMITS.items) return { error: `has more than ${PATTERN_LIMITS.items} items` };
  const items: PatternItem[] = [];
  for (const token of tokens) {
    const item = parseItem(token);
    if ('error' in item) return { error: `"${token}": ${item.error}` };
    items.push(item);
  }
  if (items[0]!.kind === 'gap' || items.at(-1)!.kind === 'gap') return { error: 'cannot start or end with a gap' };
  if (items.every((i) => i.kind === 'gap' || i.optional)) return { error: 'needs at least one item that is not optional' };
  if (items.filter((i) => i.kind === 'gap').length > PATTERN_LIMITS.gaps) return { error: `has more than ${PATTERN_LIMITS.gaps} gaps` };
  for (let i = 1; i < items.length; i += 1) {
    if (items[i]!.kind === 'gap' && items[i - 1]!.kind === 'gap') return { error: 'has two gaps in a row' };
  }
  return { items };
}

function parseItem(token: string): PatternItem | { error: string } {
  const gap = /^~(\d{1,2})$/.exec(token);
  if (gap) {
    const max = Number(gap[1]);
    if (max < 1 || max > PATTERN_LIMITS.gapWords) return { error: `a gap is 1 to ${PATTERN_LIMITS.gapWords} words` };
    return { kind: 'gap', max };
  }
  if (token.startsWith('~')) return { error: 'a gap is "~" and a number of words, e.g. ~4' };
  const optional = token.length > 1 && token.endsWith('?');
  const body = optional ? token.slice(0, -1) : token;
  const alternatives = body.split('|');
  if (alternatives.length > PATTERN_LIMITS.alternatives) return { error: `more than ${PATTERN_LIMITS.alternatives} alternatives` };
  const choices: Choice[] = [];
  for (const alt of alternatives) {
    if (alt.startsWith('@') || alt.startsWith('%')) {
      const id = alt.slice(1);
      if (!ID.test(id)) return { error: 'a reference is @ or % followed by a kebab-case id' };
      choices.push({ kind: alt.startsWith('@') ? 'entity' : 'lexicon', id });
      continue;
    }
    const prefix = alt.endsWith('*');
    const text = prefix ? alt.slice(0, -1) : alt;
    if (!WORD.test(text)) return { error: 'a word is letters or digits (with inner \' . -), optionally ending in *' };
    // Letters and digits only: "a.-*" is one letter and would match every word starting with "a".
    if (prefix && (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 3) return { error: 'a word ending in * needs at least 3 letters before it' };
    choices.push({ kind: 'word', text, prefix });
  }
  return { kind: 'choice', choices, optional };
}

/** Whether an item is made of words only (what a phrase may hold). */
export const wordsOnly = (item: PatternItem): boolean => item.kind === 'choice' && item.choices.every((c) => c.kind === 'word');

/** Every entity and lexicon id a pattern refers to, so the validator can check they exist. */
export function patternRefs(pattern: ParsedPattern): { entities: string[]; lexicons: string[] } {
  const entities: string[] = [];
  const lexicons: string[] = [];
  for (const item of pattern.items) {
    if (item.kind !== 'choice') continue;
    for (const c of item.choices) {
      if (c.kind === 'entity') entities.push(c.id);
      if (c.kind === 'lexicon') lexicons.push(c.id);
    }
  }
  return { entities, lexicons };
}
