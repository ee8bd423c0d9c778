import { describe, expect, it, test } from 'vitest';
import { PATTERN_LIMITS, parsePattern, patternRefs, wordsOnly, type ParsedPattern, type PatternItem } from '../../../lib/pack/pattern-syntax';

/**
 * The cue-pattern language a claim pack writes its cues in, read on its own: what each construct
 * parses to, and a message for each kind of pattern it refuses. Examples use the made-up port-strike
 * story of the engine's tests (a dockers' union, a port authority, a levy).
 */

const parsed = (source: string): ParsedPattern => {
  const p = parsePattern(source);
  if ('error' in p) throw new Error(`expected "${source}" to parse, got: ${p.error}`);
  return p;
};
const errorOf = (source: string): string => {
  const p = parsePattern(source);
  if (!('error' in p)) throw new Error(`expected "${source}" to be refused, got ${JSON.stringify(p.items)}`);
  return p.error;
};
const word = (text: string, prefix = false) => ({ kind: 'word', text, prefix }) as const;
const choice = (choices: object[], optional = false): PatternItem => ({ kind: 'choice', choices, optional }) as PatternItem;

describe('parsePattern: words', () => {
  test.each([
    ['one word', 'walkout', [choice([word('walkout')])]],
    ['words in a row, any whitespace between them', 'called \t a\nstrike', [choice([word('called')]), choice([word('a')]), choice([word('strike')])]],
    ['spaces around the pattern', '  levy  ', [choice([word('levy')])]],
    ['a word with inner apostrophe, dot and hyphen', "dockers' u.s. all-out", [choice([word("dockers'")]), choice([word('u.s.')]), choice([word('all-out')])]],
    ['digits', '24-hour 2019', [choice([word('24-hour')]), choice([word('2019')])]],
    ['letters of any script, with marks', 'día رصيف', [choice([word('día')]), choice([word('رصيف')])]],
  ])('reads %s', (_name, source, items) => {
    expect(parsed(source).items).toEqual(items);
  });

  test.each([
    ['a word that starts with a hyphen', '-out'],
    ['a word that starts with an apostrophe', "'union"],
    ['a word with a character outside letters, digits and joiners', 'levy!'],
    ['a word with an underscore', 'dock_levy'],
    ['a star inside a word', 'st*ke'],
  ])('refuses %s, saying what a word is', (_name, source) => {
    expect(errorOf(source)).toBe(`"${source}": a word is letters or digits (with inner ' . -), optionally ending in *`);
  });
});

describe('parsePattern: prefix words (word*)', () => {
  test.each([
    ['strik*', 'strik'],
    ['str*', 'str'],
    ['rés*', 'rés'],
  ])('reads "%s" as the prefix "%s"', (source, text) => {
    expect(parsed(source).items).toEqual([choice([word(text, true)])]);
  });

  test.each(['st*', 'a*', 'é*'])('refuses "%s": fewer than 3 letters before the star', (source) => {
    expect(errorOf(source)).toBe(`"${source}": a word ending in * needs at least 3 letters before it`);
  });

  test.each(['*', 'strik**'])('refuses "%s": a star alone or doubled is no word', (source) => {
    expect(errorOf(source)).toMatch(/a word is letters or digits/);
  });

  // The rule counts letters and digits: "a.-*" has one letter and would match every word starting with "a".
  test.each(['a.-*', "a''*", 'a-b*'])('refuses "%s": fewer than 3 letters before the star, joiners not counted', (source) => {
    expect(errorOf(source)).toMatch(/needs at least 3 letters/);
  });
});

