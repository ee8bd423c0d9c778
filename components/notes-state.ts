import { signal } from '@preact/signals';
import type { ExportFormat } from '../lib/export/filenames';
import type { Note, NotePatch, NoteQuery, NoteSearch, NoteTag } from '../lib/notes/types';

export { TAG_LABELS, TAG_ORDER } from '../lib/notes/tag-labels';

/** What the notes view needs from the browser, passed in so it can be built and tested without one. */
export interface NotesApi {
  /** The URL of the page the popup was opened on; null on pages Crosscheck cannot read. */
  pageUrl(): Promise<string | null>;
  listForUrl(url: string): Promise<Note[]>;
  /** The first `limit` notes matching (newest edits first) and how many match in all. */
  search(query: NoteSearch): Promise<{ notes: Note[]; total: number }>;
  update(id: string, patch: NotePatch): Promise<Note>;
  remove(id: string): Promise<Note>;
  restore(note: Note): Promise<Note>;
  exportFile(format: ExportFormat, scope: 'all' | { url: string }): Promise<{ filename: string; mime: string; content: string }>;
  importFile(text: string): Promise<{ added: number; skipped: number }>;
  /** Asks the page to re-anchor its notes → which ids are orphaned there (empty when no page answers). */
  pageStatus(): Promise<{ placed: string[]; orphaned: string[] } | null>;
  scrollToNote(id: string): Promise<{ found: boolean }>;
  /** Ask the browser to keep the notes database when disk space runs low. */
  persist(): Promise<boolean>;
}

/** Filters of My notes (this page's and the others alike); empty strings mean "any". */
export interface NotesFilter {
  text: string;
  site: string;
  tag: NoteTag | '';
  claimId: string;
}

/** How many notes on other pages the list shows at first, and adds with each "Show more". */
export const NOTES_PAGE = 50;

/** What the last import did, in a reader's words (lib/notes/import-words.ts). */
export type ImportNote = { kind: 'ok' | 'error'; title: string; hint?: string };

/** The notes view's state as signals, one set per popup. */
export function createNotesState() {
  return {
    pageUrl: signal<string | null>(null),
    pageNotes: signal<Note[]>([]),
    orphaned: signal<ReadonlySet<string>>(new Set()),
    /** Notes on other pages that match, the first `shown` of them. */
    results: signal<Note[]>([]),
    /** How many notes on other pages match in all. */
    total: signal(0),
    /** How many of those the list asks for: a page at a time, so 10,000 notes open as fast as 10. */
    shown: signal(NOTES_PAGE),
    filter: signal<NotesFilter>({ text: '', site: '', tag: '', claimId: '' }),
    loading: signal(true),
    error: signal<string | null>(null),
    /** The last deleted note, offered back by the Undo toast. */
    undo: signal<Note | null>(null),
    /** A short message for the reader (export done, a passage no longer found). */
    status: signal<string | null>(null),
    imported: signal<ImportNote | null>(null),
    editing: signal<string | null>(null),
  };
}
export type NotesState = ReturnType<typeof createNotesState>;

/** The search message for a filter: blank fields are left out (the background treats absence as "any"). */
export function queryOf(filter: NotesFilter): NoteQuery {
  const query: NoteQuery = {};
  if (filter.text.trim()) query.text = filter.text.trim();
  if (filter.site.trim()) query.site = filter.site.trim();
  if (filter.tag) query.tag = filter.tag;
  if (filter.claimId) query.claimId = filter.claimId;
  return query;
}

/** A page's host for lists ("www." dropped), or the address itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
