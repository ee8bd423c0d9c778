import type { Span } from '../../lang/types';
import type { Claim, Frame } from '../../pack/schema';
import type { CompiledPack } from '../compile-pack';
import type { EventModel } from '../events';
import type { SentenceView } from '../sentence-view';

/** One claim a frame found in a sentence. */
export interface Hit {
  claim: string;
  position: string;
  /** Cue words as they appear in the (folded) sentence. */
  evidence: string[];
  /** The clause carrying it (folded offsets into the sentence): for its credit, and the passage when one sentence takes two stances. */
  clause?: Span;
  /** The passage is the clause, not the whole sentence (the engine sets it when a sentence takes two stances on a claim). */
  split?: boolean;
  /** Where the cue words sit, for attribution and event checks. */
  at: Span;
  /** The frame's place among the claim's frames (the engine sets it). */
  frame?: number;
}

/** What every frame may read besides its sentence. */
export interface FrameContext {
  cp: CompiledPack;
  events: EventModel;
  /** The page speaks of the event at all (both sides and a place named somewhere). */
  aboutEvent: boolean;
  /** Stretches of this sentence tied to another meeting: event frames stay silent on them. */
  elsewhere: (s: SentenceView, span: Span) => string | null;
}

export type FrameOf<T extends Frame['type']> = Extract<Frame, { type: T }>;

/** A frame reader: one sentence, one claim's frame, hits out. Pure. */
export type FrameReader<T extends Frame['type']> = (s: SentenceView, frame: FrameOf<T>, claim: Claim, ctx: FrameContext) => Hit[];
