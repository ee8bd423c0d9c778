import { render } from 'preact';
import type { ScriptContext } from './script-context';
import { MarkCard } from '../../components/MarkCard';
import { ownMarkOfEvent } from '../../lib/dom/own-nodes';
import { placeCard } from '../../lib/dom/place-card';
import { themeClass } from '../../lib/settings/store';
import type { Settings } from '../../lib/settings/schema';
import { lazyShadowUi } from './mount-shadow-ui';
import type { PageChecker, ShownMark } from './page-checker';

const HOVER_DELAY_MS = 250;
const HIDE_DELAY_MS = 350;

/**
 * The in-page card, in a closed shadow root made on first use (see mount-shadow-ui.ts), so unrelated
 * pages never pay for it.
 * Opens on hover, keyboard focus or click of a mark; Escape (on the mark or in the card) closes it and
 * returns focus to the mark.
 */
export function attachCard(ctx: ScriptContext, getChecker: () => PageChecker | null, settings: () => Settings) {
  let open: ShownMark | null = null;
  let showTimer = 0;
  let hideTimer = 0;
  /** Focus going back to a mark as the card closes: that focus must not open the card again. */
  let returning = false;
  const doc = document;
  const ui = lazyShadowUi(ctx, 'card', (wrap) => {
    wrap.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    wrap.addEventListener('mouseleave', () => scheduleHide());
    // Keys pressed inside the card stop at the shadow host (they must not reach the page's handlers).
    wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') close(true);
    });
  });

  async function show(target: ShownMark, anchor: HTMLElement, focusCard = false): Promise<void> {
    const checker = getChecker();
    if (!checker || !checker.story(target.group.passages[0]!.pack)) return;
    const wrap = await ui.get();
    open = target;
    // The page's direction where the mark is: on a right-to-left page the card lines up with the mark's right edge.
    const dir = getComputedStyle(anchor).direction === 'rtl' ? 'rtl' : 'ltr';
    const place = placeCard(anchor.getBoundingClientRect(), { width: innerWidth, height: innerHeight }, dir);
    const vertical = place.top !== undefined ? `top:${place.top}px` : `bottom:${place.bottom}px`;
    wrap.className = themeClass(settings());
    wrap.setAttribute(
      'style',
      `position:fixed;left:${place.left}px;width:${place.width}px;${vertical};--cc-card-max:${place.maxHeight}px;z-index:2147483647;background:transparent;`,
    );
    const claimOf = (key: string) => {
      const passage = target.group.passages.find((p) => p.claim && `${p.pack}/${p.claim}` === key);
      return passage ? checker.claimOf(passage) : null;
    };
    render(
      <MarkCard group={target.group} claimOf={claimOf} storyOf={(pack) => checker.story(pack)} showStory={checker.storyCount() > 1} onClose={() => close(true)} />,
      wrap,
    );
    if (focusCard) (wrap.querySelector('.cc-close') as HTMLElement | null)?.focus();
  }

  function close(returnFocus = false): void {
    clearTimeout(showTimer);
    const was = open;
    open = null;
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

  function scheduleHide(): void {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => close(), HIDE_DELAY_MS);
  }

  const markOf = (e: Event) => ownMarkOfEvent(e, 'data-crosscheck-id');
  const shownOf = (mark: HTMLElement) => getChecker()?.find(mark.getAttribute('data-crosscheck-id') ?? '');
  const visible = () => !doc.documentElement.hasAttribute('data-crosscheck-hidden');

  const opts = { capture: true, signal: ctx.signal } as AddEventListenerOptions;
  doc.addEventListener('mouseover', (e) => {
    const mark = markOf(e);
    if (!mark || !visible()) return;
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
  doc.addEventListener('focusin', (e) => {
    const mark = markOf(e);
    const target = mark && visible() && !returning ? shownOf(mark) : undefined;
    if (mark && target) void show(target, mark);
  }, opts);
  doc.addEventListener('click', (e) => {
    const mark = markOf(e);
    const target = mark && visible() ? shownOf(mark) : undefined;
    if (mark && target) void show(target, mark);
  }, opts);
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) close(true);
    const mark = markOf(e);
    const target = mark ? shownOf(mark) : undefined;
    if (target && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      void show(target, mark!, true);
    }
  }, opts);
  ctx.onInvalidated(() => close());

  return { show, close, isOpen: () => open !== null };
}
