import { findArticleRoot } from '../../../lib/dom/find-article-root';
import { highlightRanges } from '../../../lib/dom/highlighter';
import { ownMarkAt } from '../../../lib/dom/own-nodes';
import { buildTextMap } from '../../../lib/dom/text-map';
import { injectPageStyle } from '../highlight-style';
import { planNotes, type NoteAnchor } from './plan';

/** Attribute carrying the note id on each of its marks (the body never enters the page, nor this script). */
export const NOTE_ATTR = 'data-crosscheck-note';
/** Attribute of a claim's mark (page-checker.ts). */
export const VERDICT_ATTR = 'data-crosscheck-id';
/** What makes a note mark a stop in the Tab order and a note to a screen reader (on its first focusable piece). */
const FOCUS_ATTRS = ['tabindex', 'role', 'aria-label'] as const;

/**
 * Page CSS for note marks: a violet dashed underline and a ✎ after the last piece, unlike any
 * verdict style. Constant text only; note text never goes into the page.
 */
export const NOTE_CSS = `
mark[data-crosscheck-note] {
  all: unset !important; display: inline !important; position: static !important; visibility: visible !important; opacity: 1 !important;
  color: inherit !important; font: inherit !important; margin: 0 !important; padding: 0 0 1px !important;
  border-bottom: 2px dashed #7a4fb5 !important; background: rgba(122,79,181,.10) !important; cursor: pointer !important;
}
mark[data-crosscheck-note-end]::after {
  content: "\\270E" !important; display: inline-block !important; font: 700 .75em/1 system-ui, sans-serif !important;
  vertical-align: super !important; margin-left: 2px !important; color: #7a4fb5 !important; text-decoration: none !important;
}
mark[data-crosscheck-note]:focus-visible { outline: 2px solid #7a4fb5 !important; outline-offset: 1px !important; }
mark[data-crosscheck-note][data-crosscheck-flash] { animation: crosscheck-flash 1.2s ease-out 1 !important; }
`;

const injectNoteStyle = (doc: Document) => injectPageStyle(doc, 'crosscheck-note-style', NOTE_CSS);

/**
 * One Tab stop per stretch of words: a note's pieces inside a claim's mark are reached through that
 * mark's card (which offers the note), so the note's Tab stop moves to its first piece outside every
 * claim mark, or goes when it has none.
 */
function focusOutsideClaims(els: HTMLElement[]): void {
  const free = els.find((el) => !ownMarkAt(el.parentNode, VERDICT_ATTR));
  if (free === els[0]) return;
  for (const name of FOCUS_ATTRS) {
    const value = els[0]!.getAttribute(name);
    els[0]!.removeAttribute(name);
    if (free && value !== null) free.setAttribute(name, value);
  }
}

/**
 * Ids of the notes on a claim mark's words: note marks inside its pieces, or around them (claim marks
 * drawn after the notes, as when the settings change, sit inside the note's).
 */
export function notesOnMarks(notes: ReadonlyMap<string, HTMLElement[]>, marks: readonly HTMLElement[]): string[] {
  return [...notes].filter(([, els]) => els.some((el) => marks.some((m) => m.contains(el) || el.contains(m)))).map(([id]) => id);
}

/** Notes drawn on the page: marks per placed note id, the orphans, and `destroy()`. */
export interface NoteMarks {
  marks: Map<string, HTMLElement[]>;
  orphaned: NoteAnchor[];
  destroy(): void;
}

/**
 * Anchors `notes` in the article text as it is now and wraps each found passage. The text map is
 * built fresh, since verdict marks may have split text nodes since the last time.
 */
export function drawNotes(doc: Document, notes: readonly NoteAnchor[]): NoteMarks {
  if (!notes.length) return { marks: new Map(), orphaned: [], destroy: () => undefined };
  const map = buildTextMap(findArticleRoot(doc));
  const { placed, orphaned } = planNotes(map.text, notes);
  const removeStyle = injectNoteStyle(doc);
  const drawn = highlightRanges(
    doc,
    map,
    placed.map((p) => ({
      start: p.start,
      end: p.end,
      attrs: { [NOTE_ATTR]: p.note.id, 'data-crosscheck-anchor': p.method, tabindex: '0', role: 'note', 'aria-label': 'Your Crosscheck note' },
      lastAttrs: { 'data-crosscheck-note-end': '' },
    })),
  );
  const marks = new Map<string, HTMLElement[]>();
  placed.forEach((p, i) => {
    const els = drawn.elements[i] ?? [];
    if (!els.length) return void orphaned.push(p.note);
    marks.set(p.note.id, els);
    focusOutsideClaims(els);
  });
  return {
    marks,
    orphaned,
    destroy: () => {
      drawn.destroy();
      removeStyle();
    },
  };
}
