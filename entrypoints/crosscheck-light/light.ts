import type { browser as Browser } from 'wxt/browser';
import { mentionsStory, pageIsAboutStory } from '../../lib/dom/page-precheck';

import { watchForNewText } from '../../lib/dom/watch-changes';
import type { Result } from '../../lib/messaging/protocol';
import { SETTINGS_KEY, isSiteIn, storedDisabledSites } from '../../lib/settings/site';
import { publishHandover, type Handover } from '../crosscheck-page/handover';
import { LIGHT_LOAD_MARK, measure, timed } from '../crosscheck-page/work-timing';

/**
 * The extension API, looked up when first needed. Why not `wxt/browser`: it reads `browser.runtime.id`
 * as the bundle loads, and the first touch of `runtime` in a page costs about half a millisecond.
 */
const extensionApi = (): typeof Browser => {
  const g = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
};

/**
 * The content script every page gets: the pre-check, a watcher for text added later, and nothing more
 * unless the page needs Crosscheck. It calls no extension API until then: on a page not about the
 * story, its whole cost is evaluating this bundle, the pre-check and three listeners.
 *
 * The full script (page checker, highlights, card, notes UI, tab messages) is injected by the
 * background when this script finds the page about the story (now, or later on live blogs and
 * single-page apps) on a site the reader has not switched off, or when the reader selects text (the
 * Add-note button). The background injects it itself into a page with notes, and the popup and the
 * shortcuts do when they find no full script to talk to.
 */
export function startLight(): void {
  // This script's watchers; they stop once the full script runs (it has its own), or when this copy
  // finds itself orphaned by an extension reload.
  const light = new AbortController();
  // Aborted with a reason: without one Chromium builds a DOMException for it, which took 8–9 ms in
  // `npm run bench` (Chromium 156 under Playwright), right as the full script starts.
  const stop = (reason: string) => light.abort(reason);
  const handover: Handover = { aboutStory: false, selectionPending: false, stopLight: () => stop('the full script runs') };
  publishHandover(handover);

  /** False once an extension reload or removal has orphaned this script (its runtime has no id then). */
  const alive = (): boolean => {
    let id: string | undefined;
    try {
      id = extensionApi().runtime?.id;
    } catch {
      id = undefined;
    }
    if (!id) stop('orphaned by an extension reload');
    return !!id;
  };

  let loading: Promise<void> | null = null;
  const loadFull = (): void => {
    if (loading || !alive()) return;
    loading = (async () => {
      const answer = (await extensionApi().runtime.sendMessage({ type: 'content.loadFull', payload: {} })) as Result<unknown> | undefined;
      if (!answer?.ok) throw new Error(answer ? answer.error : 'No answer to "content.loadFull"');
    })().catch(() => {
      // Tried again on the next reason (more text, a selection).
      loading = null;
    });
  };

  /** The site is on in the reader's settings (read only once something needs them; kept for the full script). */
  const siteOn = async (): Promise<boolean> => {
    handover.settings = { stored: (await extensionApi().storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] };
    return !isSiteIn(storedDisabledSites(handover.settings.stored), location.href);
  };

  /** The page is about the story: the full script follows, unless the reader switched this site off. */
  let waitingForSite = false;
  let timedAsk = false;
  const aboutStory = async (): Promise<void> => {
    handover.aboutStory = true;
    if (!alive()) return;
    const on = await siteOn();
    if (on) return timed(!timedAsk, 'ask', () => ((timedAsk = true), loadFull()));
    if (waitingForSite) return;
    waitingForSite = true;
    // Switched back on from the popup or the options page: start then.
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes[SETTINGS_KEY] || !alive()) return;
      handover.settings = { stored: changes[SETTINGS_KEY].newValue };
      if (!isSiteIn(storedDisabledSites(handover.settings.stored), location.href)) loadFull();
    };
    extensionApi().storage.onChanged.addListener(onChange);
    light.signal.addEventListener('abort', () => extensionApi().storage.onChanged.removeListener(onChange), { once: true });
  };

  const body = document.body;
  if (body && pageIsAboutStory(body)) {
    // Its first step (up to reading the settings) is part of this measure; the rest is timed as "ask".
    void aboutStory().catch(() => undefined);
    measureLight();
    // The full script measures "crosscheck" up to its last highlight.
    return;
  }
  if (/^https?:$/.test(location.protocol)) {
    // A finished selection gets the Add-note button, which is part of the full script. A site
    // switched off gets none of Crosscheck, the button included.
    const onSelectEnd = () => {
      if (loading || document.getSelection()?.isCollapsed !== false || !alive()) return;
      handover.selectionPending = true;
      void siteOn().then((on) => on && loadFull(), () => undefined);
    };
    document.addEventListener('mouseup', onSelectEnd, { signal: light.signal });
    document.addEventListener('keyup', (e) => e.shiftKey && onSelectEnd(), { signal: light.signal });
  }
  // Text added later (live blogs, single-page apps) may make the page about the story. Only text
  // that names part of the story can, so the whole page is re-tested only then.
  if (body)
    watchForNewText(
      body,
      (added) => {
        if (!handover.aboutStory && added.some((n) => mentionsStory(n.textContent ?? '')) && pageIsAboutStory(body)) void aboutStory().catch(() => undefined);
      },
      { debounceMs: 400, signal: light.signal },
    );
  measureLight();
  // The end of the first check on a page that is not about the story (read by `npm run bench` and the tests).
  measure('crosscheck:skip', LIGHT_LOAD_MARK);
}

/**
 * All of this script's main-thread time in one measure, from the start of its evaluation (`npm run
 * bench` sums the `crosscheck:work:*` measures). One, not one per step: on a page not about the
 * story each timeline entry costs a noticeable share of the total.
 */
const measureLight = () => measure('crosscheck:work:light', LIGHT_LOAD_MARK);
