import { render } from 'preact';
import type { ScriptContext } from './script-context';
import { MarkCard } from '../../components/MarkCard';
import { isUiHost, ownMarkOfEvent } from '../../lib/dom/own-nodes';
import { placeCard } from '../../lib/dom/place-card';
import { themeClass } from '../../lib/settings/store';
import type { Settings } from '../../lib/settings/schema';
import { lazyShadowUi } from './mount-shadow-ui';
import type { PageChecker, ShownMark } from './page-checker';

const HOVER_DELAY_MS = 250;
const HIDE_DELAY_MS = 350;
const FOCUSABLE = 'button, a[href], summary, [tabindex]:not([tabindex="-1"])';

/** What the card asks of the notes, which start after the first check (null until then). */
export interface CardNotes {
  /** Ids of the reader's notes on these marks' words (ids only: a note's text never enters the page). */
  notesOn(marks: readonly HTMLElement[]): string[];
  /** Shows a note with focus in it; focus goes back to `returnTo` when it closes. */
  openNote(id: string, returnTo: HTMLElement): void;
  /** The note editor is open: the card does not open over it. */
  editing(): boolean;
  /** Closes a note shown on hover and the Add-note button: one overlay at a time. */
  closeOverlays(): void;
}

/**
 * The in-page card, in a closed shadow root made on first use (see mount-shadow-ui.ts), so unrelated
 * pages never pay for it. One overlay at a time: it opens on hover, keyboard focus or click of a mark
 * and closes when the pointer or focus leaves both mark and card, on a click elsewhere, when the
 * mark scrolls out of view, when a selection is made, and on Escape from the mark or anywhere inside
 * (focus then goes back to the mark, without opening it again). Tab from its last control goes on to
 * the next mark; Shift+Tab from its first goes back to its own.
 */
