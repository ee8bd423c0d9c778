import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { parsePack } from '../../../lib/pack/load';
import type { PackInput } from '../../../lib/pack/schema';

/**
 * What parsePack says about a bad claim pack. Each case starts from the made-up port-strike pack
 * (tests/fixtures/packs/port-strike/pack.json), breaks one thing, and expects a message that names
 * the path and the problem; beside it, a look-alike that is fine and must parse.
 */

const PACK_FILE = path.resolve(__dirname, '../../fixtures/packs/port-strike/pack.json');
// Mutable JSON on purpose: each case edits a fresh copy.
type Json = any;
const fresh = (): Json => JSON.parse(readFileSync(PACK_FILE, 'utf8'));
const claimIndex = (p: Json, id: string): number => p.claims.findIndex((c: { id: string }) => c.id === id);
const claimOf = (p: Json, id: string) => p.claims[claimIndex(p, id)];

/** The message parsePack throws for the edited pack, or null when it parses. */
function messageFor(edit: (p: Json) => void): string | null {
  const pack = fresh();
  edit(pack);
  try {
    parsePack(pack as PackInput);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('parsePack on the port-strike pack', () => {
  it('accepts it as it is', () => {
    expect(messageFor(() => {})).toBeNull();
  });

  it('says the pack is invalid, then each problem as "path: problem"', () => {
    expect(messageFor((p) => (p.schemaVersion = 2))).toBe('Invalid claim pack: schemaVersion: must be 1 (this version of Crosscheck reads pack schema 1)');
  });
});

// [what is broken, the edit, the issue expected ("path: problem"), a look-alike that is fine, the look-alike's edit]
type Case = [string, (p: Json) => void, string, string, (p: Json) => void];

const GRAIN = (p: Json) => claimOf(p, 'context-grain-exports').frames[0];
const ROUNDS = (p: Json) => claimOf(p, 'rounds-count');

const cases: Case[] = [
  [
    'a schemaVersion this version does not read',
    (p) => (p.schemaVersion = 2),
    'schemaVersion: must be 1 (this version of Crosscheck reads pack schema 1)',
    'schema version 1',
    (p) => (p.schemaVersion = 1),
  ],
  [
    'a schemaVersion given as a string',
    (p) => (p.schemaVersion = '1'),
    'schemaVersion: must be 1',
    'the number 1',
    (p) => (p.schemaVersion = Number.parseInt('1', 10)),
  ],
  [
    'an unknown entity in a pattern',
    (p) => (GRAIN(p).patterns.en[0] = '@port-veyra|@port-veira ~8 %handles ~8 %grain'),
    'claims.7.frames.0.patterns.en.0: unknown entity "port-veira"',
    'a known entity',
    (p) => (GRAIN(p).patterns.en[0] = '@port-veyra|@veyra-port ~8 %handles ~8 %grain'),
  ],
  [
    'an unknown entity in the event’s occasion',
    (p) => (p.event.occasion.en[0] = 'during|amid ~3 @strike'),
    'event.occasion.en.0: unknown entity "strike"',
    'a lexicon of that name',
    (p) => (p.event.occasion.en[0] = 'during|amid ~3 %stoppage'),
  ],
  [
    'an unknown lexicon in a pattern',
    (p) => (GRAIN(p).patterns.en[0] = '@port-veyra ~8 %handling ~8 %grain'),
    'claims.7.frames.0.patterns.en.0: unknown lexicon "handling"',
    'the known lexicon',
    (p) => (GRAIN(p).patterns.en[0] = '@port-veyra ~8 %handles ~8 %grain'),
  ],
  [
    'an unknown lexicon in a look-alike’s cues',
    (p) => (p.event.lookalikes[0].cues.en[0] = 'second ~2 %rounds'),
    'event.lookalikes.0.cues.en.0: unknown lexicon "rounds"',
    'the same cue in words',
    (p) => (p.event.lookalikes[0].cues.en[0] = 'second ~2 rounds'),
  ],
  [
    'a frame position the claim lacks',
    (p) => (claimOf(p, 'leader-presence').frames[0].positions.expected = 'expected-to-attend'),
    'claims.0.frames.0.positions.expected: "expected-to-attend" is not one of this claim\'s positions (took-part, did-not-take-part)',
    'the frame leaving out a position it may omit',
    (p) => delete claimOf(p, 'leader-presence').frames[0].positions.absent,
  ],
  [
    'a version on a position the claim lacks',
    (p) => (ROUNDS(p).versions[0].position = 'three-rounds'),
    'claims.1.versions.0.position: "three-rounds" is not one of this claim\'s positions (one-round, two-rounds)',
    'a version on the other position',
    (p) => (ROUNDS(p).versions[0].position = 'one-round'),
  ],
  [
    'a version quote not in its source at all',
    (p) => (ROUNDS(p).versions[0].quote = 'held three rounds of talks'),
    'claims.1.versions.0.quote: not found verbatim in union\'s words in source "union-statement"',
    'a shorter quote, still verbatim',
    (p) => (ROUNDS(p).versions[0].quote = 'held two rounds of talks'),
  ],
  [
    'a version quote from another account’s segment of the same source',
    (p) => Object.assign(ROUNDS(p).versions[0], { source: 'meridian-dispatch', quote: 'The negotiators discussed the dock levy' }),
    'claims.1.versions.0.quote: not found verbatim in union\'s words in source "meridian-dispatch"',
    'the union’s own words as Meridian relays them',
    (p) => Object.assign(ROUNDS(p).versions[0], { source: 'meridian-dispatch', quote: 'the two sides had held two rounds of talks' }),
  ],
  [
    'a version quote with a straight apostrophe where the source has a curly one',
    (p) => (claimOf(p, 'leader-presence').versions[3].quote = "Mirela Dascu, general secretary of the Veyra Dockworkers' Union, attended the talks"),
    'claims.0.versions.3.quote: not found verbatim in meridian\'s words in source "meridian-dispatch"',
    'the quote as written, curly apostrophe and all',
    (p) => (claimOf(p, 'leader-presence').versions[3].quote = 'Mirela Dascu, general secretary of the Veyra Dockworkers’ Union, attended the talks'),
  ],
  [
    'a version whose source does not carry the account',
    (p) => (ROUNDS(p).versions[0].source = 'authority-release'),
    'claims.1.versions.0.source: source "authority-release" does not carry union\'s account',
    'a source that relays it',
    (p) => Object.assign(ROUNDS(p).versions[0], { source: 'meridian-dispatch', quote: 'two rounds of talks' }),
  ],
  [
    'a version from an unknown source',
    (p) => (ROUNDS(p).versions[0].source = 'union-website'),
    'claims.1.versions.0.source: unknown source "union-website"',
    'the known source',
    (p) => (ROUNDS(p).versions[0].source = 'union-statement'),
  ],
  [
    'a duplicate claim id',
    (p) => (p.claims[2].id = 'rounds-count'),
    'claims.2.id: duplicate claim id "rounds-count"',
    'a new id',
    (p) => (p.claims[2].id = 'talks-day'),
  ],
  [
    'a duplicate entity id',
    (p) => p.entities.push({ ...p.entities[14], label: 'Ilse Marrow again' }),
    'entities.15.id: duplicate entity id "marrow"',
    'the copy under a new id',
    (p) => p.entities.push({ ...p.entities[14], id: 'marrow-deputy' }),
  ],
  [
    'a duplicate source id',
    (p) => (p.sources.push({ ...p.sources[0], title: 'Again' })),
    'sources.3.id: duplicate source id "union-statement"',
    'the copy under a new id',
    (p) => p.sources.push({ ...p.sources[0], id: 'union-statement-copy' }),
  ],
  [
    'a duplicate account id',
    (p) => p.accounts.push({ ...p.accounts[0], name: 'The union again' }),
    'accounts.3.id: duplicate account id "union"',
    'the copy under a new id',
    (p) => p.accounts.push({ ...p.accounts[0], id: 'union-press-office' }),
  ],
  [
    'a phrase (an alias) with a gap',
    (p) => (p.entities[0].aliases.en[0] = 'veyra ~2 union'),
    'entities.0.aliases.en.0: a phrase is words only (no @, % or ~)',
    'the alias with an optional word instead',
    (p) => (p.entities[0].aliases.en[0] = 'veyra dockers? union'),
  ],
  [
    'a phrase (a lexicon entry) with a reference',
    (p) => (p.lexicons.levy.en[0] = '@union levy'),
    'lexicons.levy.en.0: a phrase is words only (no @, % or ~)',
    'the entry with alternatives instead',
    (p) => (p.lexicons.levy.en[0] = 'union|dock levy'),
  ],
  [
    'a phrase (an account name) that is not a pattern at all',
    (p) => (p.accounts[0].names.en[0] = 'the ~2'),
    'accounts.0.names.en.0: phrase cannot start or end with a gap',
    'a plain name',
    (p) => (p.accounts[0].names.en[0] = 'the union'),
  ],
  [
    'an over-long label',
    (p) => (p.entities[0].label = 'x'.repeat(121)),
    'entities.0.label: Too big: expected string to have <=120 characters',
    'a label at the limit',
    (p) => (p.entities[0].label = 'x'.repeat(120)),
  ],
  [
    'an over-long story summary',
    (p) => (p.story.summary = 'x'.repeat(1201)),
    'story.summary: Too big: expected string to have <=1200 characters',
    'a summary at the limit',
    (p) => (p.story.summary = 'x'.repeat(1200)),
  ],
  [
    'an over-long pattern',
    (p) => (GRAIN(p).patterns.en[0] = `@port-veyra ~8 ${'grain|'.repeat(40)}wheat`),
    'claims.7.frames.0.patterns.en.0: pattern is longer than 240 characters',
    'a long pattern under the limit',
    (p) => (GRAIN(p).patterns.en[0] = `@port-veyra ~8 ${'grain|'.repeat(20)}wheat`),
  ],
  [
    'an over-long id',
    (p) => (p.claims[0].id = 'a'.repeat(65)),
    'claims.0.id: Too big: expected string to have <=64 characters',
    'an id at the limit',
    (p) => (p.claims[0].id = 'a'.repeat(64)),
  ],
  [
    'an ftp address',
    (p) => (p.sources[0].url = 'ftp://vdu.example.org/statements/2025-03-03-strike'),
    'sources.0.url: must be an http(s) address',
    'an http address',
    (p) => (p.sources[0].url = 'http://vdu.example.org/statements/2025-03-03-strike'),
  ],
  [
    'a javascript: address',
    (p) => (p.sources[0].url = 'javascript:alert(1)'),
    'sources.0.url: must be an http(s) address',
    'an https address',
    (p) => (p.sources[0].url = 'https://vdu.example.org/'),
  ],
  [
    'a relative address',
    (p) => (p.sources[0].url = '/statements/2025-03-03-strike'),
    'sources.0.url: must be an http(s) address',
    'an absolute one',
    (p) => (p.sources[0].url = 'https://vdu.example.org/statements/2025-03-03-strike'),
  ],
];

describe('parsePack names the path and the problem', () => {
  test.each(cases)('refuses %s', (_name, edit, issue) => {
    const message = messageFor(edit);
    expect(message).not.toBeNull();
    expect(message!.startsWith('Invalid claim pack: ')).toBe(true);
    expect(message).toContain(issue);
  });

  test.each(cases.map(([name, , , lookalike, edit]) => [name, lookalike, edit] as const))('beside %s, accepts %s', (_name, _lookalike, edit) => {
    expect(messageFor(edit)).toBeNull();
  });

  it('names the first few problems of a pack with several, separated by "; "', () => {
    const message = messageFor((p) => {
      p.schemaVersion = 2;
      p.sources[0].url = 'ftp://x.example.org/';
    });
    expect(message).toContain('schemaVersion: must be 1');
    expect(message).toContain('; sources.0.url: must be an http(s) address');
  });
});

describe('paths that point where the problem is', () => {
  // A pack writes a requires group as requires.en[1][0]: the path says so.
  test('names an unknown entity in a requires group by its place in the pack (requires.en.1.0)', () => {
    const message = messageFor((p) => (GRAIN(p).requires.en[1][0] = '@kestrani'));
    expect(message).toContain('claims.7.frames.0.requires.en.1.0: unknown entity "kestrani"');
  });

  it('names an unknown entity in an unless list by its place in the pack', () => {
    expect(messageFor((p) => (GRAIN(p).unless = { en: ['@kestrani'] }))).toContain('claims.7.frames.0.unless.en.0: unknown entity "kestrani"');
  });
});

describe('every list of a pack is bounded', () => {
  // A pack may come from a user, so every field is bounded (schema.ts).
  test.each([
    ['ten thousand lexicons', (p: Json) => Object.assign(p.lexicons, Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`lexicon-${i}`, { en: ['quay'] }])))],
    ['a thousand languages (one, repeated)', (p: Json) => (p.languages = Array(1000).fill('en'))],
  ])('refuses %s', (_name, edit) => {
    expect(messageFor(edit)).not.toBeNull();
  });

  test.each([
    ['an entity’s aliases', (p: Json) => (p.entities[0].aliases.en = Array(65).fill('union')), 'entities.0.aliases.en: Too big: expected array to have <=64 items'],
    ['a relation’s patterns', (p: Json) => (GRAIN(p).patterns.en = Array(65).fill('%grain')), 'claims.7.frames.0.patterns.en: Too big: expected array to have <=64 items'],
    ['the accounts', (p: Json) => (p.accounts = Array.from({ length: 9 }, (_, i) => ({ ...p.accounts[0], id: `a${i}` }))), 'accounts: Too big: expected array to have <=8 items'],
  ])('refuses one more than the limit of %s', (_name, edit, issue) => {
    expect(messageFor(edit)).toContain(issue);
  });
});
