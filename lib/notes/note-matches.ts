import { isOnSite, siteKeyOfQuery, siteKeyOfUrl } from './normalize-url';
import type { Note } from './types';

/** A search's filters made ready to test notes against. */
export type NoteTest = (note: Note, folded?: string) => boolean;

/** The text a search looks in: quote and body, folded once (a note's list can be tested many times). */
export const searchableText = (note: Pick<Note, 'quote' | 'body'>) => `${note.quote}\n${note.body}`.toLowerCase();

/**
 * Whether a note passes every filter of a search (text in quote or body, site, tag, claim). One test
 * for the background's search and the popup's own page list, so both narrow the same way.
 * `folded` is the note's `searchableText`, when the caller keeps it.
 */
export function noteTest(query: { text?: string; site?: string; tag?: string; claimId?: string }): NoteTest {
  const text = query.text?.trim().toLowerCase() || undefined;
  const site = query.site?.trim() ? siteKeyOfQuery(query.site) : undefined;
  return (note, folded) =>
    (!query.tag || note.tag === query.tag) &&
    (!query.claimId || note.claimId === query.claimId) &&
    (!site || isOnSite(siteKeyOfUrl(note.url), site)) &&
    (!text ||
      // Quote and body are joined by a line break: a search with none cannot match across the two.
      (text.includes('\n')
        ? note.quote.toLowerCase().includes(text) || note.body.toLowerCase().includes(text)
        : (folded ?? searchableText(note)).includes(text)));
}
