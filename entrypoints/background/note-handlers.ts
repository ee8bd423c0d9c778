import { createNotesDb } from '../../lib/notes/db';
import { createNoteRepository } from '../../lib/notes/repository';

/** The notes database lives in the extension's origin, opened here and nowhere a page can reach. */
export function openNoteRepository() {
  return createNoteRepository(createNotesDb());
}
