/**
 * Does the matcher's English splitter (lib/lang/en/sentences.ts: `Intl.Segmenter` with abbreviations
 * joined) find the sentences wink-nlp found? Run in a page: the former wink splitter
 * (scripts/lib/wink-sentences.ts, every line sent to wink; no longer in the extension) against it.
 * `segmenterSentences` is the bare line-by-line `Intl.Segmenter('en', { granularity: 'sentence' })`.
 */
import { splitSentences } from '../../../lib/lang/en/sentences';
import { median } from '../median';
import { splitSentences as winkSplit } from '../wink-sentences';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Sentence spans by Intl.Segmenter, line by line (wink's splitter also splits lines first), trimmed. */
export function segmenterSentences(text: string, segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    for (const s of segmenter.segment(m[0])) {
      let start = m.index + s.index;
      let end = start + s.segment.length;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) spans.push({ start, end });
    }
  }
  return spans;
}

export const winkSentences = (text: string): SentenceSpan[] => winkSplit(text);

/** The matcher's splitter, every sentence (no `keep`). */
export const matcherSentences = (text: string): SentenceSpan[] => splitSentences(text);

/** Spans found by both, and examples of sentences only one of them found. */
export function compareSpans(a: readonly SentenceSpan[], b: readonly SentenceSpan[], text: string) {
  const key = (s: SentenceSpan) => `${s.start}:${s.end}`;
  const inB = new Set(b.map(key));
  const inA = new Set(a.map(key));
  const onlyA = a.filter((s) => !inB.has(key(s)));
  const onlyB = b.filter((s) => !inA.has(key(s)));
  const both = a.length - onlyA.length;
  const show = (s: SentenceSpan) => text.slice(s.start, s.end).slice(0, 120);
  return { a: a.length, b: b.length, both, onlyA: onlyA.slice(0, 3).map(show), onlyB: onlyB.slice(0, 3).map(show) };
}

/** Median ms of `runs` calls of `fn`, after one warm-up. */
function medianMs(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** wink's splitter and the matcher's on `text`, timed in turn, and how far their sentences agree. */
export function compareSplitters(text: string) {
  const winkMs = medianMs(() => winkSentences(text));
  const segmenterMs = medianMs(() => matcherSentences(text));
  return { winkMs, segmenterMs, ...compareSpans(winkSentences(text), matcherSentences(text), text) };
}
