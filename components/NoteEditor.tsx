import { useRef, useState } from 'preact/hooks';
import type { NoteTag } from '../lib/notes/types';
import { TAG_LABELS, TAG_ORDER } from './notes-state';
import { useFocusOnOpen } from './use-focus-on-open';

export interface EditorValue {
  body: string;
  tag: NoteTag | null;
  claimId: string | null;
}

type Props = {
  quote: string;
  claims: { id: string; question: string }[];
  /** The note being changed; a new note starts empty. */
  initial?: EditorValue;
  /** For a new note: the claim to start "About claim" at (the passage selected is highlighted for it). */
  claimId?: string;
  /** Resolves when saved; a rejection's message is shown to the reader as is. */
  onSave: (value: EditorValue) => Promise<void>;
  onCancel: () => void;
};

const FOCUSABLE = 'textarea, select, button:not([disabled])';
const EMPTY: EditorValue = { body: '', tag: null, claimId: null };

/**
 * A failed save in words a reader can act on: the background's reason without its prefixes, or what
 * to do when the extension itself went away (reloaded or updated while the editor was open).
 */
export function saveErrorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/Extension context invalidated|Could not establish connection|Receiving end does not exist|No answer to/i.test(message)) {
    return 'Could not save the note: Crosscheck was reloaded or updated. Copy your text, reload the page and add the note again.';
  }
  // "Invalid "noteFrame.save" message: note.body: a note can be at most…" → "a note can be at most…"
  const reason = message.replace(/^(Invalid "[^"]+" message|Cannot save the note|Cannot change the note): /, '').replace(/(^|; )[A-Za-z.]+: /g, '$1');
  return `Could not save the note: ${reason}`;
}

/**
 * The note editor: the quote, a body, a tag and an optional claim. Keyboard first: the body has
 * focus on open, Tab stays inside, Escape cancels, Ctrl+Enter (⌘+Enter) saves.
 */
export function NoteEditor({ quote, claims, initial, claimId, onSave, onCancel }: Props) {
  const [value, setValue] = useState<EditorValue>(initial ?? { ...EMPTY, claimId: claimId ?? null });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLFormElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  useFocusOnOpen(body, initial?.body.length);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(value);
    } catch (err) {
      setError(saveErrorText(err));
      setSaving(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return void (e.preventDefault(), onCancel());
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return void (e.preventDefault(), void save());
    if (e.key !== 'Tab' || !box.current) return;
    const items = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const active = (box.current.getRootNode() as Document | ShadowRoot).activeElement;
    const edge = e.shiftKey ? items[0] : items[items.length - 1];
    if (active === edge) {
      e.preventDefault();
      (e.shiftKey ? items[items.length - 1] : items[0])?.focus();
    }
  };

  return (
    <form
      ref={box}
      class="cc-note-editor"
      aria-label={initial ? 'Edit your Crosscheck note' : 'Add a Crosscheck note'}
      onKeyDown={onKeyDown}
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      {/* The note frame is a document of its own: this is its first heading. */}
      <h1>{initial ? 'Edit your note' : 'Add a note'}</h1>
      <blockquote class="cc-note-quote">{quote.length > 300 ? `${quote.slice(0, 300)}…` : quote}</blockquote>
      <label>
        Your note
        <textarea ref={body} rows={4} value={value.body} onInput={(e) => setValue({ ...value, body: (e.target as HTMLTextAreaElement).value })} />
      </label>
      <div class="cc-note-row">
        <label>
          Tag
          <select value={value.tag ?? ''} onChange={(e) => setValue({ ...value, tag: ((e.target as HTMLSelectElement).value || null) as NoteTag | null })}>
            <option value="">None</option>
            {TAG_ORDER.map((t) => (
              <option key={t} value={t}>
                {TAG_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          About claim
          <select value={value.claimId ?? ''} onChange={(e) => setValue({ ...value, claimId: (e.target as HTMLSelectElement).value || null })}>
            <option value="">No claim</option>
            {claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.question}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p class="cc-note-error" role="alert">
          {error}
        </p>
      )}
      <div class="cc-note-actions">
        <span class="cc-note-hint">Ctrl+Enter saves · Esc cancels</span>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="cc-note-save" disabled={saving}>
          {saving ? 'Saving…' : 'Save note'}
        </button>
      </div>
    </form>
  );
}
