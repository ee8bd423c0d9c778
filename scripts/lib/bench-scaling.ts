/**
 * Inputs whose size is the point: each shape is built at 1×, 4× and 16× its base size, and the matcher's
 * time at each is divided by its time at 1× in the same run. Linear time gives about 4 and 16; quadratic
 * behaviour would give 16 and 256. These were unit tests with timed bounds; timing belongs here, where a
 * noisy machine shows as a figure to read, not as a test that fails.
 */
import { prng } from './bench-article';

const STORY = 'Syrian President Ahmed al-Sharaa did not attend the meeting in Baku with Israeli officials, a source told AFP.';

/** Random strings over code units chosen to hurt: surrogates, marks, bidi and joiners, punctuation. */
export function randomText(seed: number, length: number): string {
  const rand = prng(seed);
  const pool = [
    '\uD800', '\uDFFF', '\uD83D\uDE00', '\u0301', '\u0308\u0308\u0308', '\u200F', '\u200E', '\u202E', '\u2066', '\u200D', '\u200B',
    '\uFEFF', '\u0000', '\n', '\u2028', '.', '!', '?', '"', '”', "'", '-', ' ', 'Sharaa', 'Baku', 'Israel', 'Syria', 'not', 'شرع', '١٢',
  ];
  let s = '';
  while (s.length < length) s += rand() < 0.5 ? pool[Math.floor(rand() * pool.length)]! : String.fromCharCode(Math.floor(rand() * 0x10000));
  return s;
}

const storySentences = [
  STORY,
  'Officials from Syria and Israel met in Baku on Saturday on the sidelines of al-Sharaa’s visit to Azerbaijan.',
  'The talks focused on the Israeli military presence in southern Syria.',
  'Israel is a major arms supplier to Azerbaijan, which borders Iran.',
];
const paragraph = storySentences.join(' ');
const FILLER = 'The council met on Tuesday to discuss the budget for the coming year. ';

export interface Shape {
  name: string;
  /** The text at `k` times the base size; `tag` makes every call's text new, so no run reuses another's work. */
  build: (k: number, tag: string) => string;
}

export const shapes: Shape[] = [
  {
    name: 'hostile Unicode around story sentences (8 units)',
    build: (k, tag) => tag + Array.from({ length: 8 * k }, (_, i) => `${randomText(i, 400)} ${STORY} Officials met on the sidelines. ${'.,;'.repeat(30)} `).join('\n'),
  },
  // Wink's tokenizer is superlinear in a run without spaces: over-long runs end the sentence first.
  { name: 'one huge word (5,000 letters)', build: (k, tag) => `${STORY} ${tag.trim()}${'a'.repeat(5_000 * k)} ${STORY}` },
  // A sentence without stops is cut into pieces (MAX_SENTENCE in sentences.ts).
  { name: 'a sentence that never ends (100 clauses)', build: (k, tag) => tag + 'Syrian President al-Sharaa met Israeli officials in Baku on Saturday and '.repeat(100 * k) },
  {
    // Every third sentence follows the last with no space ("…told AFP.Officials from…").
    name: 'story sentences, some unspaced (64 KB)',
    build: (k, tag) => {
      let s = tag;
      for (let i = 0; s.length < 64_000 * k; i += 1) s += storySentences[i % storySentences.length]! + (i % 3 === 0 ? '' : ' ');
      return s;
    },
  },
  { name: 'one story paragraph repeated (64 KB)', build: (k, tag) => tag + Array.from({ length: Math.ceil((64_000 * k) / (paragraph.length + 2)) }, () => paragraph).join('\n\n') },
  // The hardening page: one story sentence, then a megabyte (at 16×) of another meeting's filler.
  { name: 'a story sentence, then filler (64 KB)', build: (k, tag) => tag + STORY + ' ' + FILLER.repeat(Math.ceil((64_000 * k) / FILLER.length)) },
];

export interface Scaling {
  name: string;
  baseKB: number;
  ms: [number, number, number];
  ratios: [number, number];
}

/** Median of `runs` timings of `fn` on fresh text each time, after one warm-up. */
function median(fn: (tag: string) => void, runs: number, fresh: () => string): number {
  fn(fresh());
  const times = Array.from({ length: runs }, () => {
    const tag = fresh();
    const t0 = performance.now();
    fn(tag);
    return performance.now() - t0;
  });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export function measureScaling(match: (text: string) => unknown, list: Shape[] = shapes): Scaling[] {
  let n = 0;
  const fresh = () => `${n++} `;
  return list.map((shape) => {
    const at = (k: number, runs: number) => median((tag) => match(shape.build(k, tag)), runs, fresh);
    const ms: [number, number, number] = [at(1, 7), at(4, 5), at(16, 3)];
    return { name: shape.name, baseKB: Math.round(shape.build(1, '').length / 1024), ms, ratios: [ms[1] / ms[0], ms[2] / ms[0]] };
  });
}
