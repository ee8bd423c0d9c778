/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same article. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER_WORDS =
  'the of and a to in is was for on that with as by at from its said it were has have been are new year government officials people country city week market week economy region report local public plan service growth support health water energy program project council minister spokesman statement data figures rise fall percent million billion early late morning evening'.split(' ');

/**
 * A deterministic article of about `words` words: story sentences from the seeds mixed with
 * neutral filler, in paragraphs of four to seven sentences, roughly a third of them on the story.
 * `seeds` are the seed texts (`readSeeds()` of scripts/lib/seeds.ts), in file order.
 */
export function buildArticle(seeds: string[], words = 10_000, seed = 12): string {
  const rand = prng(seed);
  const story = seeds.flatMap((t) => t.split(/(?<=[.”])\s+/)).filter((s) => s.split(' ').length > 6);
  const filler = () => {
    const n = 12 + Math.floor(rand() * 14);
    const w = Array.from({ length: n }, () => FILLER_WORDS[Math.floor(rand() * FILLER_WORDS.length)]!);
    return w.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 4 + Math.floor(rand() * 4) }, () => (rand() < 0.33 ? story[Math.floor(rand() * story.length)]! : filler()));
    const paragraph = sentences.join(' ');
    count += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join('\n\n');
}
