import type { browser as Browser } from 'wxt/browser';
import type { Precheck } from '../../lib/pack/precheck';
import { afterLayout } from '../../lib/dom/after-layout';
import { shownText } from '../../lib/dom/shown-text';
import { watchForNewText } from '../../lib/dom/watch-changes';
import type { Result } from '../../lib/messaging/protocol';
import { PACKS_OFF_KEY, storedPacksOff } from '../../lib/packs/content-keys';
import { SETTINGS_KEY, isSiteIn, storedDisabledSites } from '../../lib/settings/site';
import { joinHandover } from '../crosscheck-page/handover';
import { LIGHT_LOAD_MARK, measure, timed } from '../crosscheck-page/work-timing';

/**
 * The extension API, looked up when first needed. Why not `wxt/browser`: it reads `browser.runtime.id`
 * as the bundle loads, and the first touch of `runtime` in a page costs about half a millisecond.
 */
export const extensionApi = (): typeof Browser => {
  const g = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
};

export interface LightOptions {
  /** The pre-check of the packs this script looks for: the bundled ones, or the imported ones. */
  precheck: Precheck;
  /** Offers the Add-note button on a selection: the manifest's script does; the second one leaves it to it. */
  selection: boolean;
  /** Records the bench's measures, which start at the manifest's script's load mark (that script only). */
  timing: boolean;
}

/**
 * A small content script: the pre-check, a watcher for text added later, and nothing more unless the
 * page needs Crosscheck. The manifest's script runs it with the bundled packs' pre-check, baked in, and
 * calls no extension API until then: on a page not about a story, its whole cost is evaluating this
 * bundle, the pre-check and three listeners. While an imported pack is on, a second script runs it
 * with the imported packs' pre-check (entrypoints/crosscheck-imported); both join one handover.
 *
 * The full script (page checker, highlights, card, notes UI, tab messages) is injected by the
 * background when this script finds the page about a story that is on (now, or later on live blogs
 * and single-page apps) on a site the reader has not switched off, or when the reader selects text (the
 * Add-note button). The background injects it itself into a page with notes, and the popup and the
 * shortcuts do when they find no full script to talk to.
 */
export function startLight({ precheck, selection, timing }: LightOptions): void {
  // This script's watchers; they stop once the full script runs (it has its own), or when this copy
  // finds itself orphaned by an extension reload.
  const light = new AbortController();
  // Aborted with a reason: without one Chromium builds a DOMException for it, which took 8–9 ms in
  // `npm run bench` (Chromium 156 under Playwright), right as the full script starts.
  const stop = (reason: string) => light.abort(reason);
  const handover = joinHandover(() => stop('the full script runs'));

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

  /**
   * The site is on in the reader's settings and, for a page about `stories`, one of them is switched
   * on (read only once something needs them, in one call; the settings are kept for the full script).
   */
  const allowed = async (stories: readonly string[] | null): Promise<boolean> => {
    const stored = await extensionApi().storage.local.get([SETTINGS_KEY, PACKS_OFF_KEY]);
    handover.settings = { stored: stored[SETTINGS_KEY] };
    if (isSiteIn(storedDisabledSites(handover.settings.stored), location.href)) return false;
    const off = storedPacksOff(stored[PACKS_OFF_KEY]);
    return !stories || stories.some((id) => !off.includes(id));
  };

  /** The page is about `stories`: the full script follows, unless the reader switched the site or the stories off. */
  let about = false;
  let waiting = false;
  let timedAsk = false;
  const aboutStory = async (stories: string[]): Promise<void> => {
    about = true;
    handover.aboutStory = true;
    if (!alive()) return;
    if (await allowed(stories)) return timed(timing && !timedAsk, 'ask', () => ((timedAsk = true), loadFull()));
    if (waiting) return;
    waiting = true;
    // The site or a story switched back on from the popup or the options page: start then.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(changes[SETTINGS_KEY] || changes[PACKS_OFF_KEY]) || !alive()) return;
      void allowed(stories).then((on) => on && loadFull(), () => undefined);
    };
    extensionApi().storage.onChanged.addListener(onChange);
    light.signal.addEventListener('abort', () => extensionApi().storage.onChanged.removeListener(onChange), { once: true });
  };

  /** Waits for more text or the reader's selection: the page is not about a story (yet). */
  const wait = (): void => {
    if (selection && /^https?:$/.test(location.protocol)) {
      // A finished selection gets the Add-note button, which is part of the full script. A site
      // switched off gets none of Crosscheck, the button included.
      // The reader's own mouse and keys only (`isTrusted`): a page's script-made selection with a
      // synthetic mouseup must not load the full script, which would show it Crosscheck is installed.
      const onSelectEnd = (e: Event) => {
        if (!e.isTrusted || loading || document.getSelection()?.isCollapsed !== false || !alive()) return;
        handover.selectionPending = true;
        void allowed(null).then((on) => on && loadFull(), () => undefined);
      };
      document.addEventListener('mouseup', onSelectEnd, { signal: light.signal });
      document.addEventListener('keyup', (e) => e.shiftKey && onSelectEnd(e), { signal: light.signal });
    }
    // Text added later (live blogs, single-page apps) may make the page about a story. Only text
    // that names part of one can, so the whole page is re-tested only then.
    // The whole document, not the body: a Turbo-style visit replaces <body> itself.
    watchForNewText(
      document.documentElement,
      (added) => {
        if (about || !document.body || !added.some((n) => precheck.mentions(n.textContent ?? ''))) return;
        const stories = storiesOnPage(document.body);
        if (stories.length) void aboutStory(stories).catch(() => undefined);
      },
      { debounceMs: 400, signal: light.signal },
    );
  };

  const body = document.body;
  // One copy of the text (no layout); see lib/dom/page-precheck.ts for what was tried instead. A page
  // that names a story somewhere is looked at again as shown: names in a script or hidden text do not count.
  const storiesOnPage = (root: HTMLElement) => (precheck.about(root.textContent ?? '').length ? precheck.about(shownText(root)) : []);
  if (body && precheck.about(body.textContent ?? '').length) {
    if (timing) measureLight();
    // The second look reads the page as shown, once the browser has laid it out itself.
    afterLayout(() =>
      timed(timing, 'light-shown', () => {
        if (light.signal.aborted || about) return;
        const found = precheck.about(shownText(body));
        // The full script measures "crosscheck" up to its last highlight.
        if (found.length) return void aboutStory(found).catch(() => undefined);
        wait();
        if (timing) measure('crosscheck:skip', LIGHT_LOAD_MARK);
      }),
    );
    return;
  }
  wait();
  if (!timing) return;
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
