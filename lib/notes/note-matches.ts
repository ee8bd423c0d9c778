import { isOnSite, siteKeyOfQuery, siteKeyOfUrl } from './normalize-url';
import type { Note } from './types';

/**
 * What a search tests a note on, made once per note: quote and body folded, and its site key (which a
 * stored row already has). A list searched at every key press keeps these beside its notes.
 */
export interface Searchable {
  folded: string;
  siteKey: string;
}

/** A search's filters made ready to test notes against. */
export type NoteTest = (note: Note, known?: Searchable) => boolean;

/** The text a search looks in: quote and body, folded. */
export const searchableText = (note: Pick<Note, 'quote' | 'body'>) => `${note.quote}\n${note.body}`.toLowerCase();

/**
 * Whether a note passes every filter of a search (text in quote or body, site, tag, claim). One test
 * for the background's search and the popup's own page list, so both narrow the same way.
 * `known` is the note's {@link Searchable}, when the caller keeps it.
 */
export function noteTest(query: { text?: string; site?: string; tag?: string; claimId?: string }): NoteTest {
  const text = query.text?.trim().toLowerCase() || undefined;
  const site = query.site?.trim() ? siteKeyOfQuery(query.site) : undefined;
  return (note, known) =>
    (!query.tag || note.tag === query.tag) &&
    (!query.claimId || note.claimId === query.claimId) &&
    (!site || isOnSite(known?.siteKey ?? siteKeyOfUrl(note.url), site)) &&
    (!text ||
      // Quote and body are joined by a line break: a search with none cannot match across the two.
      (text.includes('\n')
        ? note.quote.toLowerCase().includes(text) || note.body.toLowerCase().includes(text)
        : (known?.folded ?? searchableText(note)).includes(text)));
}
