import type { SourceId } from '../claims/schema';

/** How one account stands to what a passage says. */
export type Verdict = 'agrees' | 'contradicts' | 'silent';

/** The passage's overall standing: `contested` when the accounts split, `unsourced` when none backs it. */
export type Status = 'agrees' | 'contradicts' | 'contested' | 'unsourced';

export const STATUSES: readonly Status[] = ['agrees', 'contradicts', 'contested', 'unsourced'];

/** A sentence or clause of the input that carries one claim. */
export interface Passage {
  /** JavaScript string offsets into the matcher's input: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Claim id in the claim set. */
  claim: string;
  /** The stance the passage takes (one of the claim's positions). */
  position: string;
  verdicts: Record<SourceId, Verdict>;
  status: Status;
  /** The cue words that matched, so every highlight can explain itself. */
  evidence: string[];
}
