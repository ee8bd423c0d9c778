import { describe, expect, it, test } from 'vitest';
import claimSetJson from '../../../assets/claims.json';
import { bundledClaimSet, parseClaimSet } from '../../../lib/claims/load';
import { SOURCE_IDS } from '../../../lib/claims/schema';
import { readSeed } from '../../../scripts/lib/seeds';

describe('bundled claim set', () => {
  it('validates against the schema', () => {
    expect(() => parseClaimSet(claimSetJson)).not.toThrow();
    expect(bundledClaimSet.claims.length).toBeGreaterThan(20);
  });

  const quotes = bundledClaimSet.claims.flatMap((claim) => [
    ...SOURCE_IDS.flatMap((source) => (claim.accounts[source] ? [{ where: `${claim.id} ${source}`, ...claim.accounts[source]! }] : [])),
    ...claim.otherVoices.map((voice) => ({ where: `${claim.id} other: ${voice.who}`, ...voice })),
  ]);
  test.each(quotes)('quotes $where verbatim from $seed', ({ quote, seed }) => {
    expect(readSeed(seed)).toContain(quote);
  });

  it('leaves the other-voice claims to no account, so they read as unsourced', () => {
    const onlyOthers = bundledClaimSet.claims.filter((c) => c.otherVoices.length > 0);
    expect(onlyOthers.map((c) => c.id).sort()).toEqual(['azerbaijan-turkic-language', 'hanegbi-abu-dhabi', 'iran-energy-deal-collapse', 'normalisation-not-yet']);
    for (const claim of onlyOthers) expect(SOURCE_IDS.every((s) => claim.accounts[s] === null)).toBe(true);
  });
});

describe('parseClaimSet', () => {
  const clone = () => structuredClone(claimSetJson) as any;
  test.each([
    ['a quote of the wrong type', (s: any) => (s.claims[3].accounts.afp.quote = 42), 'claims.3.accounts.afp.quote: Invalid input: expected string'],
    ['a missing question', (s: any) => delete s.claims[0].question, 'claims.0.question:'],
    ['an unknown position', (s: any) => (s.claims[2].accounts.i24.position = 'maybe'), 'claims.2.accounts.i24.position: "maybe" is not one of'],
    ['a bad seed file name', (s: any) => (s.claims[1].accounts.samaa.seed = 'samaa.txt'), 'claims.1.accounts.samaa.seed: must be a seed file name'],
    ['a duplicate claim id', (s: any) => (s.claims[1].id = s.claims[0].id), 'claims.1.id: duplicate claim id'],
    ['an unknown compatible position', (s: any) => (s.claims[2].compatible[0][1] = 'nope'), 'claims.2.compatible.0.1: unknown position "nope"'],
    ['a wrong version', (s: any) => (s.version = 2), 'version:'],
    ['an unexpected field', (s: any) => (s.claims[0].extra = true), 'claims.0:'],
  ])('rejects %s with its path and problem', (_name, breakIt, message) => {
    const broken = clone();
    breakIt(broken);
    expect(() => parseClaimSet(broken)).toThrow(message);
  });

  it('rejects something that is not a claim set at all', () => {
    expect(() => parseClaimSet('nope')).toThrow(/\(root\): /);
  });
});
