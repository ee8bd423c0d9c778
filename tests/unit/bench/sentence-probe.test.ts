import { describe, expect, it, test } from 'vitest';
import { compareSpans, segmenterSentences } from '../../../scripts/lib/page-probes/sentence-probe';

describe('segmenterSentences', () => {
  test.each([
    ['two sentences on a line', 'One two. Three four.', ['One two.', 'Three four.']],
    ['lines are split first', 'A line without a stop\nNext line.', ['A line without a stop', 'Next line.']],
    ['spaces are trimmed', '  Padded.  ', ['Padded.']],
  ])('%s', (_, text, sentences) => expect(segmenterSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences));
});

describe('compareSpans', () => {
  it('counts spans found by both and shows the others', () => {
    const text = 'Ab. Cd. Ef.';
    const r = compareSpans([{ start: 0, end: 3 }, { start: 4, end: 11 }], [{ start: 0, end: 3 }, { start: 4, end: 7 }, { start: 8, end: 11 }], text);
    expect(r).toEqual({ a: 2, b: 3, both: 1, onlyA: ['Cd. Ef.'], onlyB: ['Cd.', 'Ef.'] });
  });
});
