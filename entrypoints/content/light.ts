import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageIsAboutStory } from '../../lib/dom/page-precheck';
import { watchForNewText } from '../../lib/dom/watch-changes';
import { mentionsStory } from '../../lib/match/precheck';
import { asMessageListener } from '../../lib/messaging/listen';
import type { Result } from '../../lib/messaging/protocol';
import { SETTINGS_KEY, isSiteIn, storedDisabledSites } from '../../lib/settings/site';
import { publishHandover, type Handover, type TabRoute } from './handover';
import { LOAD_MARK } from './load-mark';
import { trivialPageState } from './trivial-state';
import { timed } from './work-timing';

/**
 * The content script every page gets: settings, the pre-check, and nothing more unless the page needs
 * Crosscheck. The full script (page checker, highlights, card, notes UI) is injected by the background
 * when the page is about the story, when it becomes so later (live blogs, single-page apps), when it
 * has notes, when the reader selects text (the Add-note button), or when the popup or a shortcut asks
 * for more than the page's state.
 */
export async function startLight(ctx: ContentScriptContext): Promise<void> {
  performance.mark('crosscheck:start');
  if (performance.getEntriesByName(LOAD_MARK).length) performance.measure('crosscheck:work:load', LOAD_MARK, 'crosscheck:start');
  const stored = (await timed(true, 'settings', () => browser.storage.local.get(SETTINGS_KEY)))[SETTINGS_KEY];

  let fullRoute: TabRoute | null = null;
  let routeReady: (route: TabRoute) => void = () => undefined;
  const route = new Promise<TabRoute>((resolve) => (routeReady = resolve));
  const handover: Handover = {
    ctx,
    storedSettings: stored,
    aboutStory: false,
    selectionPending: false,
    started: false,
    setRoute: (r) => routeReady((fullRoute = r)),
  };
  publishHandover(handover);
  const enabled = () => !isSiteIn(storedDisabledSites(handover.storedSettings), location.href);
  // This script's own watchers; they stop once the full script runs (it has its own) or on reload.
  const light = new AbortController();
  ctx.onInvalidated(() => light.abort());

  let loading: Promise<void> | null = null;
  const loadFull = (): Promise<void> =>
    (loading ??= (async () => {
      const answer = (await browser.runtime.sendMessage({ type: 'content.loadFull', payload: {} })) as Result<unknown> | undefined;
      if (!answer?.ok) throw new Error(answer ? answer.error : 'No answer to "content.loadFull" (is the extension being reloaded?)');
      light.abort();
    })().catch((err: unknown) => {
      loading = null;
      throw err;
    }));
  const tryLoadFull = () => void loadFull().catch(() => undefined);

  // The one listener for tab messages (popup, shortcuts, context menu). Before the full script runs,
  // this answers "page.state" itself and loads the full script for anything else.
  const answerTab = async (raw: unknown): Promise<Result<unknown>> => {
    if (fullRoute) return fullRoute(raw);
    const state = loading ? null : trivialPageState(raw, enabled());
    if (state) return { ok: true, value: state };
    await loadFull();
    return (await route)(raw);
  };
  timed(true, 'start', () =>
    browser.runtime.onMessage.addListener(asMessageListener(answerTab, (sender) => sender.id === browser.runtime.id && !sender.tab && ctx.isValid)),
  );

  /** The pre-check on the whole page; loads the full script when the page is about the story. */
  const check = (timing: boolean): boolean => {
    const body = document.body;
    if (!body || !timed(timing, 'precheck', () => pageIsAboutStory(body))) return false;
    handover.aboutStory = true;
    tryLoadFull();
    return true;
  };

  // Settings changed in the popup or options page: the full script follows them itself once it runs.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes[SETTINGS_KEY] || !ctx.isValid || fullRoute) return;
    handover.storedSettings = changes[SETTINGS_KEY].newValue;
    if (enabled()) check(false);
  });

  if (!timed(true, 'start', enabled)) return skipped();
  // The full script measures "crosscheck" up to its last highlight.
  if (check(true)) return;

  const web = /^https?:$/.test(location.protocol);
  // Notes can be on any web page; the background, which owns the database, knows whether this one has any.
  if (web)
    timed(true, 'notes-query', () =>
      browser.runtime
        .sendMessage({ type: 'notes.countForUrl', payload: { url: location.href } })
        .then((answer: Result<{ count: number }> | undefined) => answer?.ok && answer.value.count > 0 && ctx.isValid && tryLoadFull(), () => undefined),
    );
  timed(true, 'watch-setup', () => {
    if (web) {
      // A finished selection gets the Add-note button, which is part of the full script.
      const onSelectEnd = () => {
        if (document.getSelection()?.isCollapsed !== false || !ctx.isValid) return;
        handover.selectionPending = true;
        tryLoadFull();
      };
      document.addEventListener('mouseup', onSelectEnd, { signal: light.signal });
      document.addEventListener('keyup', (e) => e.shiftKey && onSelectEnd(), { signal: light.signal });
    }
    // Text added later (live blogs, single-page apps) may make the page about the story. Only text
    // that names part of the story can, so the whole page is re-tested only then.
    if (document.body)
      watchForNewText(
        document.body,
        (added) => {
          if (ctx.isValid && enabled() && added.some((n) => mentionsStory(n.textContent ?? ''))) check(false);
        },
        { debounceMs: 400, signal: light.signal },
      );
  });
  skipped();
}

/** The end of the first check on a page that is not about the story (read by `npm run bench`). */
function skipped(): void {
  performance.mark('crosscheck:done');
  performance.measure('crosscheck:skip', 'crosscheck:start', 'crosscheck:done');
}
