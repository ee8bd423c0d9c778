import type { z } from 'zod';
import { describeZodError } from '../messaging/protocol';
import type { NoteRow, NotesDb } from './db';
import { normalizeUrl, siteKeyOfUrl } from './normalize-url';
import { noteTest, searchableText, type Searchable } from './note-matches';
import {
  NewNoteInputSchema,
  NotePatchSchema,
  NoteSearchSchema,
  NoteSchema,
  type NewNoteInput,
  type Note,
  type NotePatch,
  type NoteQuery,
  type NoteSearch,
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
  /** The first `limit` of those (this page's left out when asked), and how many match in all. */
  find(search: NoteSearch): Promise<{ notes: Note[]; total: number }>;
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

  // Every note, newest edit first, with what a search tests folded once: My notes searches 10,000 notes
  // as the reader types, and reading them all from IndexedDB costs far more than testing them in memory.
  // Only the background opens the database and every write goes through this repository, so a write
  // bumps `generation` (after it commits) and a list read before it is never served again.
  let generation = 0;
  let cache: { generation: number; notes: Promise<Array<{ note: Note; known: Searchable }>> } | null = null;
  function everything() {
    if (cache?.generation === generation) return cache.notes;
    const notes = db.notes.toArray().then((rows) =>
      rows
        .map((row) => ({ note: toNote(row), known: { folded: searchableText(row), siteKey: row.siteKey } }))
        .sort((a, b) => byUpdatedDesc(a.note, b.note)),
    );
    cache = { generation, notes };
    notes.catch(() => cache?.notes === notes && (cache = null));
    return notes;
  }
  async function writing<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } finally {
      generation++;
    }
  }

  async function find(search: NoteSearch) {
    const { limit, excludeUrl, ...query } = parse(NoteSearchSchema, search, 'Cannot search');
    const test = noteTest(query);
    const left = excludeUrl ? normalizeUrl(excludeUrl) : undefined;
    const unfiltered = !query.text?.trim() && !query.site?.trim() && !query.tag && !query.claimId;
    if (unfiltered && limit !== undefined && cache?.generation !== generation) {
      // My notes opening with no filter: the newest edits through the `updatedAt` index, without
      // reading every note, while the list the search needs loads behind it for the first key typed.
      const [rows, total, here] = await Promise.all([
        db.notes.orderBy('updatedAt').reverse().filter((r) => r.url !== left).limit(limit).toArray(),
        db.notes.count(),
        left ? db.notes.where('url').equals(left).count() : 0,
      ]);
      // Only then, so the two reads do not queue on one database.
      void everything().catch(() => undefined);
      return { notes: rows.map(toNote).sort(byUpdatedDesc), total: total - here };
    }
    const matching = (await everything()).filter((e) => e.note.url !== left && test(e.note, e.known));
    return { notes: matching.slice(0, limit ?? matching.length).map((e) => e.note), total: matching.length };
  }

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
      await writing(db.notes.add(toRow(note)));
      return note;
    },

    async update(id, patch) {
      const changes = parse(NotePatchSchema, patch, 'Cannot change the note');
      return writing(db.transaction('rw', db.notes, async () => {
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
      }));
    },

    async remove(id) {
      return writing(db.transaction('rw', db.notes, async () => {
        const row = await mustGet(id);
        await db.notes.delete(id);
        return toNote(row);
      }));
    },

    async restore(note) {
      const valid = parse(NoteSchema, note, 'Cannot restore the note');
      await writing(db.notes.put(toRow(valid)));
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
      return (await find(query)).notes;
    },

    find,

    async all() {
      return (await everything()).map((e) => e.note);
    },

    async importMany(notes) {
      // Validate everything before touching the database: an import applies fully or not at all.
      const valid = notes.map((n, i) => parse(NoteSchema, n, `Cannot import note ${i + 1}`));
      return writing(db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.bulkGet(valid.map((n) => n.id));
        const seen = new Set<string>();
        const fresh = valid.filter((n, i) => {
          if (existing[i] || seen.has(n.id)) return false;
          seen.add(n.id);
          return true;
        });
        await db.notes.bulkAdd(fresh.map(toRow));
        return { added: fresh.length, skipped: valid.length - fresh.length };
      }));
    },
  };
}
