import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import '../../components/theme.css';
import '../../components/ClaimCard.css';
import { watchForNewText } from '../../lib/dom/watch-changes';
import { asMessageListener } from '../../lib/messaging/listen';
import { SETTINGS_KEY, isSiteDisabled, readSettings, type Settings } from '../../lib/settings/schema';
import { attachCard } from './card';
import { injectHighlightStyle } from './highlight-style';
import { LOAD_MARK } from './load-mark';
import { createPageChecker, type PageChecker } from './page-checker';
import { startNotes, type NotesControl } from './notes';
import { createTabRouter } from './tab-router';
import { timed } from './work-timing';

/**
 * Everything the content script does, started from `main`. On a page that is not about the story
 * it stops after the pre-check (a regex over the body's text) and a storage read.
 */
export async function startCrosscheck(ctx: ContentScriptContext): Promise<void> {
  performance.mark('crosscheck:start');
  if (performance.getEntriesByName(LOAD_MARK).length) performance.measure('crosscheck:work:load', LOAD_MARK, 'crosscheck:start');
  // A lean sender instead of createClient(messages): the full zod schemas (notes, claims, Dexie types)
  // cost ~170 KB in every page; the background validates every message anyway.
  const send = async (type: string, payload: unknown): Promise<unknown> => {
    const answer = (await browser.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: unknown; error?: string } | undefined;
    if (!answer || typeof answer !== 'object') throw new Error(`No answer to "${type}" (is the extension being reloaded?)`);
    if (!answer.ok) throw new Error(String(answer.error));
    return answer.value;
  };
  // Every synchronous stretch below is timed (first use of an extension API is not free either).
  const stored = (await timed(true, 'settings', () => browser.storage.local.get(SETTINGS_KEY)))[SETTINGS_KEY];
  let settings: Settings = timed(true, 'settings', () => readSettings(stored));
  const enabled = () => !isSiteDisabled(settings, location.href);
  let visible = true;
  const setVisible = (v: boolean) => {
    visible = v;
    document.documentElement.toggleAttribute('data-crosscheck-hidden', !v);
  };

  let checker: PageChecker | null = null;
  let removeStyle: (() => void) | null = null;
  let card: ReturnType<typeof attachCard> | null = null;
  const onAboutStory = () => {
    removeStyle ??= injectHighlightStyle(document);
    card ??= attachCard(ctx, () => checker, () => settings);
  };
  const newChecker = () =>
    createPageChecker({
      doc: document,
      match: (text, context) => send('match', context ? { text, context } : { text }),
      reportCounts: (flagged, total) => void send('reportCounts', { flagged, total }).catch(() => undefined),
      settings: () => settings,
      onAboutStory,
    });

  // The popup asks even when nothing was found, so the router is there from the start.
  let notes: NotesControl | null = null;
  timed(true, 'start', () => {
    const route = createTabRouter(() => (checker ??= newChecker()), { enabled, setVisible, visible: () => visible }, () => notes);
    browser.runtime.onMessage.addListener(asMessageListener(route, (sender) => sender.id === browser.runtime.id && !sender.tab));
  });

  /** Listeners that only matter once the first check is done (and notes, one message on most pages). */
  function listenAfterCheck(): void {
    // After an extension reload this script is orphaned. Reading ctx.isValid notices it (and runs
    // onInvalidated, which removes the highlights) before any handler touches the dead runtime.
    for (const type of ['mouseover', 'focusin', 'keydown', 'click'])
      window.addEventListener(type, () => void ctx.isValid, { capture: true, passive: true, signal: ctx.signal });
    // Notes work on any web page; one message when the page has none. Not awaited: nothing above waits on it.
    void startNotes(ctx, { send, doc: document }).then((control) => (notes = control), () => undefined);

    // Settings changed in the popup or options page: start over with the new ones.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !changes[SETTINGS_KEY] || !ctx.isValid) return;
      settings = readSettings(changes[SETTINGS_KEY].newValue);
      checker?.clear();
      void run();
    });
    ctx.onInvalidated(() => {
      checker?.clear();
      removeStyle?.();
      document.documentElement.removeAttribute('data-crosscheck-hidden');
    });
  }

  const run = async (timing = false) => {
    checker = newChecker();
    if (!timed(timing, 'start', enabled)) return;
    const about = await checker.checkPage();
    performance.mark('crosscheck:done');
    performance.measure(about ? 'crosscheck' : 'crosscheck:skip', 'crosscheck:start', 'crosscheck:done');
  };
  // Watch from the start: a live page may add text while the first check is still waiting for the
  // background (a cold service worker takes a while); those additions are checked once it is done.
  let firstDone = false;
  const first = run(true).finally(() => (firstDone = true));
  timed(true, 'start', () =>
    watchForNewText(document.body, (added) => void first.then(() => (ctx.isValid ? checker?.checkAdded(added) : undefined)), {
      debounceMs: 400,
      signal: ctx.signal,
      // Sorting out the mutations our own highlighting causes is part of the first check's cost.
      wrap: (work) => timed(!firstDone, 'watch', work),
    }),
  );
  await first;
  timed(true, 'start', () => listenAfterCheck());
}


