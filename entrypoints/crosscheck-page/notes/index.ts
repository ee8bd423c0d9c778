import { signal } from '@preact/signals';
import { h, render } from 'preact';
import type { ScriptContext } from '../script-context';
import { findArticleRoot } from '../../../lib/dom/find-article-root';
import { isUiHost, ownMarkOfEvent } from '../../../lib/dom/own-nodes';
import { scrollToAndFlash } from '../../../lib/dom/scroll-flash';
import { selectionToOffsets } from '../../../lib/dom/selection';
import { buildTextMap } from '../../../lib/dom/text-map';
import type { NoteStatus } from '../../../lib/messaging/tab-messages';
import { describeQuote } from '../../../lib/notes/selectors';
import type { NoteSelectors } from '../../../lib/notes/types';
import { lazyShadowUi } from '../mount-shadow-ui';
import { NOTE_ATTR, VERDICT_ATTR, drawNotes, notesOnMarks, type NoteMarks } from './note-highlights';
import { openNoteFrame, type NoteFrame } from './note-frame-host';
import { NotesLayer, type LayerView } from './notes-layer';
import type { NoteAnchor } from './plan';
import type { CardNotes } from '../card';

type Send = (type: string, payload: unknown) => Promise<unknown>;

/** What the tab router calls for the notes messages, and the card for the notes on its passage. */
export interface NotesControl extends CardNotes {
  addNote(): Promise<{ opened: boolean }>;
  scrollToNote(id: string): { found: boolean };
  refresh(): Promise<NoteStatus>;
}

const HOVER_DELAY_MS = 250;
const HIDE_DELAY_MS = 350;

/** The part of an error a reader can act on ("select a shorter passage"), without the protocol's prefixes. */
const plainReason = (err: unknown) => (err instanceof Error ? err.message : String(err)).split(': ').pop()!;

/**
 * Personal notes on the page: the Add-note button by a selection, note marks, and the note frame that
 * shows a note or its editor. This script knows where notes sit (ids and selectors) and nothing the
 * reader wrote: the background hands the frame a draft or a note by token (note-frame-host.ts).
 * A page without notes costs one `notes.anchorsForUrl` message; the shadow root is made on first use.
 */
