import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../lib/lang/en/sentences';
import { splitClauses } from '../../../lib/lang/en/clauses';

const texts = (input: string) => splitSentences(input).map((s) => input.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['abbreviations', 'Mr Trump said the U.S. would help. Dr. Smith agreed.', ['Mr Trump said the U.S. would help.', 'Dr. Smith agreed.']],
    ['curly quotes', '“It’s done,” he said. Al-Sharaa’s visit ended.', ['“It’s done,” he said.', 'Al-Sharaa’s visit ended.']],
    ['newlines between lines', 'Headline without stop\n\n  Second para. Third one.', ['Headline without stop', 'Second para.', 'Third one.']],
    ['a sentence broken across lines stays two lines', 'US President\nDonald Trump spoke.', ['US President', 'Donald Trump spoke.']],
    ['titles', 'Mr. Smith met Gen. Jones and Lt. Col. Brown. Sen. Graham and Rep. Wilson spoke.', ['Mr. Smith met Gen. Jones and Lt. Col. Brown.', 'Sen. Graham and Rep. Wilson spoke.']],
    ['dotted abbreviations before a name', 'The U.S. President spoke. The U.N. Security Council met at 9 a.m. Syrian officials came.', ['The U.S. President spoke.', 'The U.N. Security Council met at 9 a.m. Syrian officials came.']],
    ['a dotted abbreviation ending a sentence', 'Sanctions were lifted by the U.S. The talks went on.', ['Sanctions were lifted by the U.S.', 'The talks went on.']],
    ['initials, months, St. and No.', 'Syrian President Ahmed A. Al-Sharaa flew to St. Petersburg on Jan. 5. The No. 2 envoy stayed.', ['Syrian President Ahmed A. Al-Sharaa flew to St. Petersburg on Jan. 5.', 'The No. 2 envoy stayed.']],
    ['a sentence starting in lower case or with a figure', 'They met, said the Damascus source. i24 said so. He never showed up. 1 meeting, that is it.', ['They met, said the Damascus source.', 'i24 said so.', 'He never showed up.', '1 meeting, that is it.']],
    ['a stop that is no sentence end', 'He saw it, e.g. the U.S. envoy, etc. and left. “Why?” he asked. It was pic.twitter.com/abc and in. Then more.', ['He saw it, e.g. the U.S. envoy, etc. and left.', '“Why?” he asked.', 'It was pic.twitter.com/abc and in.', 'Then more.']],
  ])('keeps exact offsets with %s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('with `keep`, only the sentences it accepts and their neighbours', () => {
    const input = 'One. Two. Three Baku. Four. Five.';
    expect(splitSentences(input, (s) => s.includes('Baku')).map((s) => input.slice(s.start, s.end))).toEqual(['Two.', 'Three Baku.', 'Four.']);
  });

  test('spans are trimmed and slice back to the input', () => {
    const input = '  One sentence here.   Another “quoted” one…  \r\nLast';
    for (const s of splitSentences(input)) {
      const text = input.slice(s.start, s.end);
      expect(text).toBe(text.trim());
    }
  });
});

describe('splitSentences on pathological lines', () => {
  test('a run of more than 256 characters without spaces belongs to no sentence and ends the one before', () => {
    const input = `He spoke in Baku ${'x'.repeat(300)} and left. Then more.`;
    expect(texts(input)).toEqual(['He spoke in Baku', 'and left.', 'Then more.']);
  });

  test('a 256-character word stays inside its sentence', () => {
    const input = `He spoke in Baku ${'x'.repeat(256)} and left.`;
    expect(texts(input)).toEqual([input]);
  });

  test('a sentence without stops is cut at spaces into pieces of at most 1200 characters', () => {
    const input = 'Officials met in Baku and '.repeat(200);
    const pieces = texts(input);
    expect(pieces.length).toBeGreaterThan(4);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(1200);
    expect(pieces.join(' ')).toBe(input.trim());
  });
});

describe('splitClauses', () => {
  test.each([
    ['AFP said he did not attend, while Samaa said he sat in.', 2],
    ['Contrary to reports, he did not attend.', 1],
    ['He skipped it; the envoy came.', 2],
  ])('%s → %i clauses', (sentence, n) => {
    expect(splitClauses(sentence)).toHaveLength(n);
  });
});
