import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { SEEDS_DIR } from '../../../scripts/lib/seeds';
import { FIXTURES, loadSets } from '../../../scripts/lib/fixture-eval';
import { PRECHECK_FILE, bundledPrecheck } from '../../../scripts/make-precheck';

/**
 * Provenance: who published each seed and whose account it carries, as tests/fixtures/seeds/SOURCES.md
 * (from the project's seed-sources.md) says, written here apart from the pack so the two check each
 * other. Seed 004 is AFP's wire republished by Saudi Press, not Samaa; Samaa and i24 are known only
 * through All Israel News's relay.
 */
const SEEDS: Record<string, { outlet: string; url: string; published: string; carries: Record<string, 'first-hand' | 'relay'> }> = {
  '000_689fe36888664186.txt': {
    outlet: 'All Israel News',
    url: 'https://allisraelnews.com/during-al-sharaas-visit-to-azerbaijan-israeli-and-syrian-officials-meet-to-discuss-security-agreement',
    published: '2025-07-12/13',
    carries: { afp: 'relay', samaa: 'relay', i24: 'relay' },
  },
  '002_c8437874be4f7e9d.txt': { outlet: 'Voice of Asia News', url: 'https://voiceasianews.com/syrian-and-israeli-officials-set-to-meet-in-baku-amid-shifting-regional-dynamics/', published: '2025-07-12', carries: { afp: 'first-hand' } },
  '004_6c024d025d3bac50.txt': { outlet: 'Saudi Press', url: 'https://saudipress.com/syrian-and-israeli-officials-meet-in-baku-diplomatic-source', published: '2025-07-12/13', carries: { afp: 'first-hand' } },
};

const pack = bakuPackData;
const seedText = (file: string) => readFileSync(path.join(SEEDS_DIR, file), 'utf8');
/** The seed file a pack source is: its segments joined give the seed exactly. */
const seedOf = (sourceId: string) => {
  const source = pack.sources.find((s) => s.id === sourceId)!;
  const text = source.segments.map((s) => s.text).join('');
  return Object.keys(SEEDS).find((f) => seedText(f) === text);
};

describe('the Baku pack is provenance-true', () => {
  test.each(pack.sources.map((s) => [s.id] as const))('source %s is one seed, word for word, with its outlet, address and date', (id) => {
    const file = seedOf(id);
    expect(file).toBeDefined();
    const source = pack.sources.find((s) => s.id === id)!;
    const facts = SEEDS[file!]!;
    expect(source.outlet).toContain(facts.outlet);
    expect(source.url).toBe(facts.url);
    expect(source.published).toBe(facts.published);
    expect(Object.fromEntries(source.carries.map((c) => [c.account, c.via]))).toEqual(facts.carries);
  });

  const versions = pack.claims.flatMap((c) => c.versions.map((v, i) => [c.id, i, v] as const));
  test.each(versions.map(([claim, i, v]) => [`${claim} #${i} (${v.account})`, v] as const))('%s quotes a seed that carries that account, in that account’s words', (_name, v) => {
    const file = seedOf(v.source)!;
    expect(SEEDS[file]!.carries[v.account]).toBeDefined();
    const source = pack.sources.find((s) => s.id === v.source)!;
    expect(source.segments.filter((s) => s.account === v.account).some((s) => s.text.includes(v.quote))).toBe(true);
  });

  it('attributes nothing to Samaa from seed 004 (AFP’s wire), nor anything at all from a seed that does not carry it', () => {
    const samaa = pack.claims.flatMap((c) => c.versions.filter((v) => v.account === 'samaa'));
    expect(samaa.length).toBeGreaterThan(0);
    for (const v of samaa) expect(seedOf(v.source)).toBe('000_689fe36888664186.txt');
  });

  it('keeps i24’s two reports on attendance and AFP’s before and after the meeting, in order', () => {
    const attendance = pack.claims.find((c) => c.id === 'sharaa-attendance')!;
    expect(attendance.versions.filter((v) => v.account === 'i24').map((v) => v.position)).toEqual(['not-expected-to-attend', 'expected-to-attend']);
    expect(attendance.versions.filter((v) => v.account === 'afp').map((v) => [v.position, seedOf(v.source)])).toEqual([
      ['not-expected-to-attend', '002_c8437874be4f7e9d.txt'],
      ['did-not-attend', '004_6c024d025d3bac50.txt'],
    ]);
  });

  it('leaves Samaa and i24 silent on AFP’s background facts', () => {
    for (const c of pack.claims.filter((x) => x.id.startsWith('context-'))) expect(c.versions.every((v) => v.account === 'afp')).toBe(true);
  });
});

describe('the Baku pack’s contract', () => {
  const labelled = new Set(
    loadSets(FIXTURES).flatMap((set) => [...set.sentences.flatMap((s) => s.expect), ...set.articles.flatMap((a) => a.sentences.flatMap((s) => s.expect))].map((l) => l.claim)),
  );
  test.each(pack.claims.map((c) => [c.id] as const))('claim %s has a frame and a labelled fixture', (id) => {
    expect(pack.claims.find((c) => c.id === id)!.frames.length).toBeGreaterThan(0);
    expect(labelled.has(id)).toBe(true);
  });

  it('has fixtures whose claims and positions all exist in the pack', () => {
    const positions = new Map(pack.claims.map((c) => [c.id, new Set(c.positions.map((p) => p.id))]));
    for (const set of loadSets(FIXTURES)) {
      for (const label of [...set.sentences.flatMap((s) => s.expect), ...set.articles.flatMap((a) => a.sentences.flatMap((s) => s.expect))]) {
        if (label.claim === null) continue;
        expect(positions.get(label.claim), `${set.name}: ${label.claim}`).toBeDefined();
        expect(positions.get(label.claim)!.has(label.position!), `${set.name}: ${label.claim}:${label.position}`).toBe(true);
      }
    }
  });

  it('bakes the page pre-check the small content script bundles from the packs (npx tsx scripts/make-precheck.ts)', () => {
    expect(JSON.parse(readFileSync(PRECHECK_FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(bundledPrecheck())));
  });

  it('reads no seed from outside the repository', () => {
    expect(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(SEEDS).sort());
  });
});