describe('parsePattern: alternatives', () => {
  it('reads words, entities and lexicons as the choices of one item, in order', () => {
    expect(parsed('halted|@union|%stoppage|strik*').items).toEqual([
      choice([word('halted'), { kind: 'entity', id: 'union' }, { kind: 'lexicon', id: 'stoppage' }, word('strik', true)]),
    ]);
  });

  it(`allows ${PATTERN_LIMITS.alternatives} alternatives`, () => {
    const source = Array.from({ length: PATTERN_LIMITS.alternatives }, (_, i) => `w${i}`).join('|');
    expect((parsed(source).items[0] as { choices: unknown[] }).choices).toHaveLength(PATTERN_LIMITS.alternatives);
  });

  it(`refuses ${PATTERN_LIMITS.alternatives + 1} alternatives`, () => {
    const source = Array.from({ length: PATTERN_LIMITS.alternatives + 1 }, (_, i) => `w${i}`).join('|');
    expect(errorOf(source)).toBe(`"${source}": more than ${PATTERN_LIMITS.alternatives} alternatives`);
  });

  test.each(['a||b', 'a|', '|a'])('refuses an empty alternative in "%s"', (source) => {
    expect(errorOf(source)).toMatch(/^"[^"]+": a word is letters or digits/);
  });
});

describe('parsePattern: references (@entity, %lexicon)', () => {
  test.each([
    ['@union', { kind: 'entity', id: 'union' }],
    ['@port-veyra', { kind: 'entity', id: 'port-veyra' }],
    ['%night-terms', { kind: 'lexicon', id: 'night-terms' }],
    ['%stoppage2', { kind: 'lexicon', id: 'stoppage2' }],
  ])('reads %s', (source, c) => {
    expect(parsed(source).items).toEqual([choice([c])]);
  });

  test.each([
    ['an id with capitals', '@Union'],
    ['an id with an underscore', '@dock_union'],
    ['an id starting with a hyphen', '%-levy'],
    ['an id with two hyphens in a row', '@port--veyra'],
    ['an id ending with a hyphen', '@union-'],
    ['a bare @', '@'],
    ['a bare %', '%'],
    ['a reference with a star', '@union*'],
  ])('refuses %s', (_name, source) => {
    expect(errorOf(source)).toBe(`"${source}": a reference is @ or % followed by a kebab-case id`);
  });
});

describe('parsePattern: optional items (item?)', () => {
  test.each([
    ['a word', 'the? union', [choice([word('the')], true), choice([word('union')])]],
    ['a whole alternation, not its last choice', 'a|the? strike', [choice([word('a'), word('the')], true), choice([word('strike')])]],
    ['a reference', '@union? called', [choice([{ kind: 'entity', id: 'union' }], true), choice([word('called')])]],
    ['a prefix word', 'strik*? ended', [choice([word('strik', true)], true), choice([word('ended')])]],
    ['the last item', 'union called all-out?', [choice([word('union')]), choice([word('called')]), choice([word('all-out')], true)]],
  ])('marks %s optional', (_name, source, items) => {
    expect(parsed(source).items).toEqual(items);
  });

  test.each(['?', 'the??', 'a?|b'])('refuses "%s": a question mark ends an item once, after all its choices', (source) => {
    expect(errorOf(source)).toMatch(/a word is letters or digits/);
  });

  test.each(['the?', 'the? a?', '@union? ~3 %stoppage?', 'strike*?'])('refuses "%s": every item optional', (source) => {
    expect(errorOf(source)).toBe('needs at least one item that is not optional');
  });
});

