import { anchor, type AnchorMethod } from '../../../lib/notes/anchor';
import type { Note } from '../../../lib/notes/types';

/** A note found in the text, with the offsets to highlight. */
export interface PlacedNote {
  note: Note;
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Splits a page's notes into those anchored in `text` (exact → position → fuzzy) and the orphans.
 * Orphans are only reported, never dropped: the popup lists them so the reader keeps every note.
 */
export function planNotes(text: string, notes: readonly Note[]): { placed: PlacedNote[]; orphaned: Note[] } {
  const placed: PlacedNote[] = [];
  const orphaned: Note[] = [];
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
