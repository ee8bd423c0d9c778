/**
 * Small figures helpers for `npm run bench`: medians, ratios against a baseline measured in the same
 * run, and how a ratio or the machine's load is printed beside the figures.
 */
import { loadavg } from 'node:os';

export { median } from './median';

/** `value / baseline`, rounded; null when the baseline is zero, negative or not a number (nothing to compare with). */
export function ratioOf(value: number, baseline: number, digits = 2): number | null {
  if (!(baseline > 0) || !Number.isFinite(value)) return null;
  return round(value / baseline, digits);
}

/** "×1.25", or "–" for a ratio that could not be taken. */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? '–' : `×${ratio}`;
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** The machine's 1, 5 and 15 minute load averages, as printed with every figure. */
export function machineLoad(read: () => number[] = loadavg): [number, number, number] {
  const [a = 0, b = 0, c = 0] = read();
  return [round(a), round(b), round(c)];
}

/** Samples taken with runs of A and B alternating (A, B, A, B…), so both see the same load. */
export async function interleaved<T>(runs: number, a: () => Promise<T>, b: () => Promise<T>): Promise<{ a: T[]; b: T[] }> {
  const out = { a: [] as T[], b: [] as T[] };
  for (let i = 0; i < runs; i++) {
    out.a.push(await a());
    out.b.push(await b());
  }
  return out;
}
