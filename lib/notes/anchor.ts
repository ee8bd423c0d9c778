import { findApproxMatches } from './approx-match';
import { utf16Index } from './code-points';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Finds a note's passage again in (possibly edited) article text, the Hypothesis way: exact quote
 * first (context picks among repeats), then the stored position when repeats are indistinguishable,
 * then approximate matching for pages edited a little. Pure string work; DOM ranges live in lib/dom.
 */

export type AnchorMethod = 'exact' | 'position' | 'fuzzy';

/** Where the passage is now (UTF-16 offsets into the text, as DOM ranges take them), and how it was found. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface AnchorOptions {
  /** Edits allowed in a fuzzy match, as a share of the quote length (default 0.2). */
  maxErrorRatio?: number;
  /** Hard cap on edits, which also bounds the work on long quotes (default 64). */
  maxErrors?: number;
}

/** The selectors anchoring needs; a full `NoteSelectors` fits. `position` counts code points (W3C §4.2.5). */
export interface AnchorSelectors {
  quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;
  position?: Pick<TextPositionSelector, 'start' | 'end'>;
}

/** How many exact repeats are weighed; a quote repeated more often than this is not a passage. */
const MAX_OCCURRENCES = 1_000;
/** Context beyond this many characters adds cost and no information. */
const MAX_CONTEXT = 64;

/** Plain Levenshtein distance, for short context strings only. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function similarity(expected: string, actual: string): number {
  const len = Math.max(expected.length, actual.length);
  return len === 0 ? 1 : 1 - editDistance(expected, actual) / len;
}

/** How well the text around [start, end) agrees with the stored prefix and suffix (0…2). */
function contextScore(text: string, start: number, end: number, quote: AnchorSelectors['quote']): number {
  const prefix = quote.prefix.slice(-MAX_CONTEXT);
  const suffix = quote.suffix.slice(0, MAX_CONTEXT);
  return (
    similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) +
    similarity(suffix, text.slice(end, end + suffix.length))
  );
}

function positionScore(text: string, start: number, hint: number | undefined): number {
  return hint === undefined ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && found.length < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/** The stored position as UTF-16 offsets into `text`, the unit the rest of anchoring works in. */
function positionIn(text: string, selectors: AnchorSelectors): { start: number; end: number } | undefined {
  const pos = selectors.position;
  return pos && { start: utf16Index(text, pos.start), end: utf16Index(text, pos.end) };
}

function anchorExact(text: string, selectors: AnchorSelectors, found: number[]): Anchor {
  const { exact } = selectors.quote;
  const pos = positionIn(text, selectors);
  const hint = pos?.start;
  const at = (start: number, method: AnchorMethod): Anchor => ({ start, end: start + exact.length, method });
  if (found.length === 1) return at(found[0]!, 'exact');

  const scored = found.map((start) => ({ start, context: contextScore(text, start, start + exact.length, selectors.quote) }));
  const best = Math.max(...scored.map((s) => s.context));
  const tied = scored.filter((s) => s.context >= best - 1e-9);
  if (tied.length === 1) return at(tied[0]!.start, 'exact');

  // Identical repeats with identical context: only the stored offsets can tell them apart.
  if (pos && tied.some((s) => s.start === pos.start) && text.slice(pos.start, pos.end) === exact) return at(pos.start, 'position');
  const nearest = tied.reduce((a, b) => (positionScore(text, b.start, hint) > positionScore(text, a.start, hint) ? b : a));
  return at(nearest.start, 'exact');
}

function anchorFuzzy(text: string, selectors: AnchorSelectors, options: AnchorOptions): Anchor | null {
  const { exact } = selectors.quote;
  const budget = Math.min(options.maxErrors ?? 64, Math.floor(exact.length * (options.maxErrorRatio ?? 0.2)));
  if (budget < 1) return null;
  // Most edits are small: a tight budget first keeps the q-gram filter sharp (and the search fast);
  // the full budget is paid only when nothing is that close.
  const tight = Math.min(budget, Math.max(2, Math.ceil(budget / 4)));
  const matches = findApproxMatches(text, exact, tight);
  if (!matches.length && tight < budget) matches.push(...findApproxMatches(text, exact, budget));
  const hint = positionIn(text, selectors)?.start;
  let best: { anchor: Anchor; score: number } | null = null;
  for (const match of matches) {
    // Weights after Hypothesis' match-quote.ts: the quote matters most, then context, then position.
    const score =
      50 * (1 - match.errors / exact.length) +
      20 * contextScore(text, match.start, match.end, selectors.quote) +
      2 * positionScore(text, match.start, hint);
    if (!best || score > best.score) best = { anchor: { start: match.start, end: match.end, method: 'fuzzy' }, score };
  }
  return best?.anchor ?? null;
}

/**
 * Locates a note's passage in `text`. Returns `null` when the passage cannot be found: the note is
 * then orphaned, which the UI shows — it never deletes the note.
 */
export function anchor(text: string, selectors: AnchorSelectors, options: AnchorOptions = {}): Anchor | null {
  const { exact } = selectors.quote;
  if (!text || !exact.trim()) return null;
  const found = exactOccurrences(text, exact);
  if (found.length) return anchorExact(text, selectors, found);
  return anchorFuzzy(text, selectors, options);
}
