import { browser } from 'wxt/browser';
import type { ScriptContext } from './script-context';
import { asMessageListener } from '../../lib/messaging/listen';
import { useImportedPrecheck } from '../../lib/dom/page-precheck';
import { watchForNewText } from '../../lib/dom/watch-changes';
import { IMPORTED_PRECHECK_KEY, PACK_KEYS, storedPrecheckSpecs } from '../../lib/packs/content-keys';
import { SETTINGS_KEY, isSiteDisabled, readSettings, type Settings } from '../../lib/settings/schema';
import { attachCard } from './card';
import { claimAtRange } from './claim-at';
import { injectHighlightStyle } from './highlight-style';
import { FULL_LOAD_MARK } from './full-load-mark';
import type { Handover } from './handover';
import { createPageChecker, type PageChecker } from './page-checker';
import { startNotes, type NotesControl } from './notes';
import { createTabRouter } from './tab-router';
import { LIGHT_LOAD_MARK, hasMark, mark, measure, timed } from './work-timing';

/**
 * Everything the full content script does, started by its entrypoint once something needs it: the
 * small content script (the page is about the story, or the reader selected text), the popup, a
 * shortcut, or the background (the page has notes).
 */
export async function startCrosscheck(ctx: ScriptContext, handover: Handover): Promise<void> {
  // The whole measure starts with the small script, or here when there was none (a page opened before install).
  const startMark = hasMark(LIGHT_LOAD_MARK) ? LIGHT_LOAD_MARK : FULL_LOAD_MARK;
  mark('crosscheck:full-start');
  if (hasMark(FULL_LOAD_MARK)) measure('crosscheck:work:full-load', FULL_LOAD_MARK, 'crosscheck:full-start');
  // A lean sender instead of createClient(messages): the full zod schemas (notes, claims, Dexie types)
  // cost ~170 KB in every page; the background validates every message anyway.
  const send = async (type: string, payload: unknown): Promise<unknown> => {
    const answer = (await browser.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: unknown; error?: string } | undefined;
    if (!answer || typeof answer !== 'object') throw new Error(`No answer to "${type}" (is the extension being reloaded?)`);
    if (!answer.ok) throw new Error(String(answer.error));
    return answer.value;
  };
  // Read below; tab messages wait for them.
  let settings!: Settings;
  let settingsRead: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (settingsRead = resolve));
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
    card ??= attachCard(ctx, () => checker, () => settings, () => notesControl);
  };
  const newChecker = (beforeFirstHighlight?: () => void) =>
    createPageChecker({
      doc: document,
      match: (text, context, job) => send('match', context ? { text, context, job } : { text, job }),
      cancel: (job) => void send('match.cancel', { job }).catch(() => undefined),
      reportCounts: (flagged, total) => void send('reportCounts', { flagged, total }).catch(() => undefined),
      settings: () => settings,
      onAboutStory,
      beforeFirstHighlight,
      onShadowMarks: (root) => {
        const remove = injectHighlightStyle(root);
        ctx.onInvalidated(remove);
      },
    });
  // A checker whose highlights stay on the page while its replacement checks (after a settings change).
  let previous: PageChecker | null = null;
  const dropPrevious = (old: PageChecker) => {
    if (previous !== old) return;
    previous = null;
    old.clear();
  };

  // Tab messages (popup, shortcuts, context menu). Notes messages wait for the notes to load (this
  // script may have been injected just to open the note editor).
  let notesLoaded: (control: NotesControl | null) => void = () => undefined;
  const notes = new Promise<NotesControl | null>((resolve) => (notesLoaded = resolve));
  let notesControl: NotesControl | null = null;
  void notes.then((control) => (notesControl = control));
  // Registered before anything is awaited: whoever injected this script may message it as soon as
  // the injection returns.
  timed(true, 'start', () => {
    const route = createTabRouter(() => (checker ??= newChecker()), { enabled, setVisible, visible: () => visible }, () => notes);
    // Only the extension's own pages and background talk to it, never a content script: the sender's
    // address is inside the extension. (Not "no sender.tab": Firefox gives one to an extension page
    // open in a tab, and the popup opened that way got no answer there.)
    const extensionOrigin = browser.runtime.getURL('/');
    const listener = asMessageListener(
      (raw, sender) => settingsReady.then(() => route(raw, sender)),
      (sender) => sender.id === browser.runtime.id && !!sender.url?.startsWith(extensionOrigin) && ctx.isValid,
    );
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  });
  // Every synchronous stretch is timed (first use of an extension API is not free either). The
  // imported packs' pre-check comes in the same read: a page about one of them, brought here by the
  // popup or a note rather than by a small script, is checked too.
  const read = await timed(true, 'settings', () => browser.storage.local.get(handover.settings ? [IMPORTED_PRECHECK_KEY] : [SETTINGS_KEY, IMPORTED_PRECHECK_KEY]));
  const stored = handover.settings ?? { stored: read[SETTINGS_KEY] };
  settings = timed(true, 'settings', () => readSettings(stored.stored));
  useImportedPrecheck(storedPrecheckSpecs(read[IMPORTED_PRECHECK_KEY]));
  settingsRead();

  /** Listeners that only matter once the first check is done (and notes, one message on most pages). */
  function listenAfterCheck(): void {
    // After an extension reload this script is orphaned. Reading ctx.isValid notices it (and runs
    // onInvalidated, which removes the highlights) before any handler touches the dead runtime.
    for (const type of ['mouseover', 'focusin', 'keydown', 'click'])
      window.addEventListener(type, () => void ctx.isValid, { capture: true, passive: true, signal: ctx.signal });
    // Notes work on any web page; one message when the page has none. Not awaited: nothing above waits on it.
    void startNotes(ctx, {
      send,
      doc: document,
      selectionPending: handover.selectionPending,
      onOverlay: () => card?.close(),
      claimAt: (range) => claimAtRange(checker, range),
    }).then(notesLoaded, () => notesLoaded(null));

    // Settings or packs changed in the popup or options page: check again with the new ones (the
    // background matches with the packs that are on). The old highlights stay until the new ones are
    // ready, so the page never flashes unmarked; a second change before then starts over from a clean page.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(changes[SETTINGS_KEY] || PACK_KEYS.some((k) => changes[k])) || !ctx.isValid) return;
      if (changes[SETTINGS_KEY]) settings = readSettings(changes[SETTINGS_KEY].newValue);
      if (changes[IMPORTED_PRECHECK_KEY]) useImportedPrecheck(storedPrecheckSpecs(changes[IMPORTED_PRECHECK_KEY].newValue));
      if (previous) {
        dropPrevious(previous);
        checker?.clear();
      } else previous = checker;
      // Taking the old marks out takes the note marks inside them too: the notes are drawn again,
      // inside the new marks, so their words keep one Tab stop.
      void run().then(() => notesControl?.refresh()).catch(() => undefined);
    });
    ctx.onInvalidated(() => {
      checker?.clear();
      removeStyle?.();
      document.documentElement.removeAttribute('data-crosscheck-hidden');
    });
  }

  const run = async (timing = false, knownAbout = false) => {
    const old = previous;
    checker = newChecker(old ? () => dropPrevious(old) : undefined);
    try {
      if (!timed(timing, 'start', enabled)) return;
      const about = await checker.checkPage(knownAbout);
      mark('crosscheck:done');
      measure(about ? 'crosscheck' : 'crosscheck:skip', startMark, 'crosscheck:done');
    } finally {
      // Switched off, nothing to show, or the check failed: the old highlights go all the same.
      if (old) dropPrevious(old);
    }
  };
  // Watch from the start: a live page may add text while the first check is still waiting for the
  // background (a cold service worker takes a while); those additions are checked once it is done.
  let firstDone = false;
  const first = run(true, handover.aboutStory).finally(() => (firstDone = true));
  timed(true, 'start', () =>
    // The whole document, not the body: a Turbo-style visit replaces <body> itself.
    watchForNewText(document.documentElement, (added) => void first.then(() => (ctx.isValid ? checker?.checkAdded(added) : undefined)), {
      debounceMs: 400,
      signal: ctx.signal,
      // Sorting out the mutations our own highlighting causes is part of the first check's cost;
      // after it, the same work counts towards the re-check of what the page added (bench builds only).
      wrap: (work) => timed(firstDone ? 'recheck' : true, 'watch', work),
    }),
  );
  await first;
  timed(true, 'start', () => listenAfterCheck());
}


