import { describe, expect, it } from 'vitest';
import { queryOf, hostOf } from '../../../components/notes-state';
import { isUsablePassage, planNotes } from '../../../entrypoints/crosscheck-page/notes/plan';
import { describeQuote } from '../../../lib/notes/selectors';
import type { Note } from '../../../lib/notes/types';

const TEXT = 'Azerbaijan neighbors Iran, which is an arch foe of Israel. The meeting was in Baku.';

function noteOn(text: string, start: number, end: number, id = '00000000-0000-4000-8000-000000000001'): Note {
  const selectors = describeQuote(text, start, end);
  return { id, url: 'https://example.com/a', title: '', quote: selectors.quote.exact, selectors, body: '', tag: null, claimId: null, createdAt: 1, updatedAt: 1 };
}

describe('planNotes', () => {
  const note = noteOn(TEXT, 0, 57);
  it.each([
    ['the page unchanged', TEXT, 'exact'],
    ['a paragraph added above', `Correction appended.\n${TEXT}`, 'exact'],
    ['a spelling changed inside the quote', TEXT.replace('neighbors', 'neighbours'), 'fuzzy'],
  ])('places a note on %s', (_, text, method) => {
    const { placed, orphaned } = planNotes(text, [note]);
    expect(orphaned).toEqual([]);
    expect(placed[0]!.method).toBe(method);
  });

  it('keeps a note whose passage is gone as an orphan, never dropping it', () => {
    const { placed, orphaned } = planNotes('The meeting was in Baku.', [note]);
    expect(placed).toEqual([]);
    expect(orphaned).toEqual([note]);
  });
});

describe('isUsablePassage', () => {
  it.each([
    [0, 5, true],
    [5, 5, false],
    [10, 11, false], // a single space
    [-1, 3, false],
  ])('[%i, %i) → %s', (start, end, ok) => expect(isUsablePassage(TEXT, start, end)).toBe(ok));
});

describe('queryOf', () => {
  it.each([
    [{ text: '', site: '', tag: '', claimId: '' }, {}],
    [{ text: '  Baku ', site: 'afp.com', tag: 'dispute', claimId: '' }, { text: 'Baku', site: 'afp.com', tag: 'dispute' }],
    [{ text: '', site: ' ', tag: '', claimId: 'who-attended' }, { claimId: 'who-attended' }],
  ] as const)('leaves blank filters out: %j', (filter, query) => expect(queryOf({ ...filter })).toEqual(query));
});

describe('hostOf', () => {
  it.each([
    ['https://www.samaa.tv/news/1', 'samaa.tv'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, host) => expect(hostOf(url)).toBe(host));
});
