import type { Span } from '../lang/types';

/**
 * Blanks comma-delimited asides ("Dascu, who met Marrow earlier, did not attend") with spaces
 * of the same length, so a subject and its verb can be read across them with offsets unchanged.
 */
// A relative clause may run long ("Dascu, whose union has fought the levy for years and who has said …,");
// other asides are short.
const ASIDE = /,\s+(?:(?:who|which|whose|whom|where)\b[^,;]{0,200}|(?:a|an|the|himself|herself|itself|his|her|its|then|now|once|already|also|seen as|known|widely|long|however|though|meanwhile|in turn|for (?:its|his|her|their) part|too|in contrast|by contrast|instead)\b[^,;]{0,100}),/gi;

export function blankAsides(text: string): string {
  return text.replace(ASIDE, (m) => ' '.repeat(m.length));
}

// A relative clause set off by commas: what it says is its own ("Dascu, who the authority said sat in, …").
// Not ", the union said,": that is the sentence's own credit, in the middle.
const RELATIVE_ASIDE = /,\s+(?:who|which|whose|whom|where)\b[^,;]{0,200},/gi;

/** The spans of the comma-delimited relative clauses of a sentence. */
export function relativeAsides(text: string): Span[] {
  return [...text.matchAll(RELATIVE_ASIDE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The relative clauses that are about someone, not about a meeting: none of `meetingWords` in them.
 * What they name ("Dascu, whose union struck in Harwick last year, …") is the person's, not the meeting's.
 */
export function personalAsides(text: string, meetingWords: readonly RegExp[]): Span[] {
  return relativeAsides(text).filter((a) => !meetingWords.some((re) => re.test(text.slice(a.start, a.end))));
}
