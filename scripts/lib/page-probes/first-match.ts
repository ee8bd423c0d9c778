/**
 * Worker-start probe: the matcher's first call in a fresh JavaScript context (code not yet compiled
 * or optimised, the pack not yet compiled) against its second, on the same text.
 */
import { findPassages } from '../../../lib/match/find-passages';
import { bakuPackData } from '../../../lib/pack/load';

export function firstAndSecond(text: string): [number, number] {
  const t0 = performance.now();
  findPassages(text, bakuPackData);
  const t1 = performance.now();
  findPassages(text, bakuPackData);
  return [t1 - t0, performance.now() - t1];
}
