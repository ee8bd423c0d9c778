import { anchor, type AnchorMethod } from '../../../lib/notes/anchor';
import type { NoteSelectors } from '../../../lib/notes/types';

/** What anchoring needs of a note: where it sits. The content script holds no more than this. */
export interface NoteAnchor {
  id: string;
  selectors: NoteSelectors;
}

/** A note found in the text, with the offsets to highlight. */
export interface PlacedNote<N extends NoteAnchor = NoteAnchor> {
  note: N;
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Splits a page's notes into those anchored in `text` (exact → position → fuzzy) and the orphans.
 * Orphans are only reported, never dropped: the popup lists them so the reader keeps every note.
 */
export function planNotes<N extends NoteAnchor>(text: string, notes: readonly N[]): { placed: PlacedNote<N>[]; orphaned: N[] } {
  const placed: PlacedNote<N>[] = [];
  const orphaned: N[] = [];
  for (const note of notes) {
    const found = anchor(text, note.selectors);
    if (found) placed.push({ note, ...found });
    else orphaned.push(note);
  }
  return { placed, orphaned };
}

/** Keeps the editor's offsets only when they select readable text (not just spaces). */
export function isUsablePassage(text: string, start: number, end: number): boolean {
  return start >= 0 && end <= text.length && start < end && text.slice(start, end).trim().length > 0;
}
