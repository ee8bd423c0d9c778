import { browser } from 'wxt/browser';
import type { NoteRepository } from '../../lib/notes/repository';
import { isSiteDisabled } from '../../lib/settings/schema';
import { loadSettings } from '../../lib/settings/store';
import { injectFullScript } from './tab-transport';

/**
 * A page with the reader's notes gets the full content script, which shows them, once it has loaded.
 * The background asks its own database, so the small content script never has to: a page without
 * notes (nearly all of them) pays nothing for the question. A site switched off gets nothing.
 */
export function injectWhereNotesAre(repo: Pick<NoteRepository, 'countForUrl'>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Loaded, or moved to another address without reloading (a single-page app).
    if (change.status !== 'complete' && !(change.url && tab.status === 'complete')) return;
    const url = tab.url;
    if (!url || !/^https?:/.test(url)) return;
    void (async () => {
      if ((await repo.countForUrl(url)) === 0) return;
      if (isSiteDisabled(await loadSettings(browser.storage.local), url)) return;
      await injectFullScript(tabId);
    })().catch(() => undefined);
  });
}
