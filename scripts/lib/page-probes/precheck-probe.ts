/**
 * The unrelated page's split, run in the page: the small script's pre-check (the bundled packs'
 * baked pre-check on the body's text) against the four-line minimal script's single pattern, each
 * including the read of `textContent`; repeats summed to 20 ms per sample, median of 7.
 */
import { bundledPrecheck } from '../../../lib/dom/page-precheck';
import { median } from '../median';

const MINIMAL = /syria|shar'?a|j(?:[ou]w?|aw)lani/i;

function medianMs(work: () => unknown): number {
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
  return median(samples);
}

export function precheckCosts(doc: Document): { precheckMs: number; minimalMs: number } {
  return {
    precheckMs: medianMs(() => bundledPrecheck.about(doc.body.textContent ?? '')),
    minimalMs: medianMs(() => MINIMAL.test(doc.body.textContent ?? '')),
  };
}
