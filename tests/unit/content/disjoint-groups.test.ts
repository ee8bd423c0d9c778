import { describe, expect, test } from 'vitest';
import { disjointGroups } from '../../../entrypoints/crosscheck-page/page-checker';
import type { Passage } from '../../../lib/match/types';

// Three text nodes: [0,10) [11,20) [21,30), separators at 10 and 20.
const map = { nodes: [0, 11, 21].map((start) => ({ node: null as unknown as Text, start, end: start + (start === 0 ? 10 : 9) })) };
const p = (start: number, end: number) => ({ start, end }) as Passage;
const spans = (groups: Passage[][]) => groups.map((g) => g.map((x) => `${x.start}-${x.end}`).join(' '));

describe('disjointGroups', () => {
  test.each([
    ['one passage per node', [p(0, 5), p(12, 18), p(22, 25)], ['0-5', '12-18', '22-25']],
    ['two passages in one node', [p(0, 4), p(5, 9), p(12, 18)], ['0-4 5-9', '12-18']],
    ['a passage across two nodes joins the next one there', [p(5, 15), p(16, 19), p(22, 25)], ['5-15 16-19', '22-25']],
    ['a long passage holds every node it spans', [p(0, 29), p(12, 14), p(25, 27)], ['0-29 12-14 25-27']],
    ['a passage starting in a separator goes with the next node', [p(10, 14), p(15, 18)], ['10-14 15-18']],
    ['nothing', [], []],
  ])('%s', (_name, passages, expected) => {
    expect(spans(disjointGroups(map, passages))).toEqual(expected);
  });
});
