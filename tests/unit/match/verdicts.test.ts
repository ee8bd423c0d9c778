import { describe, expect, it, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { statusOf, verdictsFor } from '../../../lib/match/verdicts';

const claim = (id: string) => bakuPackData.claims.find((c) => c.id === id)!;

describe('verdictsFor and statusOf: each account judged against its latest version', () => {
  test.each([
    ['sharaa-attendance', 'did-not-attend', { afp: 'agrees', i24: 'contradicts', samaa: 'contradicts' }, 'contested'],
    ['sharaa-attendance', 'attended', { afp: 'contradicts', i24: 'agrees', samaa: 'agrees' }, 'contested'],
    ['sharaa-attendance', 'not-expected-to-attend', { afp: 'agrees', i24: 'contradicts', samaa: 'contradicts' }, 'contested'],
    ['meeting-date', 'saturday-12-july', { afp: 'agrees', i24: 'silent', samaa: 'silent' }, 'agrees'],
    ['meeting-date', 'other-day', { afp: 'contradicts', i24: 'silent', samaa: 'silent' }, 'contradicts'],
    ['context-israel-arms-azerbaijan', 'arms-supplier', { afp: 'agrees', i24: 'silent', samaa: 'silent' }, 'agrees'],
    ['israeli-delegation', 'dermer', { afp: 'silent', i24: 'agrees', samaa: 'silent' }, 'agrees'],
    ['hanegbi-abu-dhabi', 'reported-and-denied', { afp: 'silent', i24: 'silent', samaa: 'silent' }, 'unsourced'],
  ] as const)('%s as %s', (id, position, verdicts, status) => {
    expect(verdictsFor(bakuPackData, claim(id), position).verdicts).toEqual(verdicts);
    expect(statusOf(verdicts)).toBe(status);
  });

  it('says when a passage agrees with an earlier version the account later revised', () => {
    const { verdicts, revisions } = verdictsFor(bakuPackData, claim('sharaa-attendance'), 'not-expected-to-attend');
    expect(verdicts.i24).toBe('contradicts');
    expect(revisions).toEqual([{ account: 'i24', verdict: 'agrees', note: expect.stringMatching(/^agrees with i24 News’s first report \(.*\), which it later revised$/) }]);
  });

  it('adds no note where the earlier version gives the same verdict (AFP before and after the meeting)', () => {
    expect(verdictsFor(bakuPackData, claim('sharaa-attendance'), 'did-not-attend').revisions.map((r) => r.account)).toEqual(['i24']);
    expect(verdictsFor(bakuPackData, claim('sharaa-attendance'), 'attended').revisions).toEqual([]);
    expect(verdictsFor(bakuPackData, claim('meeting-date'), 'saturday-12-july').revisions).toEqual([]);
  });
});
