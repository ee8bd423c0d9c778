import type { z } from 'zod';
import { describeZodError } from '../messaging/protocol';
import type { NoteRow, NotesDb } from './db';
import { isOnSite, normalizeUrl, siteKeyOfQuery, siteKeyOfUrl } from './normalize-url';
import {
  NewNoteInputSchema,
  NotePatchSchema,
  NoteQuerySchema,
  NoteSchema,
  type NewNoteInput,
  type Note,
  type NotePatch,
  type NoteQuery,
} from './types';

/** Thrown when input does not describe a valid note; the message names the field and the problem. */
export class NoteValidationError extends Error {
  override name = 'NoteValidationError';
}

/** Thrown when a note id is not in the database (e.g. deleted in another tab). */
export class NoteNotFoundError extends Error {
  override name = 'NoteNotFoundError';
  constructor(readonly id: string) {
    super(`No note with id "${id}"; it may have been deleted in another window`);
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new NoteValidationError(`${what}: ${describeZodError(result.error)}`);
  return result.data;
}

function toRow(note: Note): NoteRow {
  return { ...note, siteKey: siteKeyOfUrl(note.url) };
}

function toNote(row: NoteRow): Note {
  const { siteKey: _siteKey, ...note } = row;
  return note;
}

const byUpdatedDesc = (a: Note, b: Note) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id);
const byPosition = (a: Note, b: Note) =>
  a.selectors.position.start - b.selectors.position.start || a.createdAt - b.createdAt;

/** Everything the UI (through the background) can do with notes. */
export interface NoteRepository {
  /** Validates and stores a new note; returns it with id, quote and timestamps filled in. */
  add(input: NewNoteInput): Promise<Note>;
  /** Changes the given fields and bumps `updatedAt`. @throws NoteNotFoundError, NoteValidationError */
  update(id: string, patch: NotePatch): Promise<Note>;
  /** Deletes a note and returns it whole, so "Undo" can hand it to `restore`. @throws NoteNotFoundError */
  remove(id: string): Promise<Note>;
  /** Puts a removed note back exactly as it was (same id and timestamps). */
  restore(note: Note): Promise<Note>;
  /** One note, or undefined. */
  get(id: string): Promise<Note | undefined>;
  /** Notes on one page (the URL is normalised first), in reading order. */
  listForUrl(url: string): Promise<Note[]>;
  /** How many notes a page has (any form of its URL), without reading them. */
  countForUrl(url: string): Promise<number>;
  /** Notes matching every given filter, most recently edited first. */
  search(query: NoteQuery): Promise<Note[]>;
  /** Every note, most recently edited first. */
  all(): Promise<Note[]>;
  /** Adds notes in one transaction, skipping ids already stored (or repeated in the input). */
  importMany(notes: readonly Note[]): Promise<{ added: number; skipped: number }>;
}

/** Injected clock and id source, so tests get stable timestamps and ids. */
export interface RepositoryOptions {
  now?: () => number;
  newId?: () => string;
}

/** Builds the repository over an opened-or-openable notes database. */
export function createNoteRepository(db: NotesDb, options: RepositoryOptions = {}): NoteRepository {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());

  async function mustGet(id: string): Promise<NoteRow> {
    const row = await db.notes.get(id);
    if (!row) throw new NoteNotFoundError(id);
    return row;
  }

  return {
    async add(input) {
      const data = parse(NewNoteInputSchema, input, 'Cannot save the note');
      const at = now();
      const note = parse(
        NoteSchema,
        { ...data, url: normalizeUrl(data.url), id: newId(), quote: data.selectors.quote.exact, createdAt: at, updatedAt: at },
        'Cannot save the note',
      );
      await db.notes.add(toRow(note));
      return note;
    },

    async update(id, patch) {
      const changes = parse(NotePatchSchema, patch, 'Cannot change the note');
      return db.transaction('rw', db.notes, async () => {
        const current = toNote(await mustGet(id));
        const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
        const next = parse(
          NoteSchema,
          {
            ...current,
            ...defined,
            quote: changes.selectors?.quote.exact ?? current.quote,
            updatedAt: Math.max(now(), current.updatedAt),
          },
          'Cannot change the note',
        );
        await db.notes.put(toRow(next));
        return next;
      });
    },

    async remove(id) {
      return db.transaction('rw', db.notes, async () => {
        const row = await mustGet(id);
        await db.notes.delete(id);
        return toNote(row);
      });
    },

    async restore(note) {
      const valid = parse(NoteSchema, note, 'Cannot restore the note');
      await db.notes.put(toRow(valid));
      return valid;
    },

    async get(id) {
      const row = await db.notes.get(id);
      return row && toNote(row);
    },

    async listForUrl(url) {
      const rows = await db.notes.where('url').equals(normalizeUrl(url)).toArray();
      return rows.map(toNote).sort(byPosition);
    },

    async countForUrl(url) {
      return db.notes.where('url').equals(normalizeUrl(url)).count();
    },

    async search(query) {
      const q = parse(NoteQuerySchema, query, 'Cannot search');
      const text = q.text?.trim().toLowerCase() || undefined;
      const site = q.site?.trim() ? siteKeyOfQuery(q.site) : undefined;
      // Narrow with the most selective index, then apply the remaining filters in memory.
      const rows = q.claimId
        ? await db.notes.where('claimId').equals(q.claimId).toArray()
        : q.tag
          ? await db.notes.where('tag').equals(q.tag).toArray()
          : site
            ? await db.notes.where('siteKey').between(site, `${site}.\uffff`, true, true).toArray()
            : await db.notes.toArray();
      return rows
        .filter(
          (r) =>
            (!q.tag || r.tag === q.tag) &&
            (!q.claimId || r.claimId === q.claimId) &&
            (!site || isOnSite(r.siteKey, site)) &&
            (!text || r.quote.toLowerCase().includes(text) || r.body.toLowerCase().includes(text)),
        )
        .map(toNote)
        .sort(byUpdatedDesc);
    },

    async all() {
      return (await db.notes.toArray()).map(toNote).sort(byUpdatedDesc);
    },

    async importMany(notes) {
      // Validate everything before touching the database: an import applies fully or not at all.
      const valid = notes.map((n, i) => parse(NoteSchema, n, `Cannot import note ${i + 1}`));
      return db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.bulkGet(valid.map((n) => n.id));
        const seen = new Set<string>();
        const fresh = valid.filter((n, i) => {
          if (existing[i] || seen.has(n.id)) return false;
          seen.add(n.id);
          return true;
        });
        await db.notes.bulkAdd(fresh.map(toRow));
        return { added: fresh.length, skipped: valid.length - fresh.length };
      });
    },
  };
}