describe('parsePattern: gaps (~N)', () => {
  test.each([
    ['~1', 1],
    ['~6', 6],
    ['~05', 5],
    [`~${PATTERN_LIMITS.gapWords}`, PATTERN_LIMITS.gapWords],
  ])('reads %s as a gap of up to %i words', (gap, max) => {
    expect(parsed(`called ${gap} strike`).items).toEqual([choice([word('called')]), { kind: 'gap', max }, choice([word('strike')])]);
  });

  test.each(['~0', '~00', `~${PATTERN_LIMITS.gapWords + 1}`, '~99'])('refuses %s: out of bounds', (gap) => {
    expect(errorOf(`called ${gap} strike`)).toBe(`"${gap}": a gap is 1 to ${PATTERN_LIMITS.gapWords} words`);
  });

  test.each(['~', '~x', '~100', '~-2', '~4words'])('refuses %s: not "~" and a number', (gap) => {
    expect(errorOf(`called ${gap} strike`)).toBe(`"${gap}": a gap is "~" and a number of words, e.g. ~4`);
  });

  test.each([
    ['a leading gap', '~3 strike'],
    ['a trailing gap', 'strike ~3'],
    ['a gap alone', '~3'],
  ])('refuses %s', (_name, source) => {
    expect(errorOf(source)).toBe('cannot start or end with a gap');
  });

  it('refuses two gaps in a row', () => {
    expect(errorOf('called ~2 ~3 strike')).toBe('has two gaps in a row');
  });

  it(`allows ${PATTERN_LIMITS.gaps} gaps and refuses ${PATTERN_LIMITS.gaps + 1}`, () => {
    expect(parsed('a ~1 b ~1 c ~1 d ~1 e').items.filter((i) => i.kind === 'gap')).toHaveLength(PATTERN_LIMITS.gaps);
    expect(errorOf('a ~1 b ~1 c ~1 d ~1 e ~1 f')).toBe(`has more than ${PATTERN_LIMITS.gaps} gaps`);
  });
});

describe('parsePattern: size', () => {
  test.each(['', '   ', '\n\t'])('refuses %j: empty', (source) => {
    expect(errorOf(source)).toBe('is empty');
  });

  it(`allows ${PATTERN_LIMITS.chars} characters and refuses one more`, () => {
    const longest = 'x'.repeat(PATTERN_LIMITS.chars);
    expect(parsed(longest).items).toHaveLength(1);
    expect(errorOf(`${longest}x`)).toBe(`is longer than ${PATTERN_LIMITS.chars} characters`);
  });

  it(`allows ${PATTERN_LIMITS.items} items and refuses one more`, () => {
    expect(parsed(Array(PATTERN_LIMITS.items).fill('quay').join(' ')).items).toHaveLength(PATTERN_LIMITS.items);
    expect(errorOf(Array(PATTERN_LIMITS.items + 1).fill('quay').join(' '))).toBe(`has more than ${PATTERN_LIMITS.items} items`);
  });

  it('counts gaps as items', () => {
    const fourteen = 'a ~1 b ~1 c ~1 d ~1 e f g h i j';
    expect(parsed(fourteen).items).toHaveLength(14);
    expect(errorOf(`${fourteen} k`)).toBe(`has more than ${PATTERN_LIMITS.items} items`);
  });
});

describe('patternRefs', () => {
  test.each([
    ['words only', 'union called ~3 strike', { entities: [], lexicons: [] }],
    ['an entity', '@union ~3 called', { entities: ['union'], lexicons: [] }],
    ['a lexicon', 'called ~3 %stoppage', { entities: [], lexicons: ['stoppage'] }],
    ['references inside alternations and optional items', '@union|@authority? ~6 called|declared ~3 %stoppage|walkout', { entities: ['union', 'authority'], lexicons: ['stoppage'] }],
    ['each occurrence, in order', '@union ~2 %levy ~2 @union|%levy', { entities: ['union', 'union'], lexicons: ['levy', 'levy'] }],
  ])('lists %s', (_name, source, refs) => {
    expect(patternRefs(parsed(source))).toEqual(refs);
  });
});

describe('wordsOnly (what a phrase may hold)', () => {
  test.each([
    ['words', "the? dockers'|dockworkers' union", true],
    ['a prefix word', 'strik*', true],
    ['an entity', '@union', false],
    ['a lexicon', 'the %stoppage', false],
    ['a gap', 'port ~2 veyra', false],
  ])('%s: %s', (_name, source, expected) => {
    expect(parsed(source).items.every(wordsOnly)).toBe(expected);
  });
});
