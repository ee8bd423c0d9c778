import type { Signal } from '@preact/signals';

/**
 * What the page's own notes layer shows: the Add-note button by a selection, or a short message of
 * ours. Notes and the editor are in the note frame (note-frame-host.ts); nothing here holds their text.
 */
export type LayerView = { kind: 'none' } | { kind: 'button'; rect: DOMRect } | { kind: 'message'; rect: DOMRect; text: string };

type Props = {
  view: Signal<LayerView>;
  onAdd: () => void;
};

/** The in-page notes layer (inside the closed shadow root). */
export function NotesLayer({ view, onAdd }: Props) {
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
  const left = Math.max(8, Math.min(v.rect.left, innerWidth - width - 8));
  const top = Math.min(v.rect.bottom + 6, innerHeight - 80);
  return (
    <p class="cc-note-message" role="status" style={`position:fixed;left:${left}px;top:${top}px;width:${width}px;z-index:2147483647;`}>
      {v.text}
    </p>
  );
}
