import { z } from 'zod';
import { EXPORT_FORMATS, type ExportFormat } from '../export/filenames';
import { DEFAULT_MAX_IMPORT_BYTES } from '../export/import-jsonld';
import { NewNoteInputSchema, NotePatchSchema, NoteSearchSchema, NoteSchema, NoteSelectorsSchema, PageUrlSchema } from '../notes/types';
import { defineMessage } from './protocol';

/**
 * Messages for personal notes, answered by the background (the only owner of the notes database).
 * Every payload is strict (unknown keys are refused) and size-limited, since content scripts run next
 * to untrusted pages. Field limits live in NOTE_LIMITS (lib/notes/types.ts).
 */

const NoteIdSchema = z.uuid('must be a note id (a UUID)');
const NoteListSchema = z.strictObject({ notes: z.array(NoteSchema) });
/** Where a note sits, and nothing the reader wrote: what a page's content script may hold. */
const NoteAnchorSchema = z.strictObject({ id: z.uuid(), selectors: NoteSelectorsSchema });
const ExportFormatSchema = z.enum(Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]]);

export const noteMessages = {
  /** Create a note on a passage → the stored note (id, normalised url, timestamps filled in). */
  'notes.add': defineMessage(NewNoteInputSchema, NoteSchema),
  /** Change body, tag, claim, title or (after re-anchoring) selectors → the updated note. */
  'notes.update': defineMessage(z.strictObject({ id: NoteIdSchema, patch: NotePatchSchema }), NoteSchema),
  /** Delete → the deleted note, whole; send it back with `notes.restore` to undo. */
  'notes.remove': defineMessage(z.strictObject({ id: NoteIdSchema }), NoteSchema),
  /** Undo a removal: put the note back exactly as it was. */
  'notes.restore': defineMessage(z.strictObject({ note: NoteSchema }), NoteSchema),
  /** The notes of one page (any form of its URL), in reading order. */
  'notes.listForUrl': defineMessage(z.strictObject({ url: PageUrlSchema }), NoteListSchema),
  /** Where a page's notes sit (ids and selectors, no text of the reader's): what the content script highlights. */
  'notes.anchorsForUrl': defineMessage(z.strictObject({ url: PageUrlSchema }), z.strictObject({ anchors: z.array(NoteAnchorSchema) })),
  /** How many notes a page has: every page's content script asks once, to know whether to load the notes UI. */
  'notes.countForUrl': defineMessage(z.strictObject({ url: PageUrlSchema }), z.strictObject({ count: z.number().int().nonnegative() })),
  /** Filter by text (quote or body), site, tag and claim; newest edits first, `limit` at a time. `{}` lists all notes. */
  'notes.search': defineMessage(NoteSearchSchema, z.strictObject({ notes: z.array(NoteSchema), total: z.number().int().nonnegative() })),
  /** Render notes for download; the caller saves `content` under `filename` with type `mime`. */
  'notes.exportFile': defineMessage(
    z.strictObject({
      format: ExportFormatSchema,
      scope: z.union([z.literal('all'), z.strictObject({ url: PageUrlSchema })]),
    }),
    z.strictObject({ filename: z.string(), mime: z.string(), content: z.string() }),
  ),
  /** Import a Web Annotation JSON-LD file; all or nothing, ids already present are skipped. */
  'notes.import': defineMessage(
    z.strictObject({
      text: z
        .string()
        .max(DEFAULT_MAX_IMPORT_BYTES, `the file is larger than the ${DEFAULT_MAX_IMPORT_BYTES.toLocaleString('en')}-byte limit`),
    }),
    z.strictObject({ added: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() }),
  ),
};
export type NoteMessages = typeof noteMessages;

/**
 * The messages that carry or change what the reader wrote. The background answers them for its own
 * pages only (popup, note frame): a content script runs beside the page, and the page must not be able
 * to read or forge a note through it. Content scripts get `notes.anchorsForUrl` and `notes.countForUrl`.
 */
export const NOTE_TEXT_MESSAGES = [
  'notes.add',
  'notes.update',
  'notes.remove',
  'notes.restore',
  'notes.listForUrl',
  'notes.search',
  'notes.exportFile',
  'notes.import',
] as const satisfies readonly (keyof NoteMessages)[];
