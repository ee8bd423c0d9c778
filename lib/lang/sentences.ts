import type { Span } from './types';

/**
 * Sentence splitting shared by the language modules: Unicode's sentence boundaries (UAX #29, through the
 * ICU in every browser and in Node, `Intl.Segmenter`) with exact offsets, plus what each language says
 * about them (which boundaries are abbreviations, which pauses are stops).
 *
 * Lines are split first: headlines, datelines and tweet lines have no final stop. Within a line, a run
 * of more than 256 characters without whitespace (URLs, base64, minified code, text with its spaces
 * stripped) carries no claim: it ends the sentence before it and belongs to none. A sentence longer
 * than `MAX_SENTENCE` is cut at a space into pieces, which keeps the matcher linear in its input.
 */
export interface SentenceRules {
  segmenter: Intl.Segmenter;
  /**
   * Whether the boundary after `segment` (one of the Segmenter's, trailing space included) is no
   * sentence end; `rest` is the rest of the line after it. An abbreviation before a name, say.
   */
  joins?: (segment: string, rest: string) => boolean;
  /** Stops UAX #29 reads as pauses (a global regex): a sentence ends after each match followed by more words. */
  stops?: RegExp;
}

// The rules look back from every verb over the sentence before it, so their cost grows with the
// square of a sentence's length. News sentences stay under ~400 characters; a longer "sentence"
// (a page without stops, one line of thousands of words) is cut into pieces of at most this length.
const MAX_SENTENCE = 1200;

// The lookbehind starts a match only at the start of a run, so the scan is linear.
const LONG_RUN = /(?<!\S)\S{257,}/g;

/**
 * Sentence spans of `text`, trimmed, with exact offsets. With `keep`, only the sentences `keep`
 * accepts and their neighbour on each side (same line) are returned: the matcher reads nothing else.
 */
export function segmentSentences(text: string, rules: SentenceRules, keep?: (sentence: string) => boolean): Span[] {
  const out: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (!line[0].trim()) continue;
    const spans: Span[] = [];
    let from = 0;
    for (const run of line[0].matchAll(LONG_RUN)) {
      stretch(text, line.index + from, line.index + run.index, rules, spans);
      from = run.index + run[0].length;
    }
    stretch(text, line.index + from, line.index + line[0].length, rules, spans);
    if (!keep) out.push(...spans);
    else {
      const wanted = spans.map((s) => keep(text.slice(s.start, s.end)));
      spans.forEach((s, i) => {
        if (wanted[i] || wanted[i - 1] || wanted[i + 1]) out.push(s);
      });
    }
  }
  return out;
}

/** Sentences of `text[start, end)` (a stretch of one line) appended to `out`. */
function stretch(text: string, start: number, end: number, rules: SentenceRules, out: Span[]): void {
  const part = text.slice(start, end);
  if (!part.trim()) return;
  let from = start;
  for (const seg of rules.segmenter.segment(part)) {
    const at = start + seg.index + seg.segment.length;
    if (at < end && rules.joins?.(seg.segment, text.slice(at, end))) continue;
    if (rules.stops) {
      rules.stops.lastIndex = 0;
      for (const m of text.slice(from, at).matchAll(rules.stops)) {
        const cut = from + m.index + m[0].length;
        if (text.slice(cut, at).trim()) {
          pushTrimmed(out, text, from, cut);
          from = cut;
        }
      }
    }
    pushTrimmed(out, text, from, at);
    from = at;
  }
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE);
    pushTrimmed(out, text, start, cut);
    start = cut;
    while (start < end && /\s/u.test(text[start]!)) start += 1;
  }
  if (end > start) out.push({ start, end });
}

/** The last space in the second half of `[start, limit)`, else `limit` (moved off a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + MAX_SENTENCE / 2; i -= 1) if (/\s/u.test(text[i]!)) return i;
  return /[\uDC00-\uDFFF]/.test(text[limit]!) ? limit - 1 : limit;
}
