/**
 * The English sentence splitter the matcher used before `Intl.Segmenter` (lib/lang/en/sentences.ts),
 * kept for the benchmarks only: `npm run bench:match`'s baseline (`splitSentencesAndWords`, wink on every
 * line) and `npm run bench`'s comparison of the two splitters. wink-nlp and its English model are
 * devDependencies now; nothing the extension ships imports this file.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

import type { Span } from '../../lib/lang/types';

// Loaded once per process/worker (~100 ms); the matcher runs in the background worker, never per page.
// Sentence boundaries only: the POS, NER and negation pipes triple wink's cost and nothing reads them
// (boundaries are identical with and without them on the seeds, the fixtures and the bench article).
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

/**
 * Splits text into sentence spans with exact string offsets.
 *
 * Paragraphs (lines) are split first: wink does not break on a lone newline, and headlines or
 * tweet lines have no final stop. Wink's tokens keep `precedingSpaces`, so summing
 * `precedingSpaces + value` walks the original string exactly; if that ever fails to reproduce
 * the input (a normalisation we did not foresee) the region is kept as one span rather than risk
 * wrong offsets.
 *
 * Speed (measured by `npm run bench:match`): wink costs ~3–5 µs a word, which alone would eat the
 * 50 ms budget on a 10k-word article. So a rough regex split (stop + space + capital) first picks
 * the chunks `keep` accepts, widened by one chunk on each side so a rough split at "U.S. President"
 * cannot cut a relevant sentence, and only those regions go to wink for the real boundaries.
 */
export function splitSentences(text: string, keep: (chunk: string) => boolean = () => true): Span[] {
  const spans: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    for (const region of relevantRegions(line, keep)) {
      const base = m.index + region.start;
      for (const s of sentencesOfLine(line.slice(region.start, region.end))) pushTrimmed(spans, text, base + s.start, base + s.end);
    }
  }
  return spans;
}

const ROUGH_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/g;

/** Regions of a line worth sending to wink: accepted rough chunks plus one neighbour each side. */
function relevantRegions(line: string, keep: (chunk: string) => boolean): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  for (const b of line.matchAll(ROUGH_BREAK)) {
    chunks.push({ start, end: b.index });
    start = b.index;
  }
  chunks.push({ start, end: line.length });
  const wanted = chunks.map((c) => keep(line.slice(c.start, c.end)));
  const regions: Span[] = [];
  for (let i = 0; i < chunks.length; i += 1) {
    if (!(wanted[i] || wanted[i - 1] || wanted[i + 1])) continue;
    const last = regions[regions.length - 1];
    if (last && last.end === chunks[i]!.start) last.end = chunks[i]!.end;
    else regions.push({ ...chunks[i]! });
  }
  return regions;
}

// wink's tokenizer is superlinear in the length of a run without whitespace (one 20k-character
// word took 1.5 s, 80k about 8 s; runs up to ~1k characters stay linear). No claim is carried by
// such a run — they are URLs, base64, minified code or text with its spaces stripped — so a run
// longer than 256 characters ends the sentence before it, belongs to no sentence, and never
// reaches wink. The lookbehind starts a match only at the start of a run, so the scan is linear.
const LONG_RUN = /(?<!\S)\S{257,}/g;

/** Sentences of one line: the stretches between over-long runs, each through wink. */
function sentencesOfLine(line: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const run of line.matchAll(LONG_RUN)) {
    for (const s of sentencesOfStretch(line.slice(from, run.index))) out.push({ start: from + s.start, end: from + s.end });
    from = run.index + run[0].length;
  }
  for (const s of sentencesOfStretch(line.slice(from))) out.push({ start: from + s.start, end: from + s.end });
  return out;
}

function sentencesOfStretch(line: string): Span[] {
  if (!line.trim()) return [];
  const doc = nlp.readDoc(line);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tokenStarts: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i += 1) {
    at += (spaces[i] ?? '').length;
    if (line.startsWith(values[i]!, at) === false) return [{ start: 0, end: line.length }];
    tokenStarts.push(at);
    at += values[i]!.length;
  }
  const out: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    out.push({ start: tokenStarts[first]!, end: tokenStarts[last]! + values[last]!.length });
  }
  return out;
}

// The rules look back from every verb over the sentence before it, so their cost grows with the
// square of a sentence's length. News sentences stay under ~400 characters; a longer "sentence"
// (a page without stops, one line of thousands of words) is cut into pieces of at most this length
// at a space, which keeps the whole matcher linear in its input.
const MAX_SENTENCE = 1200;

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE);
    pushTrimmed(spans, text, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start += 1;
  }
  if (end > start) spans.push({ start, end });
}

/** The last space in the second half of `[start, limit)`, else `limit` (moved off a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + MAX_SENTENCE / 2; i -= 1) if (/\s/.test(text[i]!)) return i;
  return /[\uDC00-\uDFFF]/.test(text[limit]!) ? limit - 1 : limit;
}

let fullNlp: ReturnType<typeof winkNLP> | undefined;

/**
 * The benchmark's baseline: every line through wink, sentences and word tokens, no matching.
 * @returns the sentence spans and the number of word tokens.
 */
export function splitSentencesAndWords(text: string): { sentences: Span[]; words: number } {
  // The baseline stays wink's default pipeline (as first measured), not the matcher's lighter one.
  const nlp = (fullNlp ??= winkNLP(model));
  let words = 0;
  const sentences: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const doc = nlp.readDoc(m[0]);
    words += doc.tokens().length();
    for (const [first, last] of doc.sentences().out(nlp.its.span) as unknown as [number, number][]) {
      sentences.push({ start: m.index + first, end: m.index + last });
    }
  }
  return { sentences, words };
}
