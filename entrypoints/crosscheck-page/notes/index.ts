import { signal } from '@preact/signals';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findArticleRoot } from '../../../lib/dom/find-article-root';
import { scrollToAndFlash } from '../../../lib/dom/scroll-flash';
import { selectionToOffsets } from '../../../lib/dom/selection';
import { buildTextMap } from '../../../lib/dom/text-map';
import type { NoteStatus } from '../../../lib/messaging/tab-messages';
import { describeQuote } from '../../../lib/notes/selectors';
import type { Note, NoteSelectors } from '../../../lib/notes/types';
import { lazyShadowUi } from '../mount-shadow-ui';
import type { EditorValue } from './editor';
import { NOTE_ATTR, drawNotes, type NoteMarks } from './note-highlights';
import { NotesLayer, type LayerView } from './notes-layer';

type Send = (type: string, payload: unknown) => Promise<unknown>;

/** What the tab router calls for the notes messages. */
export interface NotesControl {
  addNote(): Promise<{ opened: boolean }>;
  scrollToNote(id: string): { found: boolean };
  refresh(): Promise<NoteStatus>;
}

const HOVER_DELAY_MS = 250;

/**
 * Personal notes on the page: the Add-note button by a selection, the editor, note marks and their
 * card. A page without notes costs one `notes.listForUrl` message; the shadow root is made on first use.
 */
export async function startNotes(
  ctx: ContentScriptContext,
  {
    send,
    doc,
    selectionPending = false,
    onEditorOpen = () => undefined,
  }: { send: Send; doc: Document; selectionPending?: boolean; /** e.g. close the claim card, which would sit over the editor */ onEditorOpen?: () => void },
): Promise<NotesControl> {
  const view = signal<LayerView>({ kind: 'none' });
  const claims = signal<{ id: string; question: string }[]>([]);
  let drawn: NoteMarks | null = null;
  let notes: Note[] = [];
  let pending: NoteSelectors | null = null;
  let returnFocus: HTMLElement | null = null;
  let hoverTimer = 0;
  const web = /^https?:$/.test(location.protocol);

  const close = () => {
    const wasEditor = view.value.kind === 'editor';
    view.value = { kind: 'none' };
    if (wasEditor) returnFocus?.focus({ preventScroll: true });
  };
  const ui = lazyShadowUi(ctx, 'crosscheck-notes', (wrap) => {
    wrap.className = 'cc-root';
    wrap.addEventListener('mouseenter', () => clearTimeout(hoverTimer));
    wrap.addEventListener('mouseleave', () => view.value.kind === 'note' && close());
    render(h(NotesLayer, { view, claims, onAdd: () => void openEditor(), onSave: save, onClose: close }), wrap);
  });
  const ensureUi = () => ui.get();

  const refresh = async (): Promise<NoteStatus> => {
    if (!web) return { placed: [], orphaned: [] };
    const answer = (await send('notes.listForUrl', { url: location.href })) as { notes: Note[] };
    notes = answer.notes;
    drawn?.destroy();
    drawn = drawNotes(doc, notes);
    return { placed: [...drawn.marks.keys()], orphaned: drawn.orphaned.map((n) => n.id) };
  };

  /** The selection as selectors over the article text, or null when nothing readable is selected. */
  const selected = (): { selectors: NoteSelectors; rect: DOMRect } | null => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const map = buildTextMap(findArticleRoot(doc));
    const offsets = selectionToOffsets(map, selection);
    if (!offsets) return null;
    return { selectors: describeQuote(map.text, offsets.start, offsets.end), rect: selection.getRangeAt(0).getBoundingClientRect() };
  };

  async function openEditor(): Promise<boolean> {
    const now = selected();
    const selectors = now?.selectors ?? pending;
    await ensureUi();
    const rect = now?.rect ?? (view.value.kind === 'button' ? view.value.rect : new DOMRect(innerWidth / 2 - 200, 80, 0, 0));
    if (!web || !selectors) {
      view.value = { kind: 'message', rect, text: web ? 'Select some words in the article first, then add a note.' : 'Notes work on web pages (http and https) only.' };
      window.setTimeout(() => view.value.kind === 'message' && close(), 4000);
      return false;
    }
    pending = selectors;
    returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    view.value = { kind: 'editor', rect, quote: selectors.quote.exact };
    onEditorOpen();
    if (!claims.value.length) {
      claims.value = ((await send('claims.list', {}).catch(() => [])) as { id: string; question: string }[]) ?? [];
    }
    return true;
  }

  async function save(value: EditorValue): Promise<void> {
    if (!pending) throw new Error('the selection was lost; select the passage again');
    await send('notes.add', { url: location.href, title: doc.title.slice(0, 500), selectors: pending, ...value });
    pending = null;
    close();
    doc.getSelection()?.removeAllRanges();
    await refresh();
  }

  // The Add-note button follows a finished selection inside the article.
  const onSelectEnd = () =>
    window.setTimeout(() => {
      if (view.value.kind === 'editor') return;
      const now = web ? selected() : null;
      if (now) {
        pending = now.selectors;
        void ensureUi().then(() => (view.value = { kind: 'button', rect: now.rect }));
      } else if (view.value.kind === 'button') close();
    }, 0);
  const opts = { signal: ctx.signal } as AddEventListenerOptions;
  doc.addEventListener('mouseup', onSelectEnd, opts);
  doc.addEventListener('keyup', (e) => e.shiftKey && onSelectEnd(), opts);

  // Hover or focus on a note mark shows the note.
  const noteOf = (e: Event) => {
    const mark = e.target instanceof Element ? e.target.closest(`crosscheck-mark[${NOTE_ATTR}]`) : null;
    const note = mark && notes.find((n) => n.id === mark.getAttribute(NOTE_ATTR));
    return mark && note ? { mark, note } : null;
  };
  const showNote = (found: { mark: Element; note: Note }) =>
    void ensureUi().then(() => {
      if (view.value.kind !== 'editor') view.value = { kind: 'note', rect: found.mark.getBoundingClientRect(), note: found.note };
    });
  doc.addEventListener('mouseover', (e) => {
    const found = noteOf(e);
    clearTimeout(hoverTimer);
    if (found) hoverTimer = window.setTimeout(() => showNote(found), HOVER_DELAY_MS);
  }, { ...opts, capture: true });
  doc.addEventListener('mouseout', (e) => {
    if (noteOf(e) && view.value.kind === 'note') hoverTimer = window.setTimeout(close, 350);
  }, { ...opts, capture: true });
  doc.addEventListener('focusin', (e) => {
    const found = noteOf(e);
    if (found) showNote(found);
  }, { ...opts, capture: true });
  doc.addEventListener('keydown', (e) => e.key === 'Escape' && view.value.kind !== 'none' && view.value.kind !== 'editor' && close(), opts);

  ctx.onInvalidated(() => drawn?.destroy());
  // Loaded because the reader selected text (see light.ts): that selection gets its button now. Not
  // asked otherwise: reading the selection right after highlighting forces a layout of the whole page.
  if (selectionPending) onSelectEnd();
  await refresh().catch(() => undefined);

  return {
    addNote: async () => ({ opened: await openEditor() }),
    scrollToNote: (id) => {
      const mark = drawn?.marks.get(id)?.[0];
      if (mark) scrollToAndFlash(mark);
      return { found: !!mark };
    },
    refresh,
  };
}
