/**
 * `npm run bench:match [-- --json]`: matcher throughput on a deterministic ~10,000-word article
 * about the story, against a baseline that only splits the same text into sentences and words
 * (wink-nlp on every line, scripts/lib/wink-sentences.ts; wink is no longer in the extension, the baseline
 * stays as first measured), both measured in this run: warm-up, then the median of N runs. Then how the
 * time grows with the size of inputs built to hurt (scripts/lib/bench-scaling.ts), as ratios.
 */
import { findPassages } from '../lib/match/find-passages';
import { bakuPackData } from '../lib/pack/load';
import { buildArticle } from './lib/bench-article';
import { measureScaling } from './lib/bench-scaling';
import { readSeeds } from './lib/seeds';
import { splitSentencesAndWords } from './lib/wink-sentences';

const json = process.argv.includes('--json');
const text = buildArticle(readSeeds());
const words = text.split(/\s+/).filter(Boolean).length;
const RUNS = 21;

function median(fn: () => unknown): number {
  for (let i = 0; i < 5; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const matchMs = median(() => findPassages(text, bakuPackData));
const baselineMs = median(() => splitSentencesAndWords(text));
const bytes = new TextEncoder().encode(text).length;
const scaling = measureScaling((t) => findPassages(t, bakuPackData));
const result = {
  scaling: scaling.map((s) => ({ name: s.name, ms: s.ms.map((m) => Number(m.toFixed(2))), ratio4x: Number(s.ratios[0].toFixed(2)), ratio16x: Number(s.ratios[1].toFixed(2)) })),
  mbPerSec: Number((bytes / 1e6 / (matchMs / 1000)).toFixed(3)),
  msPer10kWords: Number(((matchMs * 10_000) / words).toFixed(3)),
  ratioToBaseline: Number((matchMs / baselineMs).toFixed(3)),
};

if (json) process.stdout.write(JSON.stringify(result) + '\n');
else {
  console.log(`article: ${words} words, ${(bytes / 1024).toFixed(1)} KiB, ${findPassages(text, bakuPackData).length} passages`);
  console.log(`matcher:  median ${matchMs.toFixed(2)} ms over ${RUNS} runs → ${result.msPer10kWords} ms per 10k words, ${result.mbPerSec} MB/s`);
  console.log(`baseline (wink sentences + words, every line): median ${baselineMs.toFixed(2)} ms`);
  console.log(`ratio matcher/baseline: ${result.ratioToBaseline}`);
  console.log('\nscaling (time at 4× and 16× the size over time at 1×, same run; linear ≈ 4 and 16, quadratic 16 and 256):');
  for (const s of scaling) console.log(`  ${s.name.padEnd(50)} ${s.ms.map((m) => m.toFixed(1).padStart(8)).join(' ')} ms   ×${s.ratios[0].toFixed(1)}  ×${s.ratios[1].toFixed(1)}`);
}
