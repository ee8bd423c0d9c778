import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A half-open span of the input, `[start, end)`, trimmed of surrounding whitespace. */
export interface Span {
  start: number;
  end: number;
}

// Loaded once per process/worker (~100 ms); the matcher runs in the background worker, never per page.
const nlp = winkNLP(model);
const its = nlp.its;

/**
 * Splits text into sentence spans with exact string offsets.
 *
 * Paragraphs (lines) are split first: wink does not break on a lone newline, and headlines or
 * tweet lines have no final stop. Each line goes to wink, whose tokens keep `precedingSpaces`,
 * so summing `precedingSpaces + value` walks the original string exactly; if that ever fails to
 * reproduce the line (some normalisation we did not foresee) the line is kept as one span rather
 * than risk wrong offsets. `keep` lets the caller skip lines that cannot matter: wink costs ~3 µs
 * a word, so skipping unrelated paragraphs is what keeps a 10k-word article well under 50 ms.
 */
export function splitSentences(text: string, keep: (line: string) => boolean = () => true): Span[] {
  const spans: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim() || !keep(line)) continue;
    for (const s of sentencesOfLine(line)) pushTrimmed(spans, text, m.index + s.start, m.index + s.end);
  }
  return spans;
}

function sentencesOfLine(line: string): Span[] {
  const doc = nlp.readDoc(line);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
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

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) spans.push({ start, end });
}

/**
 * The benchmark's baseline: every line through wink, sentences and word tokens, no matching.
 * @returns the sentence spans and the number of word tokens.
 */
export function splitSentencesAndWords(text: string): { sentences: Span[]; words: number } {
  let words = 0;
  const sentences: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const doc = nlp.readDoc(m[0]);
    words += doc.tokens().length();
    for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      sentences.push({ start: m.index + first, end: m.index + last });
    }
  }
  return { sentences, words };
}
