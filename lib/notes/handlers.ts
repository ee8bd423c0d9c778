import { notesToCsv } from '../export/csv';
import { EXPORT_FORMATS, exportFilename, type ExportFormat } from '../export/filenames';
import { parseImport } from '../export/import-jsonld';
import { notesToJsonLd } from '../export/jsonld';
import { notesToMarkdown, type MarkdownLabels } from '../export/markdown';
import type { NoteMessages } from '../messaging/note-messages';
import type { Handlers } from '../messaging/router';
import { normalizeUrl } from './normalize-url';
import type { NoteRepository } from './repository';
import type { Note } from './types';

const RENDER: Record<ExportFormat, (notes: readonly Note[], labels: () => Promise<MarkdownLabels>) => string | Promise<string>> = {
  jsonld: (notes) => notesToJsonLd(notes),
  // Dates in the reader's own format: the browser's locale and time zone.
  markdown: async (notes, labels) => notesToMarkdown(notes, { labels: await labels() }),
  // The BOM makes Excel read non-Latin quotes correctly; other spreadsheets ignore it.
  csv: (notes) => notesToCsv(notes, { bom: true }),
};

/**
 * The background's handlers for every `notes.*` message. Payloads arrive already parsed by the
 * router; this only maps them onto the repository and the exporters. `now` dates export file names;
 * `markdownLabels` gives the words the popup shows for tags and claims, for the Markdown export.
 *
 * @example createRouter(messages, { ...matchHandlers, ...createNoteHandlers(createNoteRepository(createNotesDb()), Date.now, labels) })
 */
export function createNoteHandlers(repo: NoteRepository, now: () => number, markdownLabels: () => Promise<MarkdownLabels>): Handlers<NoteMessages> {
  return {
    'notes.add': (input) => repo.add(input),
    'notes.update': ({ id, patch }) => repo.update(id, patch),
    'notes.remove': ({ id }) => repo.remove(id),
    'notes.restore': ({ note }) => repo.restore(note),
    'notes.listForUrl': async ({ url }) => ({ notes: await repo.listForUrl(url) }),
    'notes.anchorsForUrl': async ({ url }) => ({ anchors: (await repo.listForUrl(url)).map(({ id, selectors }) => ({ id, selectors })) }),
    'notes.countForUrl': async ({ url }) => ({ count: await repo.countForUrl(url) }),
    'notes.search': (search) => repo.find(search),
    'notes.exportFile': async ({ format, scope }) => {
      const notes = scope === 'all' ? await repo.all() : await repo.listForUrl(scope.url);
      const host = scope === 'all' ? undefined : new URL(normalizeUrl(scope.url)).hostname;
      return {
        filename: exportFilename(format, new Date(now()), host),
        mime: EXPORT_FORMATS[format].mime,
        content: await RENDER[format](notes, markdownLabels),
      };
    },
    'notes.import': async ({ text }) => repo.importMany(parseImport(text).notes),
  };
}
