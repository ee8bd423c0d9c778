import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';
import { isAboutStory, mentionsStory } from '../../../lib/match/precheck';
import { loadFixtures, runFixtures, score } from '../../../scripts/lib/fixture-eval';
import { readSeeds } from '../../../scripts/lib/seeds';

const fixtures = loadFixtures();
const found = runFixtures(fixtures, bakuPackData);
const ARTICLES = path.resolve(__dirname, '../../fixtures/articles');

// Known gaps, kept visible rather than tuned away: a claim without its cue words in the sentence
// ("gas supplies will pass through Turkey" never says Syria), and a look-alike marker (Aliyev) in a
// trailing phrase that silences a real statement about the meeting.
// Sentences of other outlets the rules do not read yet (other-outlets.json is tuned on, held-out.json
// is not: it measures wording the rules were not written for).
const NOT_YET_READ = ['heldout-04', 'heldout-10', 'heldout-13', 'heldout-14', 'heldout-16', 'heldout-17', 'heldout-18', 'heldout-31'];
// held-out-b.json was an independent check (written before the second tuning round); its four misses
// (a definite "encounter in Baku", "Netanyahu sent a personal envoy", "weaponry", "moving Gazans")
// were read in session 3, by phenomenon (paraphrase.test.ts), so it is a tuning set now.
// held-out-c.json: 55 sentences a helper wrote from the seeds and the claim set alone, never shown the
// rules (each context opens with a one-sentence story lead, as an article would). Measured before any
// change made on it: 24/40 claim sentences fully right, 15/15 look-alikes silent, 5 swaps. Its misses
// were then read by phenomenon (paraphrase.test.ts: denied reports, counts, days, people, background
// facts), so it is a tuning set now; these three are still missed: the premature line names Syria only
// as "SANA", "the two delegations" names neither side, and "the collapse of Assad's fuel arrangement
// with Iran" puts the collapse before the deal.
const HELD_OUT_C_MISSES = ['held-out-c-22', 'held-out-c-31', 'held-out-c-38'];
// held-out-d.json: 60 sentences by another helper, same brief, longer multi-clause copy. Measured before
// any change made on it: 24/45 claim sentences fully right (22/45 with the code this session started
// from), 15/15 look-alikes silent, 1 swap. Read by phenomenon (paraphrase.test.ts, round three): 32/45.
// Still missed: claims carried by a pronoun or a clause with neither side named ("That issue … was",
// "It is the possible resettlement", "Its troops moved into"), "12.7" as a date, "did not come to Baku",
// two stances on one claim in one sentence, "Holding the talks in Azerbaijan" as the place.
const HELD_OUT_D_MISSES = [0, 1, 5, 12, 15, 17, 22, 28, 33, 37, 39, 43, 44].map((n) => `held-out-d-${String(n).padStart(2, '0')}`);
// held-out-e.json: 55 sentences by a third helper, in live-blog, headline, Q&A, translated and social
// copy. Measured before any change made on it: 19/40 (16/40 with the code session 3 started from),
// 14/15 look-alikes silent, 0 swaps. Read by phenomenon (round four): 26/40, 15/15. Still missed:
// pronoun subjects ("he did in fact sit in"), two stances on one claim in one sentence, a list after
// "followed by", "Sat 12/7" in a quoted post, "Şara", "jets have hit Syria scores of times".
const HELD_OUT_E_MISSES = [1, 4, 6, 9, 13, 19, 21, 23, 26, 30, 31, 32, 34, 35, 36, 39].map((n) => `held-out-e-${String(n).padStart(2, '0')}`);
const KNOWN_GAPS = new Set(['seed-000-11', 'own-29', ...NOT_YET_READ, ...HELD_OUT_C_MISSES, ...HELD_OUT_D_MISSES, ...HELD_OUT_E_MISSES]);

const key = (claim: string, position: string, v: object) => `${claim}:${position} ${JSON.stringify(v)}`;

