import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ClaimCard } from '../../components/ClaimCard';
import { themeClass } from '../../lib/settings/store';
import type { Settings } from '../../lib/settings/schema';
import { lazyShadowUi } from './mount-shadow-ui';
import type { PageChecker, ShownPassage } from './page-checker';

const HOVER_DELAY_MS = 250;
const HIDE_DELAY_MS = 350;

/**
 * The in-page card, in a closed shadow root made on first use (see mount-shadow-ui.ts), so unrelated
 * pages never pay for it.
 * Opens on hover, keyboard focus or click of a mark; Escape closes it and returns focus to the mark.
 */
export function attachCard(ctx: ContentScriptContext, getChecker: () => PageChecker | null, settings: () => Settings) {
  let open: ShownPassage | null = null;
  let showTimer = 0;
  let hideTimer = 0;
  const doc = document;
  const ui = lazyShadowUi(ctx, 'crosscheck-ui', (wrap) => {
    wrap.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    wrap.addEventListener('mouseleave', () => scheduleHide());
  });

  async function show(target: ShownPassage, anchor: HTMLElement, focusCard = false): Promise<void> {
    const checker = getChecker();
    const story = checker?.story(target.passage.pack);
    const claim = checker?.claimOf(target.passage) ?? null;
    if (!checker || !story || (target.passage.claim && !claim)) return;
    const wrap = await ui.get();
    open = target;
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(640, innerWidth - 24);
    const left = Math.max(12, Math.min(rect.left, innerWidth - width - 12));
    const below = rect.bottom + 8;
    const style = innerHeight - below > 260 || rect.top < 300 ? `top:${below}px` : `bottom:${innerHeight - rect.top + 8}px`;
    wrap.className = themeClass(settings());
    wrap.setAttribute('style', `position:fixed;left:${left}px;${style};z-index:2147483647;background:transparent;`);
    render(<ClaimCard passage={target.passage} claim={claim} story={story} showStory={checker.storyCount() > 1} onClose={() => close(true)} />, wrap);
    if (focusCard) (wrap.querySelector('.cc-close') as HTMLElement | null)?.focus();
  }

  function close(returnFocus = false): void {
    clearTimeout(showTimer);
    const was = open;
    open = null;
    const wrap = ui.current();
    if (wrap) render(null, wrap);
    if (returnFocus) was?.marks[0]?.focus();
  }

  function scheduleHide(): void {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => close(), HIDE_DELAY_MS);
  }

  const markOf = (e: Event) => (e.target instanceof Element ? e.target.closest('crosscheck-mark[data-crosscheck-id]') : null) as HTMLElement | null;
  const passageOf = (mark: HTMLElement) => getChecker()?.find(mark.getAttribute('data-crosscheck-id') ?? '');
  const visible = () => !doc.documentElement.hasAttribute('data-crosscheck-hidden');

  const opts = { capture: true, signal: ctx.signal } as AddEventListenerOptions;
  doc.addEventListener('mouseover', (e) => {
    const mark = markOf(e);
    if (!mark || !visible()) return;
    const target = passageOf(mark);
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
    const target = mark && visible() ? passageOf(mark) : undefined;
    if (mark && target) void show(target, mark);
  }, opts);
  doc.addEventListener('click', (e) => {
    const mark = markOf(e);
    const target = mark && visible() ? passageOf(mark) : undefined;
    if (mark && target) void show(target, mark);
  }, opts);
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) close(true);
    const mark = markOf(e);
    const target = mark ? passageOf(mark) : undefined;
    if (target && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      void show(target, mark!, true);
    }
  }, opts);
  ctx.onInvalidated(() => close());

  return { show, close, isOpen: () => open !== null };
}
