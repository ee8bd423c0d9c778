import { browser } from 'wxt/browser';

/** The first-run page (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';
/** Set once the welcome page has been shown in this profile. */
export const WELCOMED_KEY = 'crosscheck:welcomed';

/**
 * Opens the welcome page once, when Crosscheck is first installed: an update, a browser update or a
 * reload of the unpacked extension says nothing new to a reader who already knows it. Chromium also
 * reports "install" each time it starts with an extension loaded from the command line (`npm run
 * demo`, the browser tests) on a profile that already has it, so the page is shown once per profile.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    if ((await browser.storage.local.get(WELCOMED_KEY))[WELCOMED_KEY]) return;
    await browser.storage.local.set({ [WELCOMED_KEY]: true });
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
  });
}
