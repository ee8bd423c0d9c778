import { describe, expect, it, test } from 'vitest';
import { english } from '../../../lib/lang/en';
import type { Span } from '../../../lib/lang/types';
import { compilePattern, phraseSource, phrasesRegex, type PhraseBook } from '../../../lib/match/pattern/compile';
import { anyPattern, findPattern, matchText, type MatchText } from '../../../lib/match/pattern/match-pattern';

/**
 * Phrases and patterns as the engine compiles and chains them, with the English module and a small
 * phrase book from the made-up port-strike story (tests/fixtures/packs/port-strike): the dockers'
 * union, the port authority, the union's leader Mirela Dascu, and the words for a strike.
 */

const BOOK_ENTITIES: Record<string, string[]> = {
  union: ["the? dockers'|dockworkers' union", 'the union', 'vdu'],
  authority: ['the? port veyra authority', 'the port authority'],
  dascu: ['mirela? dascu|dashku'],
  // An entity the pack names only in another language: nothing to find in English.
  'arabic-only': [],
};
const BOOK_LEXICONS: Record<string, string[]> = {
  stoppage: ['strike', 'walkout', 'walk-out', 'work stoppage', '24-hour strike'],
  levy: ['levy', 'dock levy', 'surcharge'],
  'arabic-only': [],
};
const book: PhraseBook = { entity: (id) => BOOK_ENTITIES[id] ?? [], lexicon: (id) => BOOK_LEXICONS[id] ?? [] };

/** What a phrase matches in `text` (folded as the engine folds it), or null. */
function phraseMatch(phrase: string | string[], text: string): string | null {
  const re = phrasesRegex(english, Array.isArray(phrase) ? phrase : [phrase]);
  if (!re) return null;
  const f = english.fold(text).text;
  re.lastIndex = 0;
  return re.exec(f)?.[0] ?? null;
}

