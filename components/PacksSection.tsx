import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { tooLarge } from '../lib/packs/read-pack-text';
import { PacksApiContext, importProblems, packFacts, type PacksApi, type PackSummaryView } from './packs-state';

type Note = { kind: 'ok' | 'error'; title: string; lead?: string; problems?: string[] };
const failed = (err: unknown) => (err instanceof Error ? err.message : String(err));
const day = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * "Stories (claim packs)" on the options page: each pack with its languages and claims, whether it came
 * with Crosscheck or was imported, a switch, and Remove for imported ones; an import by file picker or
 * drop. A refused file changes nothing and says what is wrong and where.
 */
export function PacksSection({ api: given }: { api?: PacksApi }) {
  const provided = useContext(PacksApiContext);
  const api = given ?? provided;
  const [packs, setPacks] = useState<PackSummaryView[] | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  // Imports under way (a large file takes a moment to validate).
  const [busy, setBusy] = useState(0);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!api) return;
    api.list().then(setPacks, (err: unknown) => setNote({ kind: 'error', title: `Could not list the packs: ${failed(err)}` }));
  }, [api]);
  if (!api) return null;

  // The background runs changes one at a time, in the order they were asked, so none waits here:
  // each answer is the whole list as it then stands.
  const act = async (work: () => Promise<PackSummaryView[]>, done: (packs: PackSummaryView[]) => Note) => {
    try {
      const next = await work();
      setPacks(next);
      setNote(done(next));
    } catch (err) {
      setNote({ kind: 'error', title: failed(err) });
      // Show what is stored, not what the failed change would have made.
      api.list().then(setPacks, () => undefined);
    }
  };
  /** Shows a switch in its new place at once (a controlled checkbox would spring back until the answer). */
  const toggle = (p: PackSummaryView, on: boolean) => {
    setPacks((list) => list && list.map((x) => (x.id === p.id ? { ...x, enabled: on } : x)));
    void act(
      () => api.setEnabled(p.id, on),
      () => ({ kind: 'ok', title: on ? `“${p.title}” is on.` : `“${p.title}” is off: pages about it get no highlights.` }),
    );
  };

  const importFile = async (file: File) => {
    const refused = (lead: string, problems: string[] = []) => setNote({ kind: 'error', title: `${file.name} was not imported, and nothing changed.`, lead, problems });
    const large = tooLarge(file.size);
    if (large) return refused(large);
    setBusy((n) => n + 1);
    try {
      const { pack, replaced, packs: next } = await api.importText(await file.text());
      setPacks(next);
      setNote({
        kind: 'ok',
        title: replaced ? `Replaced “${pack.title}” with the version in ${file.name}.` : `Added “${pack.title}”.`,
        lead: `${packFacts(pack)}. It is on: pages about this story get highlights (pages already open, once they are reloaded).`,
      });
    } catch (err) {
      const { lead, problems } = importProblems(failed(err));
      refused(lead, problems);
    } finally {
      setBusy((n) => n - 1);
      // The same file may be picked again once fixed.
      if (picker.current) picker.current.value = '';
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files[0];
    if (file) void importFile(file);
  };
  const onDragLeave = (e: DragEvent) => {
    // Leaving for a child of the section is not leaving the section.
    if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setDragging(false);
  };

  const anyOn = packs?.some((p) => p.enabled) ?? true;
  const anyImported = packs?.some((p) => p.source === 'imported') ?? true;

  return (
    <fieldset
      class={`cc-packs${dragging ? ' cc-packs--drop' : ''}`}
      aria-busy={busy > 0}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <legend>Stories (claim packs)</legend>
      <p class="cc-hint">
        A pack is one story: its sources, what each account says and the claims Crosscheck looks for. Packs stay in this browser; nothing is sent
        anywhere.
      </p>
      {packs === null ? (
        <p class="cc-hint">Loading the packs…</p>
      ) : (
        <ul class="cc-pack-list" aria-label="Claim packs">
          {packs.map((p) => (
            <PackRow
              key={p.id}
              pack={p}
              toggle={(on) => toggle(p, on)}
              remove={() =>
                void act(
                  () => api.remove(p.id),
                  () => {
                    picker.current?.focus();
                    return { kind: 'ok', title: `Removed “${p.title}”. Import its file again to bring it back.` };
                  },
                )
              }
            />
          ))}
        </ul>
      )}
      {!anyOn && <p class="cc-pack-empty">Every story is off, so Crosscheck marks nothing on any page. Switch one on to check pages again.</p>}
      {!anyImported && <p class="cc-hint">No imported packs yet. Import a pack file to check pages about another story.</p>}
      <div class="cc-dropzone">
        <label class={`cc-file-button${busy > 0 ? ' cc-file-button--busy' : ''}`}>
          <input
            ref={picker}
            type="file"
            class="cc-visually-hidden"
            accept=".json,application/json"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
            }}
          />
          {busy > 0 ? 'Working…' : 'Import a pack…'}
        </label>
        <span class="cc-hint">or drop a pack file (.json) here</span>
      </div>
      {note && (
        <div class={`cc-pack-note cc-pack-note--${note.kind}`} role={note.kind === 'error' ? 'alert' : 'status'}>
          <p class="cc-pack-note-title">{note.title}</p>
          {note.lead && <p>{note.lead}</p>}
          {note.problems && note.problems.length > 0 && (
            <ul>
              {note.problems.map((line) => (
                <li key={line}>
                  <code>{line.slice(0, line.indexOf(': ') + 1)}</code>
                  {line.slice(line.indexOf(': ') + 1)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}

function PackRow({ pack: p, toggle, remove }: { pack: PackSummaryView; toggle: (on: boolean) => void; remove: () => void }) {
  const titleId = `cc-pack-${p.id}`;
  return (
    <li class={`cc-pack${p.enabled ? '' : ' cc-pack--off'}`}>
      <div class="cc-pack-text">
        <span class="cc-pack-title" id={titleId}>
          {p.title}
        </span>
        <span class="cc-pack-meta">
          {packFacts(p)} · <span class="cc-pack-source">{p.source === 'bundled' ? 'Bundled' : 'Imported'}</span>
          {p.importedAt !== undefined && ` ${day(p.importedAt)}`}
        </span>
        {p.problem && <span class="cc-pack-problem">{p.problem}</span>}
      </div>
      <label class="cc-switch">
        <input type="checkbox" role="switch" checked={p.enabled} aria-labelledby={titleId} onChange={(e) => toggle((e.target as HTMLInputElement).checked)} />
        <span aria-hidden="true">{p.enabled ? 'On' : 'Off'}</span>
      </label>
      {p.source === 'imported' ? (
        <button type="button" class="cc-pack-remove" aria-label={`Remove “${p.title}”`} onClick={remove}>
          Remove
        </button>
      ) : (
        // Bundled packs can be switched off, not removed: an empty cell keeps the columns aligned.
        <span class="cc-pack-remove--none" />
      )}
    </li>
  );
}
