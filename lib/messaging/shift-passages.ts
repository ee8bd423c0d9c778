import type { Passage } from '../match/types';

/** Passages found in a text that starts `by` characters into another, with offsets into that other. */
export function shiftPassages(passages: readonly Passage[], by: number): Passage[] {
  if (by === 0) return [...passages];
  return passages.map((p) => ({
    ...p,
    start: p.start + by,
    end: p.end + by,
    ...(p.cues && { cues: p.cues.map((c) => ({ start: c.start + by, end: c.end + by })) }),
  }));
}
