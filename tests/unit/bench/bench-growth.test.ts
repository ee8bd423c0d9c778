import { describe, expect, it } from 'vitest';
import { rechecksOf } from '../../../scripts/lib/bench-growth';

describe('rechecksOf', () => {
  it('gives each re-check its work and the steps added since the one before', () => {
    const t = {
      grows: [1000, 2000, 3000, 4000],
      spans: [
        { start: 1500, end: 1600 },
        { start: 4500, end: 4700 },
      ],
      work: [
        { start: 1500, end: 1502 },
        { start: 1590, end: 1594 },
        { start: 4500, end: 4512 },
        { start: 9000, end: 9100 },
      ],
    };
    expect(rechecksOf(t, [500, 500, 500, 500])).toEqual([
      { atMs: 500, ms: 6, steps: 1, words: 500, msPer1kWords: 12, maxSliceMs: 4 },
      { atMs: 3500, ms: 12, steps: 3, words: 1500, msPer1kWords: 8, maxSliceMs: 12 },
    ]);
  });

  it('leaves out re-checks that came before any new step (the page’s own changes)', () => {
    expect(rechecksOf({ grows: [1000], spans: [{ start: 500, end: 600 }], work: [] }, [500])).toEqual([]);
  });
});
