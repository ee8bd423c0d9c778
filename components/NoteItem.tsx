import { useRef } from 'preact/hooks';
import type { Note, NoteTag } from '../lib/notes/types';
import { TAG_LABELS, TAG_ORDER, hostOf } from './notes-state';

export type Claims = { id: string; question: string }[];

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

/** One note in My notes: where it is, its quote (a button to the passage on this page), its text, edit and delete. */
export function NoteItem({ note, claims, orphaned, editing, onEdit, onSave, onCancel, onDelete, onJump }: ItemProps) {
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
