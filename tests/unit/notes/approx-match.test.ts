import { describe, expect, it, test } from 'vitest';
import { candidateWindows, findApproxMatches } from '../../../lib/notes/approx-match';

/** Reference: smallest edit distance of `pattern` to any substring of `text` (Sellers, full table). */
function naiveBest(text: string, pattern: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = prev[pattern.length]!;
  for (const c of text) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) {
      cur[i] = Math.min(prev[i - 1]! + (pattern[i - 1] === c ? 0 : 1), prev[i]! + 1, cur[i - 1]! + 1);
    }
    best = Math.min(best, cur[pattern.length]!);
    prev = cur;
  }
  return best;
}

/** Deterministic pseudo-random generator so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('findApproxMatches', () => {
  test.each([
    ['exact hit', 'the quick brown fox jumps', 'brown fox', 0, { start: 10, end: 19, errors: 0 }],
    ['one substitution', 'the quick brown fax jumps', 'brown fox', 1, { start: 10, end: 19, errors: 1 }],
    ['one deletion', 'the quick brwn fox jumps', 'brown fox', 1, { start: 10, end: 18, errors: 1 }],
    ['one insertion', 'the quick brown fox jumps', 'brownfox', 1, { start: 10, end: 19, errors: 1 }],
  ])('finds a match with %s', (_name, text, pattern, k, expected) => {
    expect(findApproxMatches(text, pattern, k)[0]).toEqual(expected);
  });

  it('finds nothing when every candidate needs more edits than allowed', () => {
    expect(findApproxMatches('the quick brown fox', 'lazy dog', 2)).toEqual([]);
  });

  it('agrees with a naive dynamic programme on random texts', () => {
    const rand = rng(7);
    const alphabet = 'abcd ';
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const text = pick(20 + Math.floor(rand() * 200));
      const pattern = pick(3 + Math.floor(rand() * 40));
      const k = Math.floor(rand() * 6);
      const best = naiveBest(text, pattern);
      const matches = findApproxMatches(text, pattern, k);
      const cappedK = Math.min(k, pattern.length - 1);
      if (best <= cappedK) {
        expect(matches[0]?.errors, `round ${round}`).toBe(best);
        const m = matches[0]!;
        expect(naiveBest(text.slice(m.start, m.end), pattern)).toBe(best);
      } else {
        expect(matches, `round ${round}`).toEqual([]);
      }
    }
  });
});

describe('candidateWindows', () => {
  it('narrows a long text to the region around the edited quote', () => {
    const rand = rng(3);
    const words = ['minister', 'said', 'talks', 'border', 'would', 'not', 'attend', 'officials', 'report', 'the'];
    const text = Array.from({ length: 5_000 }, () => words[Math.floor(rand() * words.length)]).join(' ');
    const quote = 'An unusual sentence about Baku and a meeting that nobody expected to happen.';
    const edited = 'An unusual sentence about Baku and the meeting that nobody expected to happen!';
    const page = `${text.slice(0, 20_000)} ${edited} ${text.slice(20_000)}`;
    const windows = candidateWindows(page, quote, 15);
    const covered = windows.reduce((sum, [a, b]) => sum + b - a, 0);
    expect(covered).toBeLessThan(page.length / 10);
    expect(windows.some(([a, b]) => a <= 20_001 && b >= 20_001 + edited.length)).toBe(true);
  });
});
