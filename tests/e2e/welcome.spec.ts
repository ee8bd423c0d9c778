import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, describeViolations } from './axe';
import { expect, isWelcomePage, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { shot } from './helpers';

async function waitForWelcome(context: BrowserContext, timeoutMs = 10_000): Promise<Page> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 50))) {
    const page = context.pages().find(isWelcomePage);
    if (page) return page;
  }
  throw new Error(`no welcome tab; open: ${context.pages().map((p) => p.url()).join(', ')}`);
}
const welcomeTabs = (context: BrowserContext) => context.pages().filter(isWelcomePage).length;

test.describe('the welcome page', () => {
  let dir: string;
  test.beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'cc-welcome-'))));
  test.afterEach(async () => rm(dir, { recursive: true, force: true }));

  test('opens on install with the marks, the real shortcuts, privacy and how to try it; its options link works', async () => {
    const context = await launchWithExtension(dir, { keepWelcome: true });
    try {
      const welcome = await waitForWelcome(context);
      await welcome.waitForSelector('.cc-welcome');
      await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Crosscheck');
      // The same legend as the popup: every kind of mark.
      await expect(welcome.locator('.cc-legend__row')).toHaveCount(6);
      // Shortcuts as the browser reports them.
      const shortcuts = await (await serviceWorkerOf(context)).evaluate(async () => (await chrome.commands.getAll()).map((c: { shortcut?: string }) => c.shortcut ?? ''));
      const keys = welcome.locator('.cc-welcome__keys');
      for (const s of shortcuts.filter(Boolean)) await expect(keys).toContainText(s);
      await expect(keys).toContainText('Show or hide highlights on this page');
      await expect(welcome.getByText('Nothing leaves your browser.')).toBeVisible();
      await expect(welcome.getByText('npm run demo')).toBeVisible();
      await welcome.setViewportSize({ width: 900, height: 1300 });
      await shot(welcome, 'welcome-light', true);
      const found = await axeViolations(welcome);
      expect(found, describeViolations(found)).toEqual([]);
      // Keyboard: Tab reaches the options link, Enter follows it.
      const link = welcome.getByRole('link', { name: 'Options' });
      for (let i = 0; i < 20 && !(await link.evaluate((a) => a === document.activeElement)); i++) await welcome.keyboard.press('Tab');
      await expect(link).toBeFocused();
      await welcome.keyboard.press('Enter');
      await welcome.waitForURL(/\/options\.html$/);
      await expect(welcome.locator('.cc-options h1')).toHaveText('Crosscheck options');
    } finally {
      await context.close();
    }
  });

  // An update (and a reload of the unpacked extension, which Chromium reports as one) is covered in
  // tests/unit/background/welcome.test.ts: here `chrome.runtime.reload()` unloads a --load-extension build for good.
  test('does not open again when the browser starts with Crosscheck already installed', async () => {
    let context = await launchWithExtension(dir);
    await expect.poll(() => welcomeTabs(context)).toBe(0);
    await context.close();
    context = await launchWithExtension(dir, { keepWelcome: true });
    try {
      await serviceWorkerOf(context);
      await new Promise((r) => setTimeout(r, 2000));
      expect(welcomeTabs(context)).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('dark: follows the system scheme and stays clean for axe', async () => {
    const context = await launchWithExtension(dir, { colorScheme: 'dark', keepWelcome: true });
    try {
      const welcome = await waitForWelcome(context);
      await welcome.waitForSelector('.cc-welcome');
      const bg = await welcome.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      expect(lum(bg)).toBeLessThan(80);
      await welcome.setViewportSize({ width: 900, height: 1300 });
      await shot(welcome, 'welcome-dark', true);
      const found = await axeViolations(welcome);
      expect(found, describeViolations(found)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
