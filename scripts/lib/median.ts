/**
 * The middle value (the upper one of the two middles for an even count); NaN for none. Its own file,
 * with no Node import, so the page probes bundled into a page (scripts/lib/page-probes) use it too.
 */
export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
