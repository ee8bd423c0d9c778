/**
 * Runs `fn` and, while `timing` is on, records it as a `crosscheck:work:<name>` measure. The page's
 * own scripts can read these (the performance timeline is per document), which is how `npm run bench`
 * sums Crosscheck's main-thread time. Only the first check records, so a busy page never grows the buffer.
 */
export function timed<T>(timing: boolean, name: string, fn: () => T): T {
  if (!timing) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`crosscheck:work:${name}`, { start, end: performance.now() });
  }
}

/**
 * Set by the small content script as its bundle starts to evaluate: the start of everything
 * Crosscheck does in a page, and of the `crosscheck` measure up to the last highlight.
 */
export const LIGHT_LOAD_MARK = 'crosscheck:load';
