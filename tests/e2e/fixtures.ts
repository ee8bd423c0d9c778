import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs as sharedChromiumArgs } from '../../scripts/chromium';
import { startStaticServer } from '../../scripts/static-server';
import { tabIdOf } from './helpers';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

/** Chromium flags this machine needs, plus the built extension. */
export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return sharedChromiumArgs(extensionDir);
}

/** The welcome page the extension opens on install (entrypoints/welcome). */
export const isWelcomePage = (page: Page) => /^chrome-extension:\/\/[^/]+\/welcome\.html/.test(page.url());

/**
 * A persistent Chromium profile with the built extension loaded. A fresh profile installs it, and the
 * extension opens its welcome tab: that tab is waited for and closed (unless `keepWelcome`), so it is
 * neither the active tab nor an extra page for the tests that follow.
 */
export async function launchWithExtension(userDataDir: string, opts: { colorScheme?: 'light' | 'dark'; keepWelcome?: boolean } = {}): Promise<BrowserContext> {
  const fresh = (await readdir(userDataDir)).length === 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(),
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
  });
  if (fresh && !opts.keepWelcome) await closeWelcome(context);
  return context;
}

/** Waits (a few seconds at most) for the welcome tab and closes it. */
export async function closeWelcome(context: BrowserContext, timeoutMs = 5000): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 50))) {
    const welcome = context.pages().find(isWelcomePage);
    if (welcome) {
      await welcome.close();
      return true;
    }
  }
  return false;
}

/** The extension's service worker; its URL's host is the extension id. */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

type Fixtures = {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  server: { url: string };
  openPopup: (forPage?: Page) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-e2e-'));
    const context = await launchWithExtension(dir);
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
  },
  background: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startStaticServer(PAGES_DIR);
    await use(server);
    await server.close();
  },
  openPopup: async ({ context, extensionId }, use) => {
    // The popup asks for "the active tab"; opened as a tab it would find itself, so we pass the
    // page to inspect as ?tab=ID (the popup honours it only from extension pages).
    await use(async (forPage?: Page) => {
      const tabId = forPage ? await tabIdOf(await serviceWorkerOf(context), forPage) : 'none';
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    });
  },
});

export const expect = test.expect;
