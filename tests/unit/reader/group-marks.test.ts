import { describe, expect, it, test } from 'vitest';
import { cueSegments, cuesOf, groupPassages, groupText } from '../../../lib/reader/group-marks';
import { kindOf, mostSerious } from '../../../lib/reader/kinds';
import { TEXT, passage } from './make-passage';

// TEXT: "The envoys met at the lake." [0,27) "They spoke twice, a source said." [28,60) "Nobody else came." [61,78)
const first = (over = {}) => passage(0, 27, over);
const second = (over = {}) => passage(28, 60, { claim: 'count', ...over });

describe('groupPassages: one mark per sentence', () => {
  test.each([
    ['two sentences stay two marks', [first(), second()], [[0, 27, 1], [28, 60, 1]]],
    ['two claims on one sentence are one mark with two sections', [first(), first({ claim: 'date' })], [[0, 27, 2]]],
    ['a clause inside a sentence joins its mark', [second(), passage(46, 60, { claim: null, status: 'unsourced' })], [[28, 60, 2]]],
    ['overlapping spans chain into one mark over their union', [passage(0, 40), passage(30, 70, { claim: 'b' }), passage(65, 78, { claim: 'c' })], [[0, 78, 3]]],
    ['spans that only touch stay apart', [passage(0, 27), passage(27, 40, { claim: 'b' })], [[0, 27, 1], [27, 40, 1]]],
    ['the same claim twice in a sentence is one section', [first(), passage(4, 27)], [[0, 27, 1]]],
    ['empty spans are dropped', [passage(5, 5)], []],
    ['nothing', [], []],
  ])('%s', (_name, passages, expected) => {
    expect(groupPassages(passages).map((g) => [g.start, g.end, g.sections.length])).toEqual(expected);
  });

  test.each([
    ['agrees, contested', ['agrees', 'contested'], 'contested'],
    ['contested, contradicts', ['contested', 'contradicts'], 'contradicts'],
    ['unsourced, agrees', ['unsourced', 'agrees'], 'unsourced'],
    ['contested, unsourced', ['contested', 'unsourced'], 'contested'],
  ] as const)('a mark over %s shows the most serious: %s', (_name, statuses, expected) => {
    const group = groupPassages(statuses.map((status, i) => first({ claim: `c${i}`, status })))[0]!;
    expect(group.kind).toBe(expected);
  });

  it('a misattribution outranks every status, even on an agreeing passage', () => {
    const group = groupPassages([first({ status: 'contradicts', claim: 'a' }), first({ misattributed: true, claim: 'b' })])[0]!;
    expect(group.kind).toBe('misattributed');
    expect(group.sections.map((s) => s.key)).toEqual(['tale/b', 'tale/a']);
  });

  it('lists the sections most serious first, then in reading order', () => {
    const group = groupPassages([
      passage(0, 27, { claim: 'a' }),
      passage(0, 27, { claim: 'b', status: 'contested' }),
      passage(4, 27, { claim: 'c' }),
      passage(10, 27, { claim: null, status: 'unsourced' }),
      passage(12, 27, { claim: 'd', status: 'contested' }),
    ])[0]!;
    expect(group.sections.map((s) => `${s.key}:${s.kind}`)).toEqual(['tale/b:contested', 'tale/d:contested', 'tale/open:unsourced', 'tale/a:agrees', 'tale/c:agrees']);
  });

  it('keeps claims of different packs apart', () => {
    const group = groupPassages([first(), first({ pack: 'other' })])[0]!;
    expect(group.sections.map((s) => s.key)).toEqual(['tale/venue', 'other/venue']);
  });
});

describe('kinds', () => {
  test.each([
    [{ status: 'agrees' }, 'agrees'],
    [{ status: 'agrees', misattributed: true }, 'misattributed'],
    [{ status: 'contested', misattributed: false }, 'contested'],
  ] as const)('kindOf(%o) is %s', (p, kind) => expect(kindOf(p)).toBe(kind));

  it('mostSerious of nothing is agreement', () => expect(mostSerious([])).toBe('agrees'));
});

describe('groupText', () => {
  test.each([
    ['one passage', [passage(0, 27)], 'The envoys met at the lake.'],
    ['a passage and a clause inside it', [passage(28, 60), passage(46, 60)], 'They spoke twice, a source said.'],
    ['a chain of overlapping passages', [passage(0, 40), passage(30, 78)], TEXT.slice(0, 78)],
  ])('%s', (_name, passages, expected) => {
    expect(groupText(groupPassages(passages)[0]!)).toBe(expected);
  });
});

describe('cueSegments', () => {
  const seg = (text: string, start: number, cues: { start: number; end: number }[]) =>
    cueSegments(text, start, cues).map((s) => (s.cue ? `[${s.text}]` : s.text)).join('');
  test.each([
    ['no cues', 'a b c d e f', 0, [], 'a b c d e f'],
    ['one cue', 'a b c d e f', 0, [{ start: 2, end: 5 }], 'a [b c] d e f'],
    ['offsets of the page, not the text', 'a b c d e f', 100, [{ start: 108, end: 111 }], 'a b c d [e f]'],
    ['overlapping cues merge', 'a b c d e f', 0, [{ start: 2, end: 5 }, { start: 4, end: 9 }], 'a [b c d e] f'],
    ['touching cues merge', 'a b c d e f', 0, [{ start: 0, end: 2 }, { start: 2, end: 5 }], '[a b c] d e f'],
    ['cues out of order', 'a b c d e f', 0, [{ start: 8, end: 9 }, { start: 0, end: 1 }], '[a] b c d [e] f'],
    ['cues reaching outside are clipped', 'a b c d e f', 10, [{ start: 8, end: 11 }, { start: 18, end: 30 }], '[a] b c d [e f]'],
    ['cues wholly outside are dropped', 'a b c d e f', 10, [{ start: 0, end: 5 }, { start: 30, end: 40 }], 'a b c d e f'],
    ['markup in the text stays text', '<b>x</b>', 0, [{ start: 3, end: 4 }], '<b>[x]</b>'],
    ['a cue inside a word widens to the word', 'the attended talks', 0, [{ start: 4, end: 10 }], 'the [attended] talks'],
    ['an Arabic cue after a clitic takes the clitic', 'وأضاف المصدر أن', 0, [{ start: 8, end: 12 }], 'وأضاف [المصدر] أن'],
  ])('%s', (_name, text, start, cues, expected) => {
    expect(seg(text, start, cues)).toBe(expected);
  });
});

describe('cuesOf', () => {
  it('gives the matcher’s cues when there are some', () => {
    expect(cuesOf(passage(0, 27, { cues: [{ start: 11, end: 14 }] }))).toEqual([{ start: 11, end: 14 }]);
  });
  it('finds an open-world passage’s elements in its text, ignoring case', () => {
    const p = passage(28, 60, { claim: null, status: 'unsourced', elements: ['Twice', 'a source', 'not there'] });
    expect(cuesOf(p).map((c) => TEXT.slice(c.start, c.end))).toEqual(['twice', 'a source']);
  });
});
