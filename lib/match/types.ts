/** How one account stands to what a passage says. */
export type Verdict = 'agrees' | 'contradicts' | 'silent';

/** The passage's overall standing: `contested` when the accounts split, `unsourced` when none backs it. */
export type Status = 'agrees' | 'contradicts' | 'contested' | 'unsourced';

export const STATUSES: readonly Status[] = ['agrees', 'contradicts', 'contested', 'unsourced'];

/** An earlier version of an account that the passage matches differently from the latest. */
export interface Revision {
  account: string;
  /** The passage's verdict against that earlier version. */
  verdict: Exclude<Verdict, 'silent'>;
  /** "agrees with Port authority’s first report (2025-03-03, 11:30 release), which it later revised". */
  note: string;
}

/** A sentence or clause of the input that carries one claim, or goes beyond every account. */
export interface Passage {
  /** JavaScript string offsets into the matcher's input: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Claim id in its pack; null for an open-world unsourced passage (something no claim lists). */
  claim: string | null;
  /** The stance the passage takes (one of the claim's positions); null when `claim` is. */
  position: string | null;
  /** Per account of the pack: the latest version's verdict. */
  verdicts: Record<string, Verdict>;
  status: Status;
  /** The cue words that matched, so every highlight can explain itself. */
  evidence: string[];
  /** Where those cue words sit in the input (offsets like `start`/`end`), for marking them in the card. */
  cues?: { start: number; end: number }[];
  /** The pack the claim belongs to. */
  pack: string;
  /** Earlier versions the passage matches differently (the authority's 11:30 release, before its 18:45 correction). */
  revisions?: Revision[];
  /** The account the passage credits ("according to Meridian"), if it names one. */
  credits?: string;
  /** The credited account did not say this, or said otherwise. */
  misattributed?: boolean;
  /** What the credited account actually said, when misattributed. */
  attribution?: string;
  /** Open-world: the elements no account carries ("a hotline between the two armies"). */
  elements?: string[];
}
