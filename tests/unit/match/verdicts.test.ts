import { describe, expect, test } from 'vitest';
import { bundledClaimSet } from '../../../lib/claims/load';
import { statusOf, verdictsFor } from '../../../lib/match/verdicts';

const claim = (id: string) => bundledClaimSet.claims.find((c) => c.id === id)!;

describe('verdictsFor and statusOf', () => {
  test.each([
    ['sharaa-attendance', 'did-not-attend', { afp: 'agrees', i24: 'contradicts', samaa: 'contradicts' }, 'contested'],
    ['sharaa-attendance', 'attended', { afp: 'contradicts', i24: 'agrees', samaa: 'agrees' }, 'contested'],
    ['sharaa-attendance', 'not-expected-to-attend', { afp: 'agrees', i24: 'contradicts', samaa: 'contradicts' }, 'contested'],
    ['meeting-date', 'saturday-12-july', { afp: 'agrees', i24: 'silent', samaa: 'agrees' }, 'agrees'],
    ['meeting-date', 'other-day', { afp: 'contradicts', i24: 'silent', samaa: 'contradicts' }, 'contradicts'],
    ['israeli-delegation', 'dermer', { afp: 'silent', i24: 'agrees', samaa: 'silent' }, 'agrees'],
    ['hanegbi-abu-dhabi', 'reported-and-denied', { afp: 'silent', i24: 'silent', samaa: 'silent' }, 'unsourced'],
  ] as const)('%s as %s', (id, position, verdicts, status) => {
    expect(verdictsFor(claim(id), position)).toEqual(verdicts);
    expect(statusOf(verdicts)).toBe(status);
  });
});
