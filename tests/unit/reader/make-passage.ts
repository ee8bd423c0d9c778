import type { Passage } from '../../../lib/match/types';

/** A passage of a made-up story: `text` is the stretch of TEXT from `start`. */
export const TEXT = 'The envoys met at the lake. They spoke twice, a source said. Nobody else came.';

export function passage(start: number, end: number, over: Partial<Passage> = {}): Passage {
  return {
    start,
    end,
    text: TEXT.slice(start, end),
    claim: 'venue',
    position: 'lake',
    verdicts: { north: 'agrees', south: 'silent' },
    status: 'agrees',
    evidence: [],
    pack: 'tale',
    ...over,
  };
}
