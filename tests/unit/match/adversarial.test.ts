import { describe, expect, it, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';
import { randomText, shapes } from '../../../scripts/lib/bench-scaling';

const STORY = 'Syrian President Ahmed al-Sharaa did not attend the meeting in Baku with Israeli officials, a source told AFP.';

function checkBounds(text: string): void {
  const passages = findPassages(text, bakuPackData);
  for (const p of passages) {
    expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(p.start).toBeLessThan(p.end);
  }
}

describe('findPassages on adversarial Unicode', () => {
  test.each([
    ['lone surrogates around the story', `\uD800${STORY}\uDC00 \uDBFF.`],
    ['combining marks on every letter', STORY.replace(/[a-z]/g, (c) => `${c}\u0301\u0308`)],
    ['RTL and LTR marks between words', STORY.replace(/ /g, ' \u200F\u202B ')],
    ['zero-width joiners inside names', STORY.replace('Sharaa', 'Sh\u200Dar\u200Caa').replace('Baku', 'Ba\u200Dku')],
    ['10k repeated punctuation', `${STORY} ${'.'.repeat(10_000)} ${'!?'.repeat(5000)} ${STORY}`],
    ['a huge word', `${STORY} ${'a'.repeat(20_000)} ${STORY}`],
    ['names interleaved with garbage', Array.from({ length: 300 }, (_, i) => `al-Sharaa ${'\u0000\uFFFF'.repeat(i % 7)} Baku Israel Syria ”“ ${i}`).join(' ')],
    ['only separators', '\n\u2028\u2029\r\n'.repeat(5000)],
    ['empty', ''],
  ])('%s: no throw, offsets in bounds', (_name, text) => {
    expect(() => checkBounds(text)).not.toThrow();
  });

  it('finds the story sentence when Arabic text surrounds it', () => {
    const text = `قال مصدر دبلوماسي إن الاجتماع عقد في باكو. ${STORY} وأضاف المصدر أن المحادثات مستمرة.`;
    const passages = findPassages(text, bakuPackData);
    expect(passages.some((p) => text.slice(p.start, p.end).includes('did not attend'))).toBe(true);
  });

  it.each(Array.from({ length: 20 }, (_, i) => [i]))('random text with seed %i: no throw, offsets in bounds', (seed) => {
    expect(() => checkBounds(`${randomText(seed, 3000)} ${STORY} ${randomText(seed + 100, 3000)}`)).not.toThrow();
  });
});

// How the time grows with these sizes is measured by `npm run bench:match` (scripts/lib/bench-scaling.ts),
// as ratios in one run: timing is for a benchmark to print, not for a test on a shared machine to assert.
describe('findPassages on inputs built for their size', () => {
  it.each(shapes.map((s) => [s.name, s] as const))('%s at 16×: no throw, offsets in bounds, the story found', (_name, shape) => {
    const text = shape.build(16, '');
    const passages = findPassages(text, bakuPackData);
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
  }, 120_000);

  it('1 MB of story sentences, some with no space between them: a passage for each sentence that makes a claim', () => {
    const text = shapes.find((s) => s.name.startsWith('story sentences'))!.build(16, '');
    const passages = findPassages(text, bakuPackData);
    expect(passages.length).toBeGreaterThan(1000);
    expect(new Set(passages.map((x) => x.claim))).toContain('sharaa-attendance');
  }, 120_000);

  it('a story sentence, then a megabyte of another meeting: only the story sentence is read', () => {
    const text = shapes.find((s) => s.name.startsWith('a story sentence, then filler'))!.build(16, '');
    expect(text.length).toBeGreaterThan(1_000_000);
    const passages = findPassages(text, bakuPackData);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.end <= STORY.length)).toBe(true);
  }, 120_000);
});
