import type { Signal } from '@preact/signals';
import type { Note } from '../../../lib/notes/types';
import { TAG_LABELS } from '../../../components/notes-state';
import { NoteEditor, type EditorValue } from './editor';

/** What the notes layer shows; positions are viewport coordinates of the passage it belongs to. */
export type LayerView =
  | { kind: 'none' }
  | { kind: 'button'; rect: DOMRect }
  | { kind: 'editor'; rect: DOMRect; quote: string }
  | { kind: 'note'; rect: DOMRect; note: Note }
  | { kind: 'message'; rect: DOMRect; text: string };

type Props = {
  view: Signal<LayerView>;
  claims: Signal<{ id: string; question: string }[]>;
  onAdd: () => void;
  onSave: (value: EditorValue) => Promise<void>;
  onClose: () => void;
};

/** Fixed position next to `rect`, below it when there is room, kept inside the viewport. */
function placeNear(rect: DOMRect, width: number, height: number): string {
  const left = Math.max(8, Math.min(rect.left, innerWidth - width - 8));
  const below = rect.bottom + 6;
  const vertical = innerHeight - below > height || rect.top < height ? `top:${Math.min(below, innerHeight - 40)}px` : `bottom:${innerHeight - rect.top + 6}px`;
  return `position:fixed;left:${left}px;${vertical};width:${width}px;z-index:2147483647;`;
}

/** The in-page notes UI (inside the closed shadow root): Add-note button, editor, or a note. */
export function NotesLayer({ view, claims, onAdd, onSave, onClose }: Props) {
  const v = view.value;
  if (v.kind === 'none') return null;
  if (v.kind === 'button') {
    const left = Math.max(8, Math.min(v.rect.right - 40, innerWidth - 120));
    const top = Math.min(v.rect.bottom + 6, innerHeight - 40);
    return (
      <button
        type="button"
        class="cc-add-note"
        style={`position:fixed;left:${left}px;top:${top}px;z-index:2147483647;`}
        // Keeps the page selection alive while the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onAdd}
      >
        ✎ Add note
      </button>
    );
  }
  const width = Math.min(420, innerWidth - 16);
  return (
    <div style={placeNear(v.rect, width, v.kind === 'editor' ? 330 : 140)}>
      {v.kind === 'editor' && <NoteEditor quote={v.quote} claims={claims.value} onSave={onSave} onCancel={onClose} />}
      {v.kind === 'note' && <NoteCard note={v.note} />}
      {v.kind === 'message' && (
        <p class="cc-note-card" role="status">
          {v.text}
        </p>
      )}
    </div>
  );
}

/** One note as the reader wrote it, shown on hover or focus of its passage. */
export function NoteCard({ note }: { note: Note }) {
  return (
    <div class="cc-note-card" role="tooltip">
      <p class="cc-note-card__head">
        <span aria-hidden="true">✎</span> Your note{note.tag && <span class="cc-note-tag">{TAG_LABELS[note.tag]}</span>}
      </p>
      <p class="cc-note-card__body">{note.body || <em>No text, only the highlight.</em>}</p>
    </div>
  );
}
