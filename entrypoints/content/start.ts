import { browser } from 'wxt/browser';
import { watchForNewText } from '../../lib/dom/watch-changes';
import { SETTINGS_KEY, isSiteDisabled, readSettings, type Settings } from '../../lib/settings/schema';
import { attachCard } from './card';
import { injectHighlightStyle } from './highlight-style';
import { FULL_LOAD_MARK } from './full-load-mark';
import type { Handover } from './handover';
import { createPageChecker, type PageChecker } from './page-checker';
import { startNotes, type NotesControl } from './notes';
import { createTabRouter } from './tab-router';
import { timed } from './work-timing';

/**
 * Everything the full content script does, started by entrypoints/crosscheck-page.ts once the small
 * content script (light.ts) found a reason for it; that one read the settings and ran the pre-check.
 */
export async function startCrosscheck(handover: Handover): Promise<void> {
  const { ctx } = handover;
  performance.mark('crosscheck:full-start');
  if (performance.getEntriesByName(FULL_LOAD_MARK).length) performance.measure('crosscheck:work:full-load', FULL_LOAD_MARK, 'crosscheck:full-start');
  // A lean sender instead of createClient(messages): the full zod schemas (notes, claims, Dexie types)
  // cost ~170 KB in every page; the background validates every message anyway.
  const send = async (type: string, payload: unknown): Promise<unknown> => {
    const answer = (await browser.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: unknown; error?: string } | undefined;
    if (!answer || typeof answer !== 'object') throw new Error(`No answer to "${type}" (is the extension being reloaded?)`);
    if (!answer.ok) throw new Error(String(answer.error));
    return answer.value;
  };
  // Every synchronous stretch below is timed (first use of an extension API is not free either).
  let settings: Settings = timed(true, 'settings', () => readSettings(handover.storedSettings));
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

  // The small script forwards tab messages here from now on. Notes messages wait for the notes to load
  // (this script may have been injected just to open the note editor).
  let notesLoaded: (control: NotesControl | null) => void = () => undefined;
  const notes = new Promise<NotesControl | null>((resolve) => (notesLoaded = resolve));
  timed(true, 'start', () =>
    handover.setRoute(createTabRouter(() => (checker ??= newChecker()), { enabled, setVisible, visible: () => visible }, () => notes)),
  );

  /** Listeners that only matter once the first check is done (and notes, one message on most pages). */
  function listenAfterCheck(): void {
    // After an extension reload this script is orphaned. Reading ctx.isValid notices it (and runs
    // onInvalidated, which removes the highlights) before any handler touches the dead runtime.
    for (const type of ['mouseover', 'focusin', 'keydown', 'click'])
      window.addEventListener(type, () => void ctx.isValid, { capture: true, passive: true, signal: ctx.signal });
    // Notes work on any web page; one message when the page has none. Not awaited: nothing above waits on it.
    void startNotes(ctx, { send, doc: document, selectionPending: handover.selectionPending, onEditorOpen: () => card?.close() }).then(notesLoaded, () => notesLoaded(null));

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

  const run = async (timing = false, knownAbout = false) => {
    checker = newChecker();
    if (!timed(timing, 'start', enabled)) return;
    const about = await checker.checkPage(knownAbout);
    performance.mark('crosscheck:done');
    performance.measure(about ? 'crosscheck' : 'crosscheck:skip', 'crosscheck:start', 'crosscheck:done');
  };
  // Watch from the start: a live page may add text while the first check is still waiting for the
  // background (a cold service worker takes a while); those additions are checked once it is done.
  let firstDone = false;
  const first = run(true, handover.aboutStory).finally(() => (firstDone = true));
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


