import { createNotesDb } from '../../lib/notes/db';
import { createNoteHandlers } from '../../lib/notes/handlers';
import { createNoteRepository } from '../../lib/notes/repository';

/** The notes database lives in the extension's origin, opened here and nowhere a page can reach. */
export function createNoteHandlersForBackground() {
  return createNoteHandlers(createNoteRepository(createNotesDb()));
}