export function attachCard(ctx: ScriptContext, getChecker: () => PageChecker | null, settings: () => Settings, notes: () => CardNotes | null = () => null) {
  let open: ShownMark | null = null;
  let anchorOf: HTMLElement | null = null;
  let showTimer = 0;
  let hideTimer = 0;
  let placeFrame = 0;
  /** Focus going back to a mark as the card closes: that focus must not open the card again. */
  let returning = false;
  const doc = document;
  const ui = lazyShadowUi(ctx, 'card', (wrap) => {
    wrap.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    wrap.addEventListener('mouseleave', () => scheduleHide());
    // Keys pressed inside the card stop at its shadow body (the page's handlers never hear them); Escape
    // is caught on the way down, in the document's capture listener below.
    wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Tab') tabOut(e, wrap);
    });
  });
  const rootOf = (wrap: HTMLElement) => wrap.getRootNode() as ShadowRoot;
  const focusInside = () => !!ui.current() && !!rootOf(ui.current()!).activeElement;
  /** Keyboard focus is on the card or on its mark (by Tab, not by the click that opened it). */
  const keyboardHolds = () => focusInside() || (!!open && open.marks.some((m) => m === doc.activeElement && m.matches(':focus-visible')));
  /** Where focus goes when the card closes: back to its mark if it was in the card or on the mark. */
  const focusWasHere = () => focusInside() || (!!open && open.marks.includes(doc.activeElement as HTMLElement));

  async function show(target: ShownMark, anchor: HTMLElement, focusCard = false): Promise<void> {
    const checker = getChecker();
    if (!checker || !checker.story(target.group.passages[0]!.pack) || notes()?.editing()) return;
    clearTimeout(hideTimer);
    if (target === open && !focusCard) return;
    notes()?.closeOverlays();
    const wrap = await ui.get();
    open = target;
    anchorOf = anchor;
    wrap.className = themeClass(settings());
    const claimOf = (key: string) => {
      const passage = target.group.passages.find((p) => p.claim && `${p.pack}/${p.claim}` === key);
      return passage ? checker.claimOf(passage) : null;
    };
    const noteIds = notes()?.notesOn(target.marks) ?? [];
    render(
      <MarkCard
        group={target.group}
        claimOf={claimOf}
        storyOf={(pack) => checker.story(pack)}
        showStory={checker.storyCount() > 1}
        notes={noteIds.length}
        onOpenNote={(i) => {
          const id = noteIds[i];
          close();
          if (id) notes()?.openNote(id, target.marks[0]!);
        }}
        onClose={() => close(true)}
      />,
      wrap,
    );
    place(wrap, anchor);
    if (focusCard) (wrap.querySelector('.cc-close') as HTMLElement | null)?.focus();
  }

  /** Measures the card as it would be with the whole window to grow in, then puts it where that fits. */
  function place(wrap: HTMLElement, anchor: HTMLElement): void {
    // The page's direction where the mark is: on a right-to-left page the card lines up with the mark's right edge.
    const dir = getComputedStyle(anchor).direction === 'rtl' ? 'rtl' : 'ltr';
    const view = { width: innerWidth, height: innerHeight };
    const base = 'position:fixed;z-index:2147483647;background:transparent;';
    const first = placeCard(anchor.getBoundingClientRect(), view, dir);
    wrap.setAttribute('style', `${base}visibility:hidden;left:${first.left}px;width:${first.width}px;top:0;--cc-card-max:${view.height - 24}px;`);
    const wanted = wrap.querySelector('.cc-card')?.getBoundingClientRect().height ?? Infinity;
    const at = placeCard(anchor.getBoundingClientRect(), view, dir, Math.ceil(wanted));
    const vertical = at.top !== undefined ? `top:${at.top}px` : `bottom:${at.bottom}px`;
    wrap.setAttribute('style', `${base}left:${at.left}px;width:${at.width}px;${vertical};--cc-card-max:${at.maxHeight}px;`);
  }

  function close(returnFocus = false): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    const was = open;
    open = anchorOf = null;
    const wrap = ui.current();
    if (wrap) render(null, wrap);
    if (!returnFocus || !was) return;
    returning = true;
    try {
      was.marks[0]?.focus({ preventScroll: true });
    } finally {
      returning = false;
    }
  }

  /** Tab past the card's last control: on to the next mark, as if the card sat right after its own. */
  function tabOut(e: KeyboardEvent, wrap: HTMLElement): void {
    const items = [...wrap.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
    const active = rootOf(wrap).activeElement;
    const was = open;
    if (!was || !items.length) return;
    if (e.shiftKey && active === items[0]) {
      // Its own mark, with the card left open (focus on the open mark does not render it again).
      e.preventDefault();
      was.marks[0]!.focus();
      return;
    }
    if (e.shiftKey || active !== items[items.length - 1]) return;
    const marks = getChecker()?.current() ?? [];
    const next = marks[marks.indexOf(was) + 1];
    e.preventDefault();
    if (next) next.marks[0]!.focus();
    else close(true);
  }

  function scheduleHide(): void {
    clearTimeout(hideTimer);
    // A card the reader reached by keyboard stays though the pointer wanders off.
    hideTimer = window.setTimeout(() => keyboardHolds() || close(), HIDE_DELAY_MS);
  }

  const markOf = (e: Event) => ownMarkOfEvent(e, 'data-crosscheck-id');
  const shownOf = (mark: HTMLElement) => getChecker()?.find(mark.getAttribute('data-crosscheck-id') ?? '');
  const visible = () => !doc.documentElement.hasAttribute('data-crosscheck-hidden');
  const selecting = () => !(doc.getSelection()?.isCollapsed ?? true);
  /** The event happened on the open card or one of its marks. */
  const onOpen = (e: Event) => {
    const path = e.composedPath();
    const host = ui.current() && rootOf(ui.current()!).host;
    return !!open && path.some((n) => n === host || open!.marks.includes(n as HTMLElement));
  };

  const opts = { capture: true, signal: ctx.signal } as AddEventListenerOptions;
  doc.addEventListener('mouseover', (e) => {
    const mark = markOf(e);
    // A button held down is a selection being made, and a selection made has its Add-note button:
    // the card does not open over either.
    if (!mark || !visible() || e.buttons || selecting()) return;
    const target = shownOf(mark);
    clearTimeout(hideTimer);
    if (!target || target === open) return;
    clearTimeout(showTimer);
    showTimer = window.setTimeout(() => void show(target, mark), HOVER_DELAY_MS);
  }, opts);
  doc.addEventListener('mouseout', (e) => {
    if (markOf(e)) {
      clearTimeout(showTimer);
      if (open) scheduleHide();
    }
  }, opts);
  doc.addEventListener('pointerdown', (e) => {
    clearTimeout(showTimer);
    if (open && !onOpen(e)) close();
  }, opts);
  doc.addEventListener('focusin', (e) => {
    if (returning) return;
    const mark = markOf(e);
    const target = mark && visible() ? shownOf(mark) : undefined;
    if (mark && target) void show(target, mark);
    // Focus went on, to neither the card nor its mark (another of our UIs, such as a note, included).
    else if (open && !onOpen(e)) close();
  }, opts);
  doc.addEventListener('click', (e) => {
    const mark = markOf(e);
    const target = mark && visible() ? shownOf(mark) : undefined;
    if (!mark || !target) return;
    // A drag that selected words inside the mark ends in a click on it: that reader is selecting.
    if (selecting()) close();
    else void show(target, mark);
  }, opts);
  doc.addEventListener('mouseup', (e) => {
    if (!isUiHost(e.target as Element) && selecting()) close();
  }, opts);
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) close(focusWasHere());
    const mark = markOf(e);
    const target = mark ? shownOf(mark) : undefined;
    if (target && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      void show(target, mark!, true);
    }
  }, opts);
  // The card is fixed to the window: it follows its mark as the page scrolls, and closes once the
  // mark is out of view (a scroll inside the card stays inside its shadow root and is not seen here).
  doc.addEventListener('scroll', () => {
    if (!open || placeFrame) return;
    placeFrame = requestAnimationFrame(() => {
      placeFrame = 0;
      const wrap = ui.current();
      if (!open || !anchorOf || !wrap) return;
      const r = anchorOf.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= innerHeight || !anchorOf.isConnected) close();
      else place(wrap, anchorOf);
    });
  }, { ...opts, passive: true });
  ctx.onInvalidated(() => close());

  return { show, close, isOpen: () => open !== null };
}
