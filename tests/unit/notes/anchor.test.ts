import { describe, expect, it, test } from 'vitest';
import { anchor } from '../../../lib/notes/anchor';
import { describeQuote } from '../../../lib/notes/selectors';

const ARTICLE =
  'Officials met in Baku on Saturday. The Syrian delegation said the talks were technical. ' +
  'Israeli sources described a security understanding near the border. ' +
  'The minister said no agreement was signed. Observers expect another round in May.';

/** Selectors for the first occurrence of `phrase` in `text`. */
function select(text: string, phrase: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture lacks "${phrase}"`);
  return describeQuote(text, at, at + phrase.length);
}

describe('anchor', () => {
  it('finds an unchanged passage exactly', () => {
    const phrase = 'security understanding near the border';
    const start = ARTICLE.indexOf(phrase);
    expect(anchor(ARTICLE, select(ARTICLE, phrase))).toEqual({ start, end: start + phrase.length, method: 'exact' });
  });

  it('tells a repeated quote apart by its context even when the stored position is stale', () => {
    const text = 'In March the minister said no. Critics disagreed. In May the minister said no again, firmly.';
    const selectors = select(text, 'the minister said no', 1);
    selectors.position = { type: 'TextPositionSelector', start: 3, end: 23 }; // points at the first one
    const second = text.lastIndexOf('the minister said no');
    expect(anchor(text, selectors)).toEqual({ start: second, end: second + 20, method: 'exact' });
  });

  it('falls back to the stored position when repeats have identical context', () => {
    const text = 'Read more. Share this. Read more. Share this. Read more. Share this.';
    const selectors = select(text, 'Share this', 1);
    const second = selectors.position.start;
    selectors.quote.prefix = '';
    selectors.quote.suffix = '';
    expect(anchor(text, selectors)).toEqual({ start: second, end: second + 10, method: 'position' });
  });

  it('follows a passage that moved because text was inserted before it', () => {
    const phrase = 'The minister said no agreement was signed.';
    const selectors = select(ARTICLE, phrase);
    const edited = `UPDATE: this story has been corrected. ${ARTICLE}`;
    const start = edited.indexOf(phrase);
    expect(anchor(edited, selectors)).toEqual({ start, end: start + phrase.length, method: 'exact' });
  });

  test.each([
    ['a corrected word', 'The minister said no agreement was signed.', 'The minister said no accord was signed.'],
    ['a typo fixed', 'The Syrian delegation said the talks were technical.', 'The Syrian delegation said the talks were technicial.'],
    ['punctuation changed', 'Israeli sources described a security understanding', 'Israeli sources described a "security understanding"'],
  ])('finds the passage fuzzily after %s', (_name, original, edited) => {
    const selectors = select(ARTICLE, original);
    const page = ARTICLE.replace(original, edited);
    const result = anchor(page, selectors);
    const start = page.indexOf(edited);
    expect(result?.method).toBe('fuzzy');
    expect(Math.abs(result!.start - start)).toBeLessThanOrEqual(2);
    expect(Math.abs(result!.end - (start + edited.length))).toBeLessThanOrEqual(2);
  });

  it('picks, among two edited copies, the one whose context matches', () => {
    const text = 'Morning: the envoy said talks went well today. Evening: the envoy said talks went well today.';
    const selectors = select(text, 'the envoy said talks went well today', 1);
    const page = text.replace(/the envoy said talks went well today/g, 'the envoy said the talks went well today');
    const second = page.lastIndexOf('the envoy said the talks went well today');
    expect(anchor(page, { quote: selectors.quote })).toMatchObject({ method: 'fuzzy', start: second });
  });

  it('returns null (orphaned) when the passage was removed', () => {
    const phrase = 'Israeli sources described a security understanding near the border. ';
    const selectors = select(ARTICLE, phrase);
    expect(anchor(ARTICLE.replace(phrase, ''), selectors)).toBeNull();
  });

  test.each([
    ['empty text', '', { exact: 'talks', prefix: '', suffix: '' }],
    ['empty quote', ARTICLE, { exact: '', prefix: '', suffix: '' }],
    ['whitespace-only quote', ARTICLE, { exact: '   ', prefix: '', suffix: '' }],
    ['short quote not on the page', ARTICLE, { exact: 'zqx', prefix: '', suffix: '' }],
  ])('returns null for %s', (_name, text, quote) => {
    expect(anchor(text, { quote })).toBeNull();
  });

  // Speed is the benchmark's business, not a unit test's (shared, noisy machines); the search's
  // step count is bounded in approx-match.test.ts. This checks the answer on a page this long.
  it('anchors a fuzzy quote in a 100k-word page', () => {
    const words = ['minister', 'said', 'talks', 'border', 'would', 'not', 'attend', 'officials', 'report', 'the', 'in', 'Baku'];
    let seed = 11;
    const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const filler = Array.from({ length: 100_000 }, () => words[Math.floor(next() * words.length)]).join(' ');
    const phrase = 'Observers expect another round of talks in Baku in May, according to two diplomats.';
    const original = `${filler.slice(0, 300_000)} ${phrase} ${filler.slice(300_000)}`;
    const selectors = select(original, phrase);
    const edited = original.replace(phrase, 'Observers now expect another round of talks in Baku in June, according to diplomats.');
    const result = anchor(`Live updates. ${edited}`, selectors);
    expect(result?.method).toBe('fuzzy');
    expect(Math.abs(result!.start - (selectors.position.start + 14))).toBeLessThanOrEqual(2);
  });
});

describe('describeQuote', () => {
  test.each([
    ['at the start', 0, 9, { prefix: '', exact: 'Officials', suffix: ' met in Baku on S' }],
    ['in the middle', 17, 21, { prefix: 'Officials met in ', exact: 'Baku', suffix: ' on Saturday.' }],
  ])('describes a passage %s', (_name, start, end, quote) => {
    const selectors = describeQuote(ARTICLE.slice(0, 34), start, end, 17);
    expect(selectors).toEqual({
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', start, end },
    });
  });

  test.each([
    ['an empty range', 5, 5],
    ['a range past the end', 0, 10_000],
    ['a negative start', -1, 4],
    ['whitespace only', 9, 10],
  ])('refuses %s', (_name, start, end) => {
    expect(() => describeQuote(ARTICLE, start, end)).toThrow(RangeError);
  });
});