export async function startNotes(
  ctx: ScriptContext,
  {
    send,
    doc,
    selectionPending = false,
    onOverlay = () => undefined,
    claimAt = () => null,
  }: {
    send: Send;
    doc: Document;
    selectionPending?: boolean;
    /** A note, the editor or the Add-note button is about to show: close the claim card (one overlay at a time). */
    onOverlay?: () => void;
    /** The claim key of the one highlighted passage a selection lies in, to preselect in the editor. */
    claimAt?: (range: Range) => string | null;
  },
): Promise<NotesControl> {
  const view = signal<LayerView>({ kind: 'none' });
  let drawn: NoteMarks | null = null;
  let anchors: NoteAnchor[] = [];
  let pending: NoteSelectors | null = null;
  let pendingClaim: string | null = null;
  let open: { frame: NoteFrame; noteId: string | null; returnFocus: HTMLElement | null } | null = null;
  let slot: HTMLElement | null = null;
  let hoverTimer = 0;
  // Each request for a frame gets a number; an answer that arrives after a newer request is dropped.
  let latest = 0;
  const web = /^https?:$/.test(location.protocol);

  const ui = lazyShadowUi(ctx, 'notes', (wrap) => {
    wrap.className = 'cc-root';
    wrap.addEventListener('mouseenter', () => clearTimeout(hoverTimer));
    wrap.addEventListener('mouseleave', () => scheduleViewClose());
    const layer = doc.createElement('div');
    slot = doc.createElement('div');
    wrap.append(layer, slot);
    render(h(NotesLayer, { view, onAdd: () => void openEditor() }), layer);
  });

  const closeFrame = (restoreFocus: boolean) => {
    const was = open;
    open = null;
    if (restoreFocus) was?.returnFocus?.focus({ preventScroll: true });
    was?.frame.remove();
  };
  const editing = () => open?.frame.mode === 'edit';
  const frameHasFocus = () => {
    const el = open?.frame.element;
    return !!el && (el.getRootNode() as Document | ShadowRoot).activeElement === el;
  };
  function scheduleViewClose(): void {
    clearTimeout(hoverTimer);
    hoverTimer = window.setTimeout(() => {
      if (open?.frame.mode === 'view' && !frameHasFocus()) closeFrame(false);
      if (view.value.kind === 'message') view.value = { kind: 'none' };
    }, HIDE_DELAY_MS);
  }
  const say = async (text: string, rect: DOMRect) => {
    await ui.get();
    view.value = { kind: 'message', rect, text };
    window.setTimeout(() => view.value.kind === 'message' && (view.value = { kind: 'none' }), 5000);
  };

  async function showFrame(token: string, at: { anchor: () => DOMRect; mode: 'view' | 'edit'; focus: boolean; noteId: string | null; returnFocus: HTMLElement | null }) {
    await ui.get();
    closeFrame(false);
    view.value = { kind: 'none' };
    const entry = {
      noteId: at.noteId,
      returnFocus: at.returnFocus,
      frame: openNoteFrame(slot!, {
        token,
        anchor: at.anchor,
        mode: at.mode,
        focus: at.focus,
        onClose: (saved) => {
          if (open === entry) closeFrame(true);
          if (!saved) return;
          if (entry.noteId === null) {
            pending = null;
            doc.getSelection()?.removeAllRanges();
          }
          void refresh().catch(() => undefined);
        },
        onFail: () => {
          if (open === entry) closeFrame(true);
          void say('Crosscheck could not open this note. Try again; if it keeps failing, reload the page.', at.anchor());
        },
      }),
    };
    open = entry;
  }

  const refresh = async (): Promise<NoteStatus> => {
    if (!web) return { placed: [], orphaned: [] };
    anchors = ((await send('notes.anchorsForUrl', { url: location.href })) as { anchors: NoteAnchor[] }).anchors;
    drawn?.destroy();
    drawn = drawNotes(doc, anchors);
    return { placed: [...drawn.marks.keys()], orphaned: drawn.orphaned.map((n) => n.id) };
  };

  /** The selection as selectors over the article text, or null when nothing readable is selected. */
  const selected = (): { selectors: NoteSelectors; rect: DOMRect; claimId: string | null } | null => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const map = buildTextMap(findArticleRoot(doc));
    const offsets = selectionToOffsets(map, selection);
    if (!offsets) return null;
    const range = selection.getRangeAt(0);
    return { selectors: describeQuote(map.text, offsets.start, offsets.end), rect: range.getBoundingClientRect(), claimId: claimAt(range) };
  };

  async function openEditor(): Promise<boolean> {
    const now = selected();
    const selectors = now?.selectors ?? pending;
    const claimId = now ? now.claimId : pendingClaim;
    const rect = now?.rect ?? (view.value.kind === 'button' ? view.value.rect : new DOMRect(innerWidth / 2 - 200, 80, 0, 0));
    if (!web || !selectors) {
      await say(web ? 'Select some words in the article first, then add a note.' : 'Notes work on web pages (http and https) only.', rect);
      return false;
    }
    pending = selectors;
    pendingClaim = claimId;
    const active = doc.activeElement;
    // Our own button (inside the shadow host) is no place to come back to.
    const returnFocus = active instanceof HTMLElement && active !== doc.body && !isUiHost(active) ? active : null;
    const ask = ++latest;
    let token: string;
    try {
      ({ token } = (await send('noteFrame.openDraft', { url: location.href, title: doc.title.slice(0, 500), selectors, ...(claimId ? { claimId } : {}) })) as { token: string });
    } catch (err) {
      await say(`Could not open the note editor: ${plainReason(err)}`, rect);
      return false;
    }
    if (ask !== latest) return false;
    onOverlay();
    await showFrame(token, { anchor: () => rect, mode: 'edit', focus: true, noteId: null, returnFocus });
    return true;
  }

  /** Shows a note in the frame by its mark; from the keyboard or a click, with focus in the frame. */
  async function showNote(mark: HTMLElement, id: string, focus: boolean, returnTo: HTMLElement = mark): Promise<void> {
    if (open?.noteId === id) {
      if (focus) (onOverlay(), open.frame.element.focus());
      return;
    }
    // An editor is never replaced by a hover.
    if (editing()) return;
    const ask = ++latest;
    const { token } = (await send('noteFrame.openNote', { id })) as { token: string };
    if (ask !== latest || editing()) return;
    onOverlay();
    await showFrame(token, { anchor: () => mark.getBoundingClientRect(), mode: 'view', focus, noteId: id, returnFocus: focus ? returnTo : null });
  }

  // The Add-note button follows a finished selection inside the article.
  const onSelectEnd = () =>
    window.setTimeout(() => {
      if (editing()) return;
      const now = web ? selected() : null;
      if (now) {
        pending = now.selectors;
        pendingClaim = now.claimId;
        onOverlay();
        void ui.get().then(() => (view.value = { kind: 'button', rect: now.rect }));
      } else if (view.value.kind === 'button') view.value = { kind: 'none' };
    }, 0);
  const opts = { signal: ctx.signal } as AddEventListenerOptions;
  // The reader's own mouse and keys only: a page's script-made selection and synthetic events would
  // otherwise add our button to its DOM and so tell it Crosscheck is installed.
  doc.addEventListener('mouseup', (e) => e.isTrusted && onSelectEnd(), opts);
  doc.addEventListener('keyup', (e) => e.isTrusted && e.shiftKey && onSelectEnd(), opts);

  // Hover or focus on a note mark shows the note; a click or Enter also moves focus into it. On the
  // words of a claim's mark the claim card is the one overlay, and it offers the note (notesOn).
  const noteOf = (e: Event) => {
    if (ownMarkOfEvent(e, VERDICT_ATTR)) return null;
    const mark = ownMarkOfEvent(e, NOTE_ATTR);
    const id = mark?.getAttribute(NOTE_ATTR);
    return mark && id && anchors.some((a) => a.id === id) ? { mark, id } : null;
  };
  const show = (found: { mark: HTMLElement; id: string }, focus: boolean) => void showNote(found.mark, found.id, focus).catch(() => undefined);
  const capture = { ...opts, capture: true };
  doc.addEventListener('mouseover', (e) => {
    const found = noteOf(e);
    clearTimeout(hoverTimer);
    if (found) hoverTimer = window.setTimeout(() => show(found, false), HOVER_DELAY_MS);
  }, capture);
  doc.addEventListener('mouseout', (e) => noteOf(e) && scheduleViewClose(), capture);
  doc.addEventListener('focusin', (e) => {
    const found = noteOf(e);
    if (found) show(found, false);
  }, capture);
  doc.addEventListener('click', (e) => {
    const found = noteOf(e);
    if (found) show(found, true);
  }, capture);
  doc.addEventListener('keydown', (e) => {
    const found = noteOf(e);
    if (found && e.key === 'Enter') return show(found, true);
    if (e.key !== 'Escape') return;
    if (view.value.kind !== 'none') view.value = { kind: 'none' };
    if (open?.frame.mode === 'view') closeFrame(true);
  }, opts);

  ctx.onInvalidated(() => {
    drawn?.destroy();
    closeFrame(false);
  });
  // Loaded because the reader selected text (see light.ts): that selection gets its button now. Not
  // asked otherwise: reading the selection right after highlighting forces a layout of the whole page.
  if (selectionPending) onSelectEnd();
  await refresh().catch(() => undefined);

  return {
    addNote: async () => ({ opened: await openEditor() }),
    notesOn: (marks) => (drawn ? notesOnMarks(drawn.marks, marks) : []),
    openNote: (id, returnTo) => {
      const mark = drawn?.marks.get(id)?.[0];
      if (mark) void showNote(mark, id, true, returnTo).catch(() => undefined);
    },
    editing,
    closeOverlays: () => {
      if (view.value.kind !== 'none') view.value = { kind: 'none' };
      // A shown note, even one in focus, gives way (an editor never does: the card does not open then).
      if (open?.frame.mode === 'view') closeFrame(false);
    },
    scrollToNote: (id) => {
      const mark = drawn?.marks.get(id)?.[0];
      if (mark) scrollToAndFlash(mark);
      return { found: !!mark };
    },
    refresh,
  };
}
