import { describe, expect, it, test } from 'vitest';
import { bundledClaimSet } from '../../../lib/claims/load';
import { findPassages } from '../../../lib/match/find-passages';
import { prng } from '../../../scripts/lib/bench-article';

const STORY = 'Syrian President Ahmed al-Sharaa did not attend the meeting in Baku with Israeli officials, a source told AFP.';

/** Random strings over code units chosen to hurt: surrogates, marks, bidi and joiners, punctuation. */
function randomText(seed: number, length: number): string {
  const rand = prng(seed);
  const pool = [
    '\uD800', '\uDFFF', '\uD83D\uDE00', '\u0301', '\u0308\u0308\u0308', '\u200F', '\u200E', '\u202E', '\u2066', '\u200D', '\u200B',
    '\uFEFF', '\u0000', '\n', '\u2028', '.', '!', '?', '"', '”', "'", '-', ' ', 'Sharaa', 'Baku', 'Israel', 'Syria', 'not', 'شرع', '١٢',
  ];
  let s = '';
  while (s.length < length) s += rand() < 0.5 ? pool[Math.floor(rand() * pool.length)]! : String.fromCharCode(Math.floor(rand() * 0x10000));
  return s;
}

function checkBounds(text: string): void {
  const passages = findPassages(text, bundledClaimSet);
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
    // 20k characters: the matcher is quadratic in word length (see the `fails` test below), 200k takes ~45 s.
    ['a huge word', `${STORY} ${'a'.repeat(20_000)} ${STORY}`],
    ['names interleaved with garbage', Array.from({ length: 300 }, (_, i) => `al-Sharaa ${'\u0000\uFFFF'.repeat(i % 7)} Baku Israel Syria ”“ ${i}`).join(' ')],
    ['only separators', '\n\u2028\u2029\r\n'.repeat(5000)],
    ['empty', ''],
  ])('%s: no throw, offsets in bounds', (_name, text) => {
    expect(() => checkBounds(text)).not.toThrow();
  });

  it('finds the story sentence when Arabic text surrounds it', () => {
    const text = `قال مصدر دبلوماسي إن الاجتماع عقد في باكو. ${STORY} وأضاف المصدر أن المحادثات مستمرة.`;
    const passages = findPassages(text, bundledClaimSet);
    expect(passages.some((p) => text.slice(p.start, p.end).includes('did not attend'))).toBe(true);
  });

  it.each(Array.from({ length: 20 }, (_, i) => [i]))('random text with seed %i: no throw, offsets in bounds', (seed) => {
    expect(() => checkBounds(`${randomText(seed, 3000)} ${STORY} ${randomText(seed + 100, 3000)}`)).not.toThrow();
  });
});

describe('findPassages time', () => {
  // A ratio between sizes measured in the same run, not a wall-clock bound: linear time keeps
  // time(16×)/time(1×) near 16; quadratic behaviour would give about 256.
  const unit = (seed: number) => `${randomText(seed, 400)} ${STORY} Officials met on the sidelines. ${'.,;'.repeat(30)} `;
  const input = (k: number) => Array.from({ length: k }, (_, i) => unit(i)).join('\n');
  // The matcher caches by text, so every run gets a text it has not seen (a fresh leading number).
  let fresh = 0;
  const median = (fn: (prefix: string) => void, runs: number) => {
    fn(`${fresh++} `);
    const times = Array.from({ length: runs }, () => {
      const prefix = `${fresh++} `;
      const t0 = performance.now();
      fn(prefix);
      return performance.now() - t0;
    });
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };

  it('grows linearly: 4× and 16× the input take under 3× the proportional time', () => {
    const [x1, x4, x16] = [input(8), input(32), input(128)];
    const t1 = median((p) => findPassages(p + x1, bundledClaimSet), 9);
    const t4 = median((p) => findPassages(p + x4, bundledClaimSet), 5);
    const t16 = median((p) => findPassages(p + x16, bundledClaimSet), 3);
    expect(t4 / t1).toBeLessThan(4 * 3);
    expect(t16 / t1).toBeLessThan(16 * 3);
  });

  // Known gap, kept visible: one 20k-character word takes ~10× the time of a 5k one (quadratic; a
  // 200k-character word takes ~45 s in the background). When the matcher is fixed this starts
  // failing: turn `it.fails` into `it`.
  it.fails('grows linearly with the length of a single huge word (known: quadratic)', () => {
    // The fresh number goes inside the word: cached words would hide the cost.
    const word = (n: number, tag: string) => `${STORY} ${tag.trim()}${'a'.repeat(n)} ${STORY}`;
    const t1 = median((p) => findPassages(word(5_000, p), bundledClaimSet), 3);
    const t0 = performance.now();
    findPassages(word(20_000, `${fresh++}`), bundledClaimSet);
    const t4 = performance.now() - t0;
    expect(t4 / t1).toBeLessThan(4 * 2);
  });
});
