import { describe, expect, it } from 'vitest';
import { verdicts, type ExtraFigures, type PageFigures } from '../../../scripts/lib/bench-report-extras';

const page = (over: Partial<PageFigures>): PageFigures => ({
  name: 'story-20k',
  crosscheckMs: 30,
  wrapFloorMs: 10,
  ratioToWrapFloor: 3,
  maxSliceMs: 9,
  longestRunMs: 12,
  crosscheckLongTask: false,
  passagesShown: 10,
  wallMs: 300,
  ...over,
});
const none: ExtraFigures = { unrelatedInterleaved: null, coldStart: null, growth: null, notes: null, load: { start: [0, 0, 0], end: [0, 0, 0] } };
const met = (list: ReturnType<typeof verdicts>, start: string) => list.find((v) => v.target.startsWith(start))?.met;

describe('verdicts', () => {
  it('judges each story page on the wrap floor, its longest slice and long tasks', () => {
    const list = verdicts([page({ ratioToWrapFloor: 1.5 }), page({ name: 'story-100k', longestRunMs: 20, crosscheckLongTask: true })], none, 4.2);
    expect(met(list, 'story-20k: crosscheck ms')).toBe(true);
    expect(met(list, 'story-20k: longest slice')).toBe(true);
    expect(met(list, 'story-100k: crosscheck ms')).toBe(false);
    expect(met(list, 'story-100k: longest slice')).toBe(false);
    expect(met(list, 'story-100k: no long task')).toBe(false);
  });

  it('skips pages without marks (no wrap floor) and sections not measured', () => {
    const list = verdicts([page({ name: 'unrelated-20k', wrapFloorMs: null, ratioToWrapFloor: null })], none, 4.2);
    expect(list.map((v) => v.target)).toEqual(['light content script ≤ 5 KB gzipped']);
  });

  it('judges the unrelated page, the notes and the script size against their targets', () => {
    const list = verdicts(
      [],
      {
        ...none,
        unrelatedInterleaved: { crosscheckMs: 2.4, minimalMs: 2, ratio: 1.2 },
        notes: { notes: 10_000, openMs: 150, searchMs: 40, firstOpenMs: 300, emptyOpenMs: 10, emptySearchMs: 5, openRatio: 15, searchRatio: 8, searchAllMessageMs: 50, searchWordMessageMs: 20, listed: 10_000, found: 100 },
      },
      5.1,
    );
    expect(met(list, 'unrelated-20k')).toBe(true);
    expect(met(list, 'My notes with 10000 notes opens')).toBe(false);
    expect(met(list, 'My notes with 10000 notes searches')).toBe(true);
    expect(met(list, 'light content script')).toBe(false);
  });

  it('judges the cold start against 1.5× the warm figure', () => {
    const cold = (coldWallMs: number, warmWallMs: number) =>
      verdicts([], { ...none, coldStart: { warmWallMs, coldWallMs, ratio: coldWallMs / warmWallMs, runs: 5, stopsVerified: 5, warmRangeMs: [0, 0], coldRangeMs: [0, 0] } as never }, 4.2);
    expect(met(cold(950, 340), 'cold start')).toBe(false);
    expect(met(cold(500, 340), 'cold start')).toBe(true);
  });
});
