import { describe, expect, it, test } from 'vitest';
import { anchor } from '../../../lib/notes/anchor';
import { codePointIndex, utf16Index } from '../../../lib/notes/code-points';
import { describeQuote } from '../../../lib/notes/selectors';

/** Texts with characters outside the Basic Multilingual Plane (two UTF-16 units, one code point). */
const OUTSIDE_BMP = [
  ['an emoji', 'Talks 🤝 in Baku: officials met on 12 July.', 'officials met'],
  ['a flag (two code points)', 'The 🇸🇾 delegation said the talks were technical.', 'delegation said'],
  ['a rare CJK character', '𠀀𠀀 appears twice before the passage.', 'the passage'],
  ['mathematical letters', '𝐀𝐁𝐂 are bold; the plain words follow.', 'plain words'],
  ['nothing outside the BMP', 'A plain sentence with a plain passage.', 'plain passage'],
] as const;

describe('codePointIndex and utf16Index', () => {
  test.each([
    ['the start', 'a😀b', 0, 0],
    ['after an emoji', 'a😀b', 3, 2],
    ['the end', 'a😀b', 4, 3],
    ['after two rare CJK characters', '𠀀𠀀x', 4, 2],
    ['plain text', 'abc', 2, 2],
  ])('count %s', (_name, text, units, codePoints) => {
    expect(codePointIndex(text, units)).toBe(codePoints);
    expect(utf16Index(text, codePoints)).toBe(units);
  });

  it('counts a position past the end of an edited, shorter text as that far past its end', () => {
    expect(utf16Index('a😀', 5)).toBe(3 + 3);
  });
});

describe('TextPositionSelector in code points (W3C model §4.2.5)', () => {
  test.each(OUTSIDE_BMP)('describeQuote counts code points in text with %s', (_name, text, phrase) => {
    const at = text.indexOf(phrase);
    const { position } = describeQuote(text, at, at + phrase.length);
    expect([...text].slice(position.start, position.end).join('')).toBe(phrase);
  });

  test.each(OUTSIDE_BMP)('anchor gives back the UTF-16 offsets of the passage in text with %s', (_name, text, phrase) => {
    const at = text.indexOf(phrase);
    expect(anchor(text, describeQuote(text, at, at + phrase.length))).toMatchObject({ start: at, end: at + phrase.length });
  });

  it('counts a passage that itself holds characters outside the BMP', () => {
    const text = 'Before 😀 the 𝐀𝐁 passage.';
    const at = text.indexOf('the 𝐀𝐁');
    expect(describeQuote(text, at, at + 'the 𝐀𝐁'.length).position).toEqual({ type: 'TextPositionSelector', start: 9, end: 15 });
  });

  it('picks the right one of identical repeats by a code-point position after emoji', () => {
    const text = `${'😀'.repeat(6)} ${'word '.repeat(6)}`;
    const third = 13 + 2 * 5;
    const selectors = describeQuote(text, third, third + 4);
    selectors.quote.prefix = '';
    selectors.quote.suffix = '';
    expect(anchor(text, selectors)).toEqual({ start: third, end: third + 4, method: 'position' });
  });
});
