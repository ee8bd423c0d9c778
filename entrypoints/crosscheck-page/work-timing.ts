/**
 * Crosscheck's own timing, for `npm run bench`: `crosscheck:*` marks and measures in the page's
 * performance timeline, which the bench reads from the page's main world.
 *
 * Only in builds made with WXT_CROSSCHECK_TIMING=1 (the bench's). The timeline belongs to the page, so
 * in a release build these calls compile to nothing: a page cannot tell from it that Crosscheck is installed.
 */
export const TIMING: boolean = import.meta.env.WXT_CROSSCHECK_TIMING === '1';

export function mark(name: string): void {
  if (TIMING) performance.mark(name);
}

/** A measure from the mark `from` to the mark `to`, or to now. */
export function measure(name: string, from: string, to?: string): void {
  if (TIMING) performance.measure(name, from, to);
}

/** Whether the timeline holds the mark (never, in a release build). */
export const hasMark = (name: string): boolean => TIMING && performance.getEntriesByName(name).length > 0;

/**
 * Which check a measure belongs to: the first check of the page (`true`, measures `crosscheck:work:*`,
 * which the bench sums), a re-check of text the page added later (`'recheck'`, measures
 * `crosscheck:recheck:*`, for the bench's growing page), or none (`false`).
 */
export type Timing = boolean | 'recheck';

/**
 * Runs `fn` and, while `timing` is on, records it as a `crosscheck:work:<name>` measure (or
 * `crosscheck:recheck:<name>`). Only bench builds record at all, so a busy page never grows the buffer.
 */
export function timed<T>(timing: Timing, name: string, fn: () => T): T {
  if (!TIMING || !timing) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`crosscheck:${timing === 'recheck' ? 'recheck' : 'work'}:${name}`, { start, end: performance.now() });
  }
}

/** A measure named `name` from `start` (a `performance.now()` value) to now; nothing in a release build. */
export function measureSince(name: string, start: number): void {
  if (TIMING) performance.measure(name, { start, end: performance.now() });
}

/**
 * Set by the small content script as its bundle starts to evaluate: the start of everything
 * Crosscheck does in a page, and of the `crosscheck` measure up to the last highlight.
 */
export const LIGHT_LOAD_MARK = 'crosscheck:load';