describe('findPassages on labelled sentences', () => {
  test.each(fixtures.filter((f) => !KNOWN_GAPS.has(f.id)).map((f) => [f.id, f.outlet ?? f.seed, f.text, f] as const))(
    '%s (%s): %s',
    (_id, _where, _text, fixture) => {
      const got = found.get(fixture.id)!.map((p) => key(p.claim, p.position, p.verdicts));
      const want = fixture.expect.map((e) => key(e.claim, e.position, e.verdicts));
      expect(new Set(got)).toEqual(new Set(want));
    },
  );

  // The gaps may miss a passage, but what they do find must be right.
  test.each([...KNOWN_GAPS])('known gap %s: misses at most, never a wrong verdict', (id) => {
    const fixture = fixtures.find((f) => f.id === id)!;
    const want = new Set(fixture.expect.map((e) => key(e.claim, e.position, e.verdicts)));
    for (const p of found.get(id)!) expect(want).toContain(key(p.claim, p.position, p.verdicts));
  });

  it('never swaps agrees and contradicts, and emits no false contradicts', () => {
    const result = score(fixtures, found);
    expect(result.swaps).toEqual([]);
    expect(result.contradicts.fp).toBe(0);
  });

  it('puts nothing on sentences of the seeds that carry no claim', () => {
    expect(found.get('(unlabelled)')).toEqual([]);
  });
});

describe('passages', () => {
  const inputs = [
    ...readdirSync(ARTICLES).map((f) => readFileSync(path.join(ARTICLES, f), 'utf8')),
    ...readSeeds(),
  ];
  test.each(inputs.map((text, i) => [i, text] as const))('input %i: offsets slice the input, trimmed, one sentence at most', (_i, input) => {
    const passages = findPassages(input, bakuPackData);
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) {
      expect(input.slice(p.start, p.end)).toBe(p.text);
      expect(p.text).toBe(p.text.trim());
      expect(p.text).not.toContain('\n');
      expect(p.evidence.length).toBeGreaterThan(0);
    }
  });

  test.each([
    ['a text about something else', 'The European Central Bank left interest rates unchanged on Thursday. Markets rose.'],
    ['Syria and Israel without Baku or the president', 'Israel struck targets in Syria overnight, the army said.'],
    ['an empty string', ''],
  ])('finds nothing in %s', (_name, input) => {
    expect(findPassages(input, bakuPackData)).toEqual([]);
  });

  it('splits a sentence that takes two stances into clauses', () => {
    const input = 'Officials from Syria and Israel met in Baku. AFP said al-Sharaa did not attend, while Samaa said he sat in on one of the meetings.';
    const attendance = findPassages(input, bakuPackData).filter((p) => p.claim === 'sharaa-attendance');
    expect(attendance.map((p) => [p.position, p.text])).toEqual([
      ['did-not-attend', 'AFP said al-Sharaa did not attend'],
      ['attended', 'while Samaa said he sat in on one of the meetings.'],
    ]);
  });
});

describe('isAboutStory', () => {
  test.each([
    ['al-Sharaa', true],
    ['Abu Mohammad al-Julani spoke', true],
    ['the Syrian president spoke', true],
    ['Syria, Israel and Azerbaijan', true],
    ["President al-Shar'a", true],
    ['al-Jawlani', true],
    ['SYRIA, ISRAEL AND BAKU', true],
    ['Syria and Israel', false],
    ['Baku weather', false],
  ])('%s → %s', (text, expected) => {
    expect(isAboutStory(text)).toBe(expected);
  });

  it('is true wherever findPassages finds something', () => {
    const texts = [...fixtures.map((f) => (f.context ? `${f.context} ${f.text}` : f.text)), ...readdirSync(ARTICLES).map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'))];
    for (const text of texts) if (findPassages(text, bakuPackData).length) expect(isAboutStory(text)).toBe(true);
  });

  it('handles a 1 MB unrelated page', () => {
    expect(isAboutStory('lorem ipsum dolor sit amet '.repeat(40_000))).toBe(false);
  });
});

// The small content script re-tests a page after added text only when that text mentionsStory: any
// text that turns a page about the story must name one of its parts.
describe('mentionsStory', () => {
  test.each([
    ['al-Sharaa', true],
    ['the Syrian president spoke', true],
    ['Israel', true],
    ['in Baku', true],
    ['Azerbaijani officials', true],
    ['Baku weather', true],
    ['the weather in Lisbon', false],
    ['Bakugan toys', false],
  ])('%s → %s', (text, expected) => {
    expect(mentionsStory(text)).toBe(expected);
  });

  it('is true wherever isAboutStory is (one of its parts is named)', () => {
    const texts = ['al-Sharaa', 'Abu Mohammad al-Julani spoke', 'Syria, Israel and Azerbaijan', 'the Syrian interim president'];
    for (const text of texts) expect(isAboutStory(text) && !mentionsStory(text)).toBe(false);
  });
});
