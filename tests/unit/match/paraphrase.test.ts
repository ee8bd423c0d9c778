import { describe, expect, test } from 'vitest';
import { bundledClaimSet } from '../../../lib/claims/load';
import { findPassages } from '../../../lib/match/find-passages';

/**
 * Wording of other outlets, by phenomenon: each row is one sentence read after a lead about the
 * meeting, and the claim:position passages expected in it (exactly those).
 */
const LEAD = 'Officials from Syria and Israel held talks in Baku, Azerbaijan.';

function positions(sentence: string, lead = LEAD): string[] {
  const input = lead ? `${lead} ${sentence}` : sentence;
  const from = lead ? lead.length + 1 : 0;
  return findPassages(input, bundledClaimSet)
    .filter((p) => p.start >= from)
    .map((p) => `${p.claim}:${p.position}`)
    .sort();
}

describe('denials', () => {
  test.each([
    ['Reports that Sharaa had joined the meeting were later denied by Damascus.', ['sharaa-attendance:did-not-attend']],
    ['Claims that the Syrian president attended the talks have been dismissed as false.', ['sharaa-attendance:did-not-attend']],
    ['Reports that al-Sharaa attended the talks were confirmed by his office.', ['sharaa-attendance:attended']],
  ])('%s', (sentence, expected) => {
    expect(positions(sentence)).toEqual(expected);
  });
});