/** The sentence's mentions as the engine would find them: each entity's phrases in the folded text. */
const mentionsIn = (f: string) => (id: string): Span[] => {
  const re = phrasesRegex(english, book.entity(id));
  return re ? [...f.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
};

/** A folded text ready for patterns, with the book's entities as its mentions (or none). */
function prepared(text: string, withMentions = true): MatchText {
  const f = english.fold(text).text;
  return matchText(f, english.wordStarts(f), withMentions ? mentionsIn(f) : () => []);
}

/** The text of each chain the pattern finds, leftmost first. */
function chains(pattern: string, text: string, withMentions = true): string[] {
  const t = prepared(text, withMentions);
  return findPattern(compilePattern(english, pattern, book), t).map((m) => t.text.slice(m.start, m.end));
}

describe('phraseSource and phrasesRegex', () => {
  describe('case and accents: phrases match the folded text', () => {
    it('folds the phrase itself, so capitals in a pack make no difference', () => {
      expect(phraseSource(english, 'Port Veyra')).toBe(phraseSource(english, 'port veyra'));
    });

    test.each([
      ['Port Veyra', 'port veyra'],
      ['PORT VEYRA', 'port veyra'],
      ['pOrT vEyRa', 'port veyra'],
      ['Mirela Dașcu', 'mirela dascu'],
      ['Mirela Dáşcu', 'mirela dascu'],
    ])('"%s" is matched as %j', (text, found) => {
      expect(phraseMatch(['port veyra', 'mirela dascu'], text)).toBe(found);
    });

    // A lone combining mark (NFD text, "a" + U+0300) is folded away like a precomposed letter's accent.
    test('matches a name written with decomposed accents (NFD) as its precomposed form', () => {
      expect(phraseMatch('mirela dascu', 'Mirela Da\u0300scu')).toBe('mirela dascu');
    });
  });

  describe('whole words only', () => {
    test.each([
      ['the phrase', 'the port veyra quays', 'port veyra'],
      ['before a possessive', "Port Veyra's quays", 'port veyra'],
      ['before punctuation', 'at Port Veyra.', 'port veyra'],
      ['inside a longer word', 'Transport Veyrans', null],
      ['run together', 'Portveyra', null],
      ['followed by a digit', 'port veyra2', null],
      ['a plural the phrase does not list', 'Port Veyras', null],
    ])('%s: %j', (_name, text, found) => {
      expect(phraseMatch('port veyra', text)).toBe(found);
    });
  });

  describe('between the words of a phrase', () => {
    test.each([
      ['one space', 'port veyra', true],
      ['several spaces', 'port   veyra', true],
      ['a line break', 'port\nveyra', true],
      ['a tab', 'port\tveyra', true],
      ['a no-break space', 'port\u00a0veyra', true],
      ['a thin space', 'port\u2009veyra', true],
      ['a possessive', "port's veyra", true],
      ['a hyphen', 'port-veyra', false],
      ['nothing', 'portveyra', false],
      ['a comma', 'port, veyra', false],
    ])('%s: %s', (_name, text, matches) => {
      expect(phraseMatch('port veyra', text) !== null).toBe(matches);
    });

    // Format characters (Cf) fold to nothing: a right-to-left mark, a zero-width space or a soft hyphen (&shy;) does not hide the name.
    test.each([
      ['a right-to-left mark between the words', 'Port \u200FVeyra'],
      ['a zero-width space after a word', 'Port\u200B Veyra'],
      ['a soft hyphen inside a word', 'Port Vey\u00ADra'],
      ['a zero-width space inside a word', 'Port Vey\u200Bra'],
    ])('matches across %s', (_name, text) => {
      expect(phraseMatch('port veyra', text)).not.toBeNull();
    });
  });

  describe('hyphenated words: a hyphen, a space or nothing', () => {
    test.each([
      ['walk-out', true],
      ['walk out', true],
      ['walkout', true],
      ['WALK-OUT', true],
      ['walk\u2010out', true],
      ['walk\u2011out', true],
      ['walk  out', false],
      ['walk_out', false],
      ['walk - out', false],
    ])('"walk-out" in %j: %s', (text, matches) => {
      expect(phraseMatch('walk-out', text) !== null).toBe(matches);
    });
  });

  describe('apostrophes: optional, straight or curly', () => {
    test.each([
      ["dockers' union", "dockers' union"],
      ['dockers’ union', "dockers' union"],
      ['dockers union', 'dockers union'],
      ['Dockers‘ Union', "dockers' union"],
      ["docker's union", null],
      ['docker union', null],
    ])('"dockers\' union" in %j: %j', (text, found) => {
      expect(phraseMatch("dockers' union", text)).toBe(found);
    });

    test.each([
      ["Ferrin's", "ferrin's"],
      ['Ferrin’s', "ferrin's"],
      ['Ferrins', 'ferrins'],
      ['Ferrin', null],
    ])('"ferrin\'s" in %j: %j', (text, found) => {
      expect(phraseMatch("ferrin's", text)).toBe(found);
    });
  });

  describe('the possessive joiner: a possessive may sit between two words of a phrase', () => {
    test.each([
      ["the dockers' union", "the dockers' union"],
      ['the dockers’ union', "the dockers' union"],
      ['the dockers union', 'the dockers union'],
      ["the dockers's union", "the dockers's union"],
      ["the docker's union", null],
    ])('"the dockers union" in %j: %j', (text, found) => {
      expect(phraseMatch('the dockers union', text)).toBe(found);
    });

    it('reads "the port authority\'s director" with the phrase "port authority director"', () => {
      expect(phraseMatch('port authority director', "the port authority's director said")).toBe("port authority's director");
    });
  });

  describe('optional words', () => {
    test.each([
      ['the Harbour Office', 'the harbour office'],
      ['Harbour Office', 'harbour office'],
      ['a harbour office', 'harbour office'],
      ['theharbour office', null],
      ['the office', null],
    ])('"the? harbour office" in %j: %j', (text, found) => {
      expect(phraseMatch('the? harbour office', text)).toBe(found);
    });

    test.each([
      ['union side', 'union side'],
      ['union delegation', 'union delegation'],
      ['the union said', 'union'],
      ['union side delegation', 'union side'],
      ['union sides', 'union'],
    ])('"union side|delegation?" in %j: %j', (text, found) => {
      expect(phraseMatch('union side|delegation?', text)).toBe(found);
    });

    test.each([
      ['Mirela Dascu', 'mirela dascu'],
      ['Dascu', 'dascu'],
      ['Mirela', null],
    ])('"mirela? dascu" in %j: %j', (text, found) => {
      expect(phraseMatch('mirela? dascu', text)).toBe(found);
    });
  });

  describe('prefix words (word*)', () => {
    test.each([
      ['strike', 'strike'],
      ['strikers', 'strikers'],
      ['striking', 'striking'],
      ['STRIKEBOUND', 'strikebound'],
      ['stri', null],
      ['restrike', null],
    ])('"strik*" in %j: %j', (text, found) => {
      expect(phraseMatch('strik*', text)).toBe(found);
    });
  });

  describe('dots', () => {
    test.each([
      ['U.S.', 'u.s.'],
      ['US', 'us'],
      ['u.s', 'u.s'],
      ['USA', null],
    ])('"u.s." in %j: %j', (text, found) => {
      expect(phraseMatch('u.s.', text)).toBe(found);
    });
  });

  describe('several phrases in one regex', () => {
    it('prefers the longest: "mirela dascu" over "dascu"', () => {
      expect(phraseMatch(['dascu', 'mirela dascu'], 'Mirela Dascu spoke')).toBe('mirela dascu');
    });

    it('prefers the longest lexicon phrase: "24-hour strike" over "strike"', () => {
      expect(phraseMatch(BOOK_LEXICONS.stoppage!, 'a 24-hour strike began')).toBe('24-hour strike');
    });

    it('is global, to find every mention', () => {
      const re = phrasesRegex(english, ['levy'])!;
      expect(re.flags).toContain('g');
      expect([...'levy, levies and the levy'.matchAll(re)].map((m) => m.index)).toEqual([0, 21]);
    });

    it('is null for no phrases', () => {
      expect(phrasesRegex(english, [])).toBeNull();
    });

    it('throws on a phrase that is not words only, naming it', () => {
      expect(() => phraseSource(english, 'port ~2 veyra')).toThrow('phrase "port ~2 veyra" may hold words only');
      expect(() => phraseSource(english, '@union')).toThrow(/may hold words only/);
      expect(() => phraseSource(english, 'st*')).toThrow(/phrase "st\*" .*3 letters/);
    });
  });
});

describe('compilePattern and findPattern', () => {
  describe('items with no gap between them are adjacent', () => {
    test.each([
      ['union called', 'The union called a strike.', ['union called']],
      ['union called', 'The union then called a strike.', []],
      ['union called', 'The union, called by its members, met.', ['union, called']],
      ['union called', 'The union; called a strike.', []],
      ['called %stoppage', 'They called a strike.', []],
      ['called %stoppage', 'They called strike after strike.', ['called strike']],
      ['called %stoppage', 'They called work stoppage.', ['called work stoppage']],
    ])('"%s" in %j', (pattern, text, found) => {
      expect(chains(pattern, text)).toEqual(found);
    });
  });

  describe('a gap ~N allows up to N words between two items', () => {
    const words = (n: number) => Array(n).fill('w').join(' ');
    test.each([
      ['called ~1 %stoppage', 'The union called a strike.', ['called a strike']],
      ['called ~1 %stoppage', 'The union called an all-out strike.', []],
      // A hyphenated word is one word.
      ['called ~2 %stoppage', 'The union called an all-out strike.', ['called an all-out strike']],
      ['called ~2 %stoppage', 'The union called an all out strike.', []],
      // Punctuation is not a word.
      ['called ~2 %stoppage', 'The union called it, a strike.', ['called it, a strike']],
      ['called ~2 %stoppage', 'The union called it: a strike.', ['called it: a strike']],
      // Numbers are words.
      ['called ~2 %stoppage', 'The union called a 48 hour strike.', []],
      ['called ~3 %stoppage', 'The union called a 48 hour strike.', ['called a 48 hour strike']],
      ['called ~20 %stoppage', `called ${words(20)} strike`, [`called ${words(20)} strike`]],
      ['called ~20 %stoppage', `called ${words(21)} strike`, []],
    ])('"%s" in %j', (pattern, text, found) => {
      expect(chains(pattern, text)).toEqual(found);
    });
  });

  describe('a gap never crosses a semicolon or a dash between clauses', () => {
    test.each([
      ['a semicolon', 'The union called it; a strike followed.', []],
      ['a spaced em dash', 'The union called it — a strike, in effect.', []],
      ['an unspaced em dash', 'The union called it—a strike, in effect.', []],
      ['a spaced en dash', 'The union called it – a strike, in effect.', []],
      ['a comma (no wall)', 'The union called it, a strike, in effect.', ['called it, a strike']],
      ['a colon (no wall)', 'The union called it: a strike, in effect.', ['called it: a strike']],
      ['a hyphen inside a word (no wall)', 'The union called a one-day strike.', ['called a one-day strike']],
    ])('%s', (_name, text, found) => {
      expect(chains('called ~3 %stoppage', text)).toEqual(found);
    });
  });

  describe('optional items', () => {
    test.each([
      ['called a? %stoppage', 'They called a strike.', ['called a strike'], 3],
      ['called a? %stoppage', 'They called strike after strike.', ['called strike'], 2],
      ['called a? %stoppage', 'They called the strike.', [], 0],
      ['the? union called', 'The union called.', ['the union called'], 3],
      ['the? union called', 'A union called.', ['union called'], 2],
      ['union called all-out?', 'The union called a strike.', ['union called'], 2],
      ['union called all-out?', 'The union called all-out action.', ['union called all-out'], 3],
    ])('"%s" in %j (%#)', (pattern, text, found, parts) => {
      expect(chains(pattern, text)).toEqual(found);
      const t = prepared(text);
      const m = findPattern(compilePattern(english, pattern, book), t)[0];
      expect(m?.parts.length ?? 0).toBe(parts);
    });

    test.each([
      // The gap before a skipped optional item carries over to the next item.
      ['called ~1 new? %stoppage', 'They called a strike.', ['called a strike']],
      ['called ~1 new? %stoppage', 'They called a new strike.', ['called a new strike']],
      ['called ~1 new? %stoppage', 'They called a big strike.', []],
      // So does the gap after it: both gaps add up when it is absent.
      ['called ~2 new? ~2 %stoppage', 'called w w w w strike', ['called w w w w strike']],
      ['called ~2 new? ~2 %stoppage', 'called w w w w w strike', []],
    ])('carries a gap over a skipped item: "%s" in %j', (pattern, text, found) => {
      expect(chains(pattern, text)).toEqual(found);
    });
  });

  describe('entity items take the sentence’s mentions', () => {
    it('finds nothing without mentions, even where an alias is written', () => {
      expect(chains('@union ~3 called', 'The union on Monday called a strike.', false)).toEqual([]);
    });

    test.each([
      ['@union ~3 called', 'The union on Monday called a strike.', ['the union on monday called']],
      ['@union ~3 called', "The dockers' union on Monday called a strike.", ["the dockers' union on monday called"]],
      ['@union ~3 called', 'The union, the VDU, on Monday called a strike.', ['vdu, on monday called']],
      ['@union|@authority ~3 %levy', 'The port authority proposed a levy.', ['the port authority proposed a levy']],
      ['@dascu|dockers ~2 walked out', 'Dockers walked out.', ['dockers walked out']],
      ['@dascu|dockers ~2 walked out', 'Mirela Dascu walked out.', ['mirela dascu walked out']],
    ])('"%s" in %j', (pattern, text, found) => {
      expect(chains(pattern, text)).toEqual(found);
    });

    it('takes the mention’s span as the item’s part', () => {
      const t = prepared("The dockers' union on Monday called a strike.");
      const [m] = findPattern(compilePattern(english, '@union ~3 called', book), t);
      expect(m!.parts.map((p) => t.text.slice(p.start, p.end))).toEqual(["the dockers' union", 'called']);
    });

    it('ignores mentions outside the range it is asked about', () => {
      const t = prepared('The union called; later the union called again.');
      const p = compilePattern(english, '@union called', book);
      expect(findPattern(p, t).map((m) => m.start)).toEqual([0, 24]);
      expect(findPattern(p, t, 10).map((m) => m.start)).toEqual([24]);
      expect(findPattern(p, t, 0, 20).map((m) => m.start)).toEqual([0]);
    });
  });

  describe('an item with nothing to match in the language', () => {
    test.each(['@arabic-only called', 'called %arabic-only', '@unknown called'])('makes "%s" match nothing', (pattern) => {
      expect(compilePattern(english, pattern, book).slots).toEqual([]);
      expect(chains(pattern, 'The union called a strike.')).toEqual([]);
    });

    // An optional item with nothing to match is left out, its gap added to the next item's.
    test.each([
      ['%arabic-only? %stoppage', 'a strike', ['strike']],
      ['@arabic-only? called ~1 %stoppage', 'They called a strike.', ['called a strike']],
    ])('still matches "%s" without its optional item', (pattern, text, found) => {
      expect(chains(pattern, text)).toEqual(found);
    });
  });

  describe('the chains found', () => {
    it('lists one chain per start, leftmost first', () => {
      expect(chains('walked out', 'Dockers walked out; crews walked out too.')).toEqual(['walked out', 'walked out']);
    });

    it('gives each item’s span as a part', () => {
      const t = prepared('The union called an all-out strike.');
      const [m] = findPattern(compilePattern(english, 'union ~1 called ~2 %stoppage', book), t);
      expect(m!.parts.map((p) => t.text.slice(p.start, p.end))).toEqual(['union', 'called', 'strike']);
      expect(t.text.slice(m!.start, m!.end)).toBe('union called an all-out strike');
    });

    it('chains an item to the nearest match of the item before it', () => {
      expect(chains('%stoppage ~2 halted', 'strike after strike halted the port')).toEqual(['strike halted']);
    });

    it('keeps to the range it is asked about', () => {
      const t = prepared('A strike, then another strike.');
      const p = compilePattern(english, '%stoppage', book);
      expect(findPattern(p, t).map((m) => m.start)).toEqual([2, 23]);
      expect(findPattern(p, t, 3).map((m) => m.start)).toEqual([23]);
      expect(findPattern(p, t, 0, 7)).toEqual([]);
    });

    it('throws on a pattern that does not parse, naming it', () => {
      expect(() => compilePattern(english, 'called ~2 ~3 strike', book)).toThrow('pattern "called ~2 ~3 strike" has two gaps in a row');
    });
  });
});

describe('anyPattern', () => {
  const patterns = ['walkout', 'union ~3 %stoppage'].map((p) => compilePattern(english, p, book));
  const found = (text: string, from?: number, to?: number) => {
    const t = prepared(text);
    const m = anyPattern(patterns, t, from, to);
    return m ? t.text.slice(m.start, m.end) : null;
  };

  test.each([
    ['the first pattern, leftmost', 'A walkout, then the union called a strike.', 'walkout'],
    ['the second pattern, leftmost though listed later', 'The union called a strike, then a walkout.', 'union called a strike'],
    ['the only pattern that matches', 'The union called a strike.', 'union called a strike'],
    ['nothing', 'The authority proposed a levy.', null],
  ])('picks %s', (_name, text, match) => {
    expect(found(text)).toBe(match);
  });

  it('keeps to the range it is asked about', () => {
    const text = 'The union called a strike, then a walkout.';
    expect(found(text, 5)).toBe('walkout');
    expect(found(text, 0, 20)).toBeNull();
  });

  it('is null for no patterns', () => {
    expect(anyPattern([], prepared('a walkout'))).toBeNull();
  });
});
