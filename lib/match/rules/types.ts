/** What a rule sees: one sentence, its clauses, and what the whole document mentions. */
export interface SentenceContext {
  /** The sentence text, exactly as in the input. */
  text: string;
  /** Clause spans relative to `text` (see `clauses.ts`). */
  clauses: { start: number; end: number }[];
  /** The previous sentence, for "he" at the start of a sentence. */
  previous: string;
  /** The document mentions Israel and Baku/Azerbaijan: event rules only fire in such documents. */
  aboutBakuMeeting: boolean;
}

/** One claim a rule found in a sentence. */
export interface Hit {
  claim: string;
  position: string;
  /** Cue words as they appear in the text. */
  evidence: string[];
  /** The clause carrying it, relative to the sentence; used when one sentence takes two stances. */
  clause?: { start: number; end: number };
}

/** A claim family: sentence in, hits out. Pure. */
export type Rule = (sentence: SentenceContext) => Hit[];
