import { describe, expect, test } from 'vitest';
import { groupPassages } from '../../../lib/reader/group-marks';
import { claimToPreselect } from '../../../lib/reader/note-claim';
import { passage } from './make-passage';

// TEXT: "The envoys met at the lake." [0,27) "They spoke twice, a source said." [28,60) "Nobody else came." [61,78)
const marks = (...passages: Parameters<typeof passage>[]) => groupPassages(passages.map((p) => passage(...p)));

describe('claimToPreselect: the claim a note on a selection is about', () => {
  test.each([
    ['one mark with one claim: that claim', marks([0, 27]), 'tale/venue'],
    ['one mark with several: the most serious', marks([0, 27], [0, 27, { claim: 'date', status: 'contradicts' }]), 'tale/date'],
    ['one mark whose most serious part goes beyond every account: its claim', marks([28, 60, { claim: 'count' }], [40, 60, { claim: null, status: 'contradicts' }]), 'tale/count'],
    ['a mark that only goes beyond every account: none', marks([28, 60, { claim: null, status: 'unsourced' }]), null],
    ['two marks: none', marks([0, 27], [28, 60, { claim: 'count' }]), null],
    ['no mark: none', [], null],
  ])('%s', (_name, groups, expected) => {
    expect(claimToPreselect(groups)).toBe(expected);
  });
});
