/**
 * "My notes" with 10,000 notes, for `npm run bench`: the notes are stored through the extension's own
 * import message (scripts/lib/seed-notes.ts), then the popup (opened as a tab, `?tab=none`: no page,
 * so it lists every note) is timed from the click on the tab to the rendered list, and from one input
 * event in the search box to the filtered list. The same steps in a second profile with no notes,
 * loads interleaved, give the baseline. Also the search message alone (the background's part).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { median, ratioOf, round } from './bench-stats';
import { SEARCH_WORD, importFiles, makeNotes } from './seed-notes';
import { NOTES_PAGE } from '../../components/notes-state';

export interface NotesFigures {
  notes: number;
  openMs: number;
  searchMs: number;
  /** The first open after the notes were written, before the background has read them into memory. */
  firstOpenMs: number;
  /** The same with an empty database, and the ratios to it. */
  emptyOpenMs: number;
  emptySearchMs: number;
  openRatio: number | null;
  searchRatio: number | null;
  /** `notes.search` sent from the popup as it asks (a page of 50): all notes, and the search word, round trip. */
  searchAllMessageMs: number;
  searchWordMessageMs: number;
  listed: number;
  found: number;
}

const extensionIdOf = async (context: BrowserContext) => new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;

/** Stores `count` notes in the extension's database through `notes.import`; returns how many were added. */
export async function seedNotes(context: BrowserContext, count: number): Promise<number> {
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${await extensionIdOf(context)}/popup.html?tab=none`);
    let added = 0;
    for (const text of importFiles(makeNotes(count))) {
      const answer = (await popup.evaluate((t) => chrome.runtime.sendMessage({ type: 'notes.import', payload: { text: t } }), text)) as { ok: boolean; value?: { added: number }; error?: string };
      if (!answer.ok) throw new Error(`import failed: ${answer.error}`);
      added += answer.value!.added;
    }
    return added;
  } finally {
    await popup.close();
  }
}

// Resolves with ms from `start` to the first DOM change after which `done()` holds.
const WHEN = `(start, done) => new Promise((resolve) => {
  const check = () => { if (done()) { observer.disconnect(); resolve(performance.now() - start); return true; } return false; };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  check();
})`;

async function openAndSearch(context: BrowserContext, expectAll: number, expectFound: number, expectTotal = expectFound): Promise<{ openMs: number; searchMs: number; listed: number; found: number }> {
  const popup: Page = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${await extensionIdOf(context)}/popup.html?tab=none`);
    await popup.getByRole('tab', { name: 'My notes' }).waitFor();
    await popup.waitForTimeout(300);
    const count = `() => document.querySelectorAll('.cc-note-item').length`;
    const rendered = (n: number) => `() => !!document.querySelector('.cc-notes-view') && document.querySelectorAll('.cc-note-item').length === ${n}`;
    // The open list has a page of notes already: the search is drawn when the count of matches shows.
    const searched = (n: number, total: number) =>
      total > n ? `() => document.body.textContent.includes('Showing ${n} of ${total}.') && (${rendered(n)})()` : rendered(n);
    const openMs = (await popup.evaluate(`(() => {
      const tab = Array.from(document.querySelectorAll('[role="tab"]')).find((t) => t.textContent.trim() === 'My notes');
      const start = performance.now();
      const wait = (${WHEN})(start, ${rendered(expectAll)});
      tab.click();
      return wait;
    })()`)) as number;
    const listed = (await popup.evaluate(`(${count})()`)) as number;
    await popup.waitForTimeout(300);
    const searchMs = (await popup.evaluate(`(() => {
      const input = document.querySelector('input[aria-label="Search text"]');
      const start = performance.now();
      const wait = (${WHEN})(start, ${expectFound ? searched(expectFound, expectTotal) : `() => document.body.textContent.includes('matches the search')`});
      input.value = ${JSON.stringify(SEARCH_WORD)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return wait;
    })()`)) as number;
    const found = (await popup.evaluate(`(${count})()`)) as number;
    return { openMs, searchMs, listed, found };
  } finally {
    await popup.close();
  }
}

async function messageMs(context: BrowserContext, payload: object): Promise<number> {
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${await extensionIdOf(context)}/popup.html?tab=none`);
    return await popup.evaluate(async (p) => {
      await chrome.runtime.sendMessage({ type: 'notes.search', payload: p });
      const t0 = performance.now();
      await chrome.runtime.sendMessage({ type: 'notes.search', payload: p });
      return performance.now() - t0;
    }, payload);
  } finally {
    await popup.close();
  }
}

export async function measureNotes(full: BrowserContext, empty: BrowserContext, count: number, runs = 5): Promise<NotesFigures> {
  const found = makeNotes(count).filter((n) => n.quote.toLowerCase().includes(SEARCH_WORD) || n.body.toLowerCase().includes(SEARCH_WORD)).length;
  const withNotes: Array<Awaited<ReturnType<typeof openAndSearch>>> = [];
  const without: Array<Awaited<ReturnType<typeof openAndSearch>>> = [];
  const allMsg: number[] = [];
  const wordMsg: number[] = [];
  for (let i = 0; i < runs; i++) {
    // My notes shows a page of notes at a time: the list is done when that page is drawn.
    withNotes.push(await openAndSearch(full, Math.min(count, NOTES_PAGE), Math.min(found, NOTES_PAGE), found));
    without.push(await openAndSearch(empty, 0, 0));
    // As the popup asks: a page of notes at a time.
    allMsg.push(await messageMs(full, { limit: NOTES_PAGE }));
    wordMsg.push(await messageMs(full, { text: SEARCH_WORD, limit: NOTES_PAGE }));
  }
  const m = (list: typeof withNotes, k: 'openMs' | 'searchMs') => median(list.map((r) => r[k]));
  return {
    notes: count,
    openMs: round(m(withNotes, 'openMs'), 1),
    firstOpenMs: round(withNotes[0]!.openMs, 1),
    searchMs: round(m(withNotes, 'searchMs'), 1),
    emptyOpenMs: round(m(without, 'openMs'), 1),
    emptySearchMs: round(m(without, 'searchMs'), 1),
    openRatio: ratioOf(m(withNotes, 'openMs'), m(without, 'openMs'), 1),
    searchRatio: ratioOf(m(withNotes, 'searchMs'), m(without, 'searchMs'), 1),
    searchAllMessageMs: round(median(allMsg), 1),
    searchWordMessageMs: round(median(wordMsg), 1),
    listed: withNotes[0]!.listed,
    found: withNotes[0]!.found,
  };
}
