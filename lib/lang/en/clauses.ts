import type { Span } from '../types';

// Boundaries where a sentence can switch stance: "AFP said he did not attend, while Samaa said he sat in".
const BOUNDARY = /;|,\s+(?=(?:while|whereas|but|although|though|however|yet)\b)|\s+(?=but\b)|—|\s–\s|:\s(?=[A-Z“"])/g;

/**
 * Splits a sentence into clauses at contrastive boundaries, offsets relative to the sentence.
 * Deliberately coarse: plain commas stay inside a clause so "contrary to reports, he did not
 * attend" keeps its frame next to its verb.
 */
export function splitClauses(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: sentence.length });
  return spans.filter((s) => sentence.slice(s.start, s.end).trim().length > 0);
}
