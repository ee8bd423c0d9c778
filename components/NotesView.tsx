import { useEffect, useRef } from 'preact/hooks';
import type { ExportFormat } from '../lib/export/filenames';
import type { Note, NoteTag } from '../lib/notes/types';
import { TAG_LABELS, TAG_ORDER, hostOf, queryOf, type NotesApi, type NotesState } from './notes-state';

type Claims = { id: string; question: string }[];
type Props = { state: NotesState; api: NotesApi; claims: Claims };

const FORMATS: Array<[ExportFormat, string]> = [
  ['jsonld', 'JSON-LD'],
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
];

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

/** The popup's "My notes": this page's notes (orphans marked), search over all notes, export, import. */
export function NotesView({ state, api, claims }: Props) {
  const load = async () => {
    try {
      const url = state.pageUrl.value;
      if (url) {
        const [notes, status] = await Promise.all([api.listForUrl(url), api.pageStatus().catch(() => null)]);
        state.pageNotes.value = notes;
        state.orphaned.value = new Set(status?.orphaned ?? []);
      }
      state.results.value = await api.search(queryOf(state.filter.value));
      state.error.value = null;
    } catch (err) {
      state.error.value = failed(err);
    } finally {
      state.loading.value = false;
    }
  };
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
  const remove = (note: Note) =>
    act(async () => {
      state.undo.value = await api.remove(note.id);
    });
  const undo = (note: Note) =>
    act(async () => {
      await api.restore(note);
      state.undo.value = null;
    });
  const exportAs = (format: ExportFormat, scope: 'all' | { url: string }) =>
    act(async () => {
      const file = await api.exportFile(format, scope);
      download(file);
      state.status.value = `Saved ${file.filename}`;
    });
  const importFrom = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { added, skipped } = await api.importFile(await file.text());
      state.status.value = `Added ${added}, skipped ${skipped} (already present).`;
      state.error.value = null;
      await load();
    } catch (err) {
      state.status.value = null;
      state.error.value = `Import failed, nothing was changed: ${failed(err)}`;
    }
  };
  const setFilter = (patch: Partial<NotesState['filter']['value']>) => {
    state.filter.value = { ...state.filter.value, ...patch };
    void load();
  };

  if (state.loading.value) return <p class="cc-loading">Reading your notes…</p>;
  const url = state.pageUrl.value;
  const filter = state.filter.value;
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
      onDelete={() => void remove(note)}
      onJump={onPage ? () => void api.scrollToNote(note.id).then((r) => !r.found && (state.status.value = 'That note’s passage is no longer on the page (orphaned).')) : undefined}
    />
  );

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
      <section aria-labelledby="cc-notes-page">
        <h2 id="cc-notes-page">On this page</h2>
        {!url ? (
          <p class="cc-empty">Crosscheck cannot read this page, so it has no notes here.</p>
        ) : state.pageNotes.value.length === 0 ? (
          <p class="cc-empty">No notes on this page yet. Select a passage and press “Add note” (or Alt+Shift+N).</p>
        ) : (
          <ul class="cc-note-list">{state.pageNotes.value.map((n) => row(n, true))}</ul>
        )}
      </section>
      <section aria-labelledby="cc-notes-all">
        <h2 id="cc-notes-all">All notes</h2>
        <div class="cc-note-filters" role="search">
          <input type="search" aria-label="Search text" placeholder="Search quotes and notes" value={filter.text} onInput={(e) => setFilter({ text: (e.target as HTMLInputElement).value })} />
          <input type="search" aria-label="Site" placeholder="Site, e.g. afp.com" value={filter.site} onInput={(e) => setFilter({ site: (e.target as HTMLInputElement).value })} />
          <select aria-label="Tag" value={filter.tag} onChange={(e) => setFilter({ tag: (e.target as HTMLSelectElement).value as NoteTag | '' })}>
            <option value="">Any tag</option>
            {TAG_ORDER.map((t) => (
              <option key={t} value={t}>
                {TAG_LABELS[t]}
              </option>
            ))}
          </select>
          <select aria-label="Claim" value={filter.claimId} onChange={(e) => setFilter({ claimId: (e.target as HTMLSelectElement).value })}>
            <option value="">Any claim</option>
            {claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.question}
              </option>
            ))}
          </select>
        </div>
        {state.results.value.length === 0 ? (
          <p class="cc-empty">{Object.keys(queryOf(filter)).length ? 'No note matches these filters.' : 'You have no notes yet.'}</p>
        ) : (
          <ul class="cc-note-list">{state.results.value.map((n) => row(n, false))}</ul>
        )}
      </section>
      <section class="cc-note-files" aria-label="Export and import">
        <span>Export all:</span>
        {FORMATS.map(([f, label]) => (
          <button key={f} type="button" data-export={`all-${f}`} onClick={() => void exportAs(f, 'all')}>
            {label}
          </button>
        ))}
        {url && state.pageNotes.value.length > 0 && (
          <>
            <span>This page:</span>
            {FORMATS.map(([f, label]) => (
              <button key={f} type="button" data-export={`page-${f}`} onClick={() => void exportAs(f, { url })}>
                {label}
              </button>
            ))}
          </>
        )}
        <label class="cc-import">
          Import JSON-LD…
          <input type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={(e) => void importFrom(e.target as HTMLInputElement)} />
        </label>
      </section>
      {state.undo.value && (
        <div class="cc-toast" role="status">
          Note deleted.
          <button type="button" onClick={() => void undo(state.undo.value!)}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}

type ItemProps = {
  note: Note;
  claims: Claims;
  orphaned: boolean;
  editing: boolean;
  onEdit: () => void;
  onSave: (patch: { body: string; tag: NoteTag | null }) => void;
  onCancel: () => void;
  onDelete: () => void;
  onJump?: () => void;
};

function NoteItem({ note, claims, orphaned, editing, onEdit, onSave, onCancel, onDelete, onJump }: ItemProps) {
  const body = useRef<HTMLTextAreaElement>(null);
  const tag = useRef<HTMLSelectElement>(null);
  const claim = note.claimId ? claims.find((c) => c.id === note.claimId) : undefined;
  return (
    <li class={`cc-note-item${orphaned ? ' cc-note-item--orphaned' : ''}`} data-note-id={note.id}>
      <div class="cc-note-item__meta">
        <span title={note.url}>{note.title || hostOf(note.url)}</span> · {hostOf(note.url)}
        {note.tag && <span class="cc-note-tag">{TAG_LABELS[note.tag]}</span>}
        {orphaned && <span class="cc-note-orphan">orphaned: passage not found on the page</span>}
      </div>
      {onJump && !orphaned ? (
        <button type="button" class="cc-note-item__quote" onClick={onJump} title="Show on the page">
          “{note.quote}”
        </button>
      ) : (
        <blockquote class="cc-note-item__quote">“{note.quote}”</blockquote>
      )}
      {editing ? (
        <form class="cc-note-item__edit" onSubmit={(e) => (e.preventDefault(), onSave({ body: body.current!.value, tag: (tag.current!.value || null) as NoteTag | null }))}>
          <textarea ref={body} aria-label="Note text" rows={3} defaultValue={note.body} />
          {/* `value`, not `defaultValue`: a select has no defaultValue property, so the tag would read as "none". */}
          <select ref={tag} aria-label="Tag" value={note.tag ?? ''}>
            <option value="">No tag</option>
            {TAG_ORDER.map((t) => (
              <option key={t} value={t}>
                {TAG_LABELS[t]}
              </option>
            ))}
          </select>
          <button type="submit">Save</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          {note.body && <p class="cc-note-item__body">{note.body}</p>}
          {claim && <p class="cc-note-item__claim">About: {claim.question}</p>}
          <div class="cc-note-item__actions">
            <button type="button" onClick={onEdit}>
              Edit
            </button>
            <button type="button" onClick={onDelete}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
