import { describe, expect, it, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
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

describe('findPassages time', () => {
  // A ratio between sizes measured in the same run, not a wall-clock bound: linear time keeps
  // time(16×)/time(1×) near 16; quadratic behaviour would give about 256.
  const unit = (seed: number) => `${randomText(seed, 400)} ${STORY} Officials met on the sidelines. ${'.,;'.repeat(30)} `;
  const input = (k: number) => Array.from({ length: k }, (_, i) => unit(i)).join('\n');
  // Every run gets a text it has not seen (a fresh leading number), so no run can reuse another's work.
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
    const t1 = median((p) => findPassages(p + x1, bakuPackData), 9);
    const t4 = median((p) => findPassages(p + x4, bakuPackData), 5);
    const t16 = median((p) => findPassages(p + x16, bakuPackData), 3);
    expect(t4 / t1).toBeLessThan(4 * 3);
    expect(t16 / t1).toBeLessThan(16 * 3);
  });

  // Wink's tokenizer is superlinear in the length of a run without spaces (a 20k-character word
  // took ~1.5 s, 80k ~8 s); over-long runs now end the sentence and never reach wink.
  it('grows linearly with the length of a single huge word: 4× and 16× the word take under 3× the proportional time', () => {
    // The fresh number goes inside the word, so no run sees a word it has seen before.
    const word = (n: number, tag: string) => `${STORY} ${tag.trim()}${'a'.repeat(n)} ${STORY}`;
    const t1 = median((p) => findPassages(word(5_000, p), bakuPackData), 5);
    const t4 = median((p) => findPassages(word(20_000, p), bakuPackData), 5);
    const t16 = median((p) => findPassages(word(80_000, p), bakuPackData), 3);
    expect(t4 / t1).toBeLessThan(4 * 3);
    expect(t16 / t1).toBeLessThan(16 * 3);
  });

  // A sentence without stops is cut into pieces (see MAX_SENTENCE in sentences.ts): the rules look
  // back from each verb, which would be quadratic in the length of one endless sentence.
  it('grows linearly with the length of a sentence that never ends', () => {
    const clause = 'Syrian President al-Sharaa met Israeli officials in Baku on Saturday and ';
    const run = (n: number, p: string) => findPassages(p + clause.repeat(n), bakuPackData);
    const t1 = median((p) => run(100, p), 5);
    const t4 = median((p) => run(400, p), 5);
    const t16 = median((p) => run(1600, p), 3);
    expect(t4 / t1).toBeLessThan(4 * 3);
    expect(t16 / t1).toBeLessThan(16 * 3);
  });

  const MB = 1_000_000;
  const storySentences = [
    STORY,
    'Officials from Syria and Israel met in Baku on Saturday on the sidelines of al-Sharaa’s visit to Azerbaijan.',
    'The talks focused on the Israeli military presence in southern Syria.',
    'Israel is a major arms supplier to Azerbaijan, which borders Iran.',
  ];
  // Every third sentence follows the last with no space ("…told AFP.Officials from…").
  const glued = (size: number, p: string) => {
    let s = p;
    for (let i = 0; s.length < size; i += 1) s += storySentences[i % storySentences.length]! + (i % 3 === 0 ? '' : ' ');
    return s;
  };
  const paragraph = storySentences.join(' ');
  const repeated = (size: number, p: string) => p + Array.from({ length: Math.ceil(size / (paragraph.length + 2)) }, () => paragraph).join('\n\n');

  it.each([
    ['story sentences, some with no space between them', glued],
    ['one story paragraph repeated', repeated],
  ])('1 MB of %s: finds passages, and takes under 3× the proportional time of 1/16 MB', (_name, build) => {
    const small = median((p) => findPassages(build(MB / 16, p), bakuPackData), 3);
    const text = build(MB, `${fresh++} `);
    const t0 = performance.now();
    const passages = findPassages(text, bakuPackData);
    const big = performance.now() - t0;
    expect(passages.length).toBeGreaterThan(1000);
    expect(new Set(passages.map((x) => x.claim))).toContain('sharaa-attendance');
    expect(big / small).toBeLessThan(16 * 3);
  }, 60_000);
});
