import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's Firefox ESR; `.ci/run` installs it when it is missing. */
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const FIREFOX_SHOTS_DIR = resolve(import.meta.dirname, '../../test-results/firefox');
/** The gecko id wxt.config.ts gives the Firefox build. */
const GECKO_ID = 'crosscheck@crosscheck.example';

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://UUID/` of the installed build. */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Headless Firefox ESR on a fresh profile (Puppeteer makes one in the temp folder and removes it),
 * driven over WebDriver BiDi, with the Firefox MV3 build installed as a temporary add-on
 * (`webExtension.install` with the build's folder).
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`${FIREFOX_PATH} is missing: apt-get install -y firefox-esr`);
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('no Firefox build: run npx wxt build -b firefox --mv3');
  // Firefox gives each add-on a random UUID for its moz-extension:// origin; naming it in this pref
  // before the install fixes it, so the test knows where the popup is.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // WebDriver BiDi navigates only to http(s), file, blob and about:blank unless the remote agent is
    // given system access; the popup is a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Host permissions granted at install (Firefox ESR 153's default, said here so a changed
      // default shows up as this test failing, not as "Missing host permission for the tab").
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected ${GECKO_ID}`);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return { browser, origin: `moz-extension://${uuid}/`, close: () => browser.close() };
}

/** Polls `read` until it gives the same value twice in a row (highlighting runs in slices). */
export async function settled<T>(read: () => Promise<T>, { interval = 250, timeout = 15_000 } = {}): Promise<T> {
  const end = Date.now() + timeout;
  let last = JSON.stringify(await read());
  for (;;) {
    await new Promise((ok) => setTimeout(ok, interval));
    const value = await read();
    const now = JSON.stringify(value);
    if (now === last) return value;
    if (Date.now() > end) throw new Error(`still changing after ${timeout} ms: ${now}`);
    last = now;
  }
}

/**
 * Opens an extension page in `page`. Firefox reports no navigation events for a moz-extension://
 * document (it loads in the extension's process), so Puppeteer's `goto` would wait for them until
 * it times out; the navigation is started without waiting and the new document polled for instead.
 */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  const pending = page.goto(url, { timeout: 10_000 }).catch(() => undefined);
  const end = Date.now() + 10_000;
  while ((await page.evaluate(() => (document.readyState !== 'loading' ? location.href : '')).catch(() => '')) !== url) {
    if (Date.now() > end) throw new Error(`${url} did not open`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  void pending;
}

/**
 * The WebExtension tab id of the tab showing `pageUrl`, asked from an extension page. Firefox shows an
 * add-on the URLs of tabs its host permissions cover, so no `tabs` permission is needed.
 */
export async function tabIdOf(extensionPage: Page, pageUrl: string): Promise<number> {
  const tabs = await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } } }).browser;
    return (await api.tabs.query({})).map((t) => ({ id: t.id ?? -1, url: t.url ?? '' }));
  });
  const tab = tabs.find((t) => t.url === pageUrl);
  if (!tab) throw new Error(`no tab shows ${pageUrl}: ${JSON.stringify(tabs)}`);
  return tab.id;
}

export async function shot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(FIREFOX_SHOTS_DIR, { recursive: true });
  const path = resolve(FIREFOX_SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
