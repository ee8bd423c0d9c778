/**
 * Approximate string matching: where does `pattern` occur in `text` with at most `k` edits
 * (insertions, deletions, substitutions)? Pure and DOM-free, like Hypothesis' approx-string-match.
 *
 * Cost: a q-gram filter (O(n)) finds the few windows that can hold a match, then Sellers' dynamic
 * programme with Ukkonen's cut-off runs only there (O(k·window) expected). Without candidates to
 * narrow to (short patterns), the same DP runs over the whole text in O(k·n) expected, which stays
 * small because callers bound `k`.
 */

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const Q = 4;

/**
 * Runs the edit-distance DP of `pattern` against `text[from, to)` column by column, calling `onEnd`
 * for every text end where the whole pattern matches with ≤ k edits. `anchored` forces the match to
 * begin at `from` (used backwards to find where a match starts); otherwise it may begin anywhere.
 */
function scanEnds(
  pattern: string,
  text: string,
  from: number,
  to: number,
  k: number,
  anchored: boolean,
  onEnd: (end: number, errors: number) => void,
): void {
  const m = pattern.length;
  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i++) codes[i] = pattern.charCodeAt(i);
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let prevTop = m;
  let lact = Math.min(k, m); // last row whose value is ≤ k; rows below it cannot come back under k
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    cur[0] = anchored ? j - from + 1 : 0;
    const top = Math.min(lact + 1, m);
    for (let i = 1; i <= top; i++) {
      const sub = prev[i - 1]! + (codes[i - 1] === c ? 0 : 1);
      const del = (i <= prevTop ? prev[i]! : k + 1) + 1;
      const ins = cur[i - 1]! + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    lact = top;
    while (lact >= 0 && cur[lact]! > k) lact--;
    if (lact === m) onEnd(j + 1, cur[m]!);
    if (lact < 0) return; // anchored and already more than k edits away: nothing further can match
    prevTop = top;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
}

function gramKey(s: string, i: number): number {
  // Collisions between different grams only add candidates; they never hide a match.
  return ((s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) * 31 + s.charCodeAt(i + 2)) * 31 + s.charCodeAt(i + 3);
}

/**
 * Text windows that can contain a match, by the q-gram lemma: a string within k edits of the pattern
 * shares at least (m − q + 1) − k·q of its q-grams, all on diagonals within ±k of its start.
 * Returns the whole text when the lemma gives no useful threshold.
 */
export function candidateWindows(text: string, pattern: string, k: number): Array<[number, number]> {
  const n = text.length;
  const m = pattern.length;
  const threshold = m - Q + 1 - k * Q;
  if (threshold < 3 || n < 4 * m) return [[0, n]];

  const offsets = new Map<number, number[]>();
  for (let o = 0; o + Q <= m; o++) {
    const key = gramKey(pattern, o);
    const list = offsets.get(key);
    if (list) list.push(o);
    else offsets.set(key, [o]);
  }
  const counts = new Int32Array(n + m); // index = diagonal (textPos − patternOffset) + m
  for (let p = 0; p + Q <= n; p++) {
    const list = offsets.get(gramKey(text, p));
    if (list) for (const o of list) counts[p - o + m]!++;
  }

  const windows: Array<[number, number]> = [];
  let sum = 0;
  for (let d = -m - k; d < n + k; d++) {
    // sum = hits on diagonals [d − k, d + k]; diagonals outside [−m, n) hold none
    if (d + k >= -m && d + k < n) sum += counts[d + k + m]!;
    if (d - k - 1 >= -m && d - k - 1 < n) sum -= counts[d - k - 1 + m]!;
    if (sum < threshold) continue;
    const from = Math.max(0, d - k);
    const to = Math.min(n, d + m + k);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function reverse(s: string): string {
  return Array.from({ length: s.length }, (_, i) => s[s.length - 1 - i]).join('');
}

/** Where a match ending at `end` begins: the same DP run backwards, anchored at `end`. */
function findStart(text: string, pattern: string, end: number, k: number): ApproxMatch | null {
  const from = Math.max(0, end - pattern.length - k);
  const backwards = reverse(text.slice(from, end));
  let best: ApproxMatch | null = null;
  scanEnds(reverse(pattern), backwards, 0, backwards.length, k, true, (len, errors) => {
    if (!best || errors < best.errors) best = { start: end - len, end, errors };
  });
  return best;
}

/**
 * Every distinct place `pattern` occurs in `text` with at most `maxErrors` edits, best first, at most
 * `limit` of them. Matches overlapping a better one are dropped.
 */
export function findApproxMatches(text: string, pattern: string, maxErrors: number, limit = 20): ApproxMatch[] {
  if (!pattern || !text) return [];
  const k = Math.max(0, Math.min(maxErrors, pattern.length - 1));
  const ends: Array<{ end: number; errors: number }> = [];
  for (const [from, to] of candidateWindows(text, pattern, k)) {
    scanEnds(pattern, text, from, to, k, false, (end, errors) => ends.push({ end, errors }));
  }
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);

  const matches: ApproxMatch[] = [];
  for (const { end } of ends) {
    if (matches.length >= limit) break;
    if (matches.some((mt) => end > mt.start && end - pattern.length < mt.end)) continue;
    const match = findStart(text, pattern, end, k);
    if (match && !matches.some((mt) => match.start < mt.end && mt.start < match.end)) matches.push(match);
  }
  return matches;
}
