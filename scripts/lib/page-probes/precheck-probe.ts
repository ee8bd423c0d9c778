/**
 * The unrelated page's split, run in the page: the small script's pre-check (the bundled packs'
 * baked pre-check on the body's text) against the four-line minimal script's single pattern, each
 * including the read of `textContent`; repeats summed to 20 ms per sample, median of 7.
 */
import { bundledPrecheck } from '../../../lib/dom/page-precheck';

const MINIMAL = /syria|shar'?a|j(?:[ou]w?|aw)lani/i;

function median(work: () => unknown): number {
  const samples: number[] = [];
  for (let s = 0; s < 7; s++) {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 20) {
      work();
      n++;
    }
    samples.push((performance.now() - t0) / n);
  }
  return samples.sort((a, b) => a - b)[3]!;
}

export function precheckCosts(doc: Document): { precheckMs: number; minimalMs: number } {
  return {
    precheckMs: median(() => bundledPrecheck.about(doc.body.textContent ?? '')),
    minimalMs: median(() => MINIMAL.test(doc.body.textContent ?? '')),
  };
}
