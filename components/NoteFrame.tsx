import { useEffect, useRef, useState } from 'preact/hooks';
import type { FrameView, NoteFields } from '../lib/messaging/note-frame-messages';
import { NoteEditor } from './NoteEditor';
import { TAG_LABELS } from './notes-state';
import { useFocusOnOpen } from './use-focus-on-open';

/** What the note frame does outside itself, passed in so tests can build it without a browser. */
export interface NoteFrameApi {
  /** Saves through the background; rejects with a reason to show. */
  save(note: NoteFields): Promise<void>;
  /** Asks the page's content script to remove the frame (and give focus back). */
  close(saved: boolean): void;
  /** The reader began editing a shown note: the frame must stay when the pointer leaves it. */
  editing(): void;
}

/**
 * The note frame's content (entrypoints/note-frame): an editor for a new note, or a note with an Edit
 * button that turns it into the editor. Escape closes it, from anywhere inside.
 */
export function NoteFrame({ view, api }: { view: FrameView; api: NoteFrameApi }) {
  const [editing, setEditing] = useState(view.kind === 'new');
  if (editing || view.kind === 'new') {
    return (
      <NoteEditor
        quote={view.quote}
        claims={view.claims}
        initial={view.kind === 'note' ? view.note : undefined}
        claimId={view.kind === 'new' ? view.claimId : undefined}
        onSave={async (value) => {
          await api.save(value);
          api.close(true);
        }}
        onCancel={() => api.close(false)}
      />
    );
  }
  const claim = view.claims.find((c) => c.id === view.note.claimId);
  return (
    <NoteCard
      note={view.note}
      claim={claim?.question ?? null}
      onEdit={() => {
        api.editing();
        setEditing(true);
      }}
      onClose={() => api.close(false)}
    />
  );
}

type CardProps = { note: NoteFields; claim: string | null; onEdit: () => void; onClose: () => void };

/** One note as the reader wrote it. */
function NoteCard({ note, claim, onEdit, onClose }: CardProps) {
  const edit = useRef<HTMLButtonElement>(null);
  useFocusOnOpen(edit);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), onClose());
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section class="cc-note-card" aria-label="Your Crosscheck note">
      <div class="cc-note-card__head">
        <span aria-hidden="true">✎</span> <h1>Your note</h1>
        {note.tag && <span class="cc-note-tag">{TAG_LABELS[note.tag]}</span>}
      </div>
      <p class="cc-note-card__body">{note.body || <em>No text, only the highlight.</em>}</p>
      {claim && <p class="cc-note-card__claim">About: {claim}</p>}
      <div class="cc-note-actions">
        <span class="cc-note-hint">Esc closes</span>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" class="cc-note-save" ref={edit} onClick={onEdit}>
          Edit
        </button>
      </div>
    </section>
  );
}
