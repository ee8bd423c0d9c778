import { useEffect, useRef } from 'preact/hooks';
import type { ExportFormat } from '../lib/export/filenames';
import { importFailureWords, importResultWords } from '../lib/notes/import-words';
import type { Note } from '../lib/notes/types';
import { NoteFiles } from './NoteFiles';
import { NoteFilters } from './NoteFilters';
import { NoteItem, type Claims } from './NoteItem';
import { NOTES_PAGE, queryOf, type NotesApi, type NotesState } from './notes-state';
import { noteTest } from '../lib/notes/note-matches';

type Props = {
  state: NotesState;
  api: NotesApi;
  claims: Claims;
  /** The add-note key as the browser has it now; null when the reader has none. */
  addNoteKey?: string | null;
};

const failed = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Saves `content` as a file through a temporary object URL. */
function download(file: { filename: string; mime: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The popup's "My notes": one list, this page's notes first (orphans marked), search over all, export, import. */
export function NotesView({ state, api, claims, addNoteKey = null }: Props) {
  const searches = useRef(0);
  /** The other pages' notes for the filter, as many as the list shows. */
  const searchOthers = async () => {
    const url = state.pageUrl.value;
    const asked = ++searches.current;
    const found = await api.search({ ...queryOf(state.filter.value), limit: state.shown.value, ...(url && { excludeUrl: url }) });
    // Typing fires a search per key; an answer to an older one must not replace a newer one's.
    if (asked !== searches.current) return;
    state.results.value = found.notes;
    state.total.value = found.total;
    state.error.value = null;
  };
  const load = async () => {
    try {
      const url = state.pageUrl.value;
      if (url) {
        const [notes, status] = await Promise.all([api.listForUrl(url), api.pageStatus().catch(() => null)]);
        state.pageNotes.value = notes;
        state.orphaned.value = new Set(status?.orphaned ?? []);
      }
      await searchOthers();
    } catch (err) {
      state.error.value = failed(err);
    } finally {
      state.loading.value = false;
    }
  };
  // A filter or "Show more" changes only the other pages' list: this page's notes are narrowed in the
  // popup, so the page is not asked to re-anchor them at every key press.
  const refine = () => void searchOthers().catch((err) => (state.error.value = failed(err)));
  useEffect(() => {
    void api.persist().catch(() => false);
    void (async () => {
      state.pageUrl.value = await api.pageUrl().catch(() => null);
      await load();
    })();
  }, []);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await load();
    } catch (err) {
      state.error.value = failed(err);
    }
  };
  const exportAs = (format: ExportFormat, scope: 'all' | { url: string }) =>
    void act(async () => {
      const file = await api.exportFile(format, scope);
      download(file);
      state.status.value = `Saved ${file.filename}`;
    });
  const importFrom = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const result = await api.importFile(await file.text());
      state.imported.value = { kind: 'ok', title: importResultWords(result) };
      await load();
    } catch (err) {
      state.imported.value = { kind: 'error', ...importFailureWords(failed(err)) };
    }
  };
  const setFilter = (patch: Partial<NotesState['filter']['value']>) => {
    state.filter.value = { ...state.filter.value, ...patch };
    state.shown.value = NOTES_PAGE;
    refine();
  };
  const showMore = () => {
    state.shown.value += NOTES_PAGE;
    refine();
  };

  if (state.loading.value) return <p class="cc-loading">Reading your notes…</p>;
  const url = state.pageUrl.value;
  const filtered = Object.keys(queryOf(state.filter.value)).length > 0;
  // This page's notes are few and already here: the same test as the background's search narrows them.
  const test = noteTest(queryOf(state.filter.value));
  const here = state.pageNotes.value.filter((n) => test(n));
  const elsewhere = state.results.value;
  const more = state.total.value - elsewhere.length;
  const row = (note: Note, onPage: boolean) => (
    <NoteItem
      key={note.id}
      note={note}
      claims={claims}
      orphaned={onPage && state.orphaned.value.has(note.id)}
      editing={state.editing.value === note.id}
      onEdit={() => (state.editing.value = note.id)}
      onSave={(patch) => act(async () => (await api.update(note.id, patch), (state.editing.value = null)))}
      onCancel={() => (state.editing.value = null)}
      onDelete={() => void act(async () => (state.undo.value = await api.remove(note.id)))}
      onJump={onPage ? () => void api.scrollToNote(note.id).then((r) => !r.found && (state.status.value = 'That note’s passage is no longer on the page (orphaned).')) : undefined}
    />
  );
  const pageEmpty =
    state.pageNotes.value.length === 0
      ? `No notes on this page yet. Select a passage and press “Add note”${addNoteKey ? ` (or ${addNoteKey})` : ''}.`
      : 'No note on this page matches the search.';

  return (
    <div class="cc-notes-view">
      {state.error.value && (
        <div class="cc-error" role="alert">
          {state.error.value}
        </div>
      )}
      {state.status.value && (
        <p class="cc-notes-status" role="status">
          {state.status.value}
        </p>
      )}
      <NoteFilters filter={state.filter.value} claims={claims} onChange={setFilter} />
      {url ? (
        <section aria-labelledby="cc-notes-page">
          <h2 id="cc-notes-page">On this page</h2>
          {here.length === 0 ? <p class="cc-empty">{pageEmpty}</p> : <ul class="cc-note-list">{here.map((n) => row(n, true))}</ul>}
        </section>
      ) : (
        <p class="cc-notes-status">Crosscheck cannot read this page, so it shows all your notes.</p>
      )}
      <section aria-labelledby="cc-notes-other">
        <h2 id="cc-notes-other">{url ? 'On other pages' : 'All notes'}</h2>
        {elsewhere.length === 0 ? (
          <p class="cc-empty">{filtered ? 'No note on other pages matches the search.' : state.pageNotes.value.length ? 'No notes on other pages.' : 'You have no notes yet.'}</p>
        ) : (
          <ul class="cc-note-list">{elsewhere.map((n) => row(n, false))}</ul>
        )}
        {more > 0 && (
          <p class="cc-notes-more">
            Showing {elsewhere.length} of {state.total.value}.{' '}
            <button type="button" onClick={showMore}>
              Show {Math.min(more, NOTES_PAGE)} more
            </button>
          </p>
        )}
      </section>
      <NoteFiles pageUrl={url && state.pageNotes.value.length > 0 ? url : null} onExport={exportAs} onImport={(input) => void importFrom(input)} imported={state.imported.value} />
      {state.undo.value && (
        <div class="cc-toast" role="status">
          Note deleted.
          <button type="button" onClick={() => void act(async () => (await api.restore(state.undo.value!), (state.undo.value = null)))}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
