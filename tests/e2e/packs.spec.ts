import type { Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, launchWithExtension, serviceWorkerOf } from './fixtures';
import { crosscheckInPage, shot } from './helpers';

const PACKS = resolve(import.meta.dirname, '../fixtures/packs');
const PORT_PACK = join(PACKS, 'port-strike-2025.json');
const BROKEN_PACK = join(PACKS, 'port-strike-quote-not-verbatim.json');
const PORT_TITLE = 'The dock strike at Port Carrow, March 2025';
const BAKU_TITLE = /Syrian and Israeli officials meet in Baku/;

// A mark lists its claims space-separated as pack/claim: one of the pack's is first or after a space.
const marks = (page: Page, pack: string) => page.locator(`mark:is([data-crosscheck-claims^="${pack}/"], [data-crosscheck-claims*=" ${pack}/"])`).count();
const packRows = (options: Page) => options.locator('.cc-pack .cc-pack-title');

test('options: import a second pack, refuse a broken one, switch stories off and on; open pages follow', async ({ context, server, extensionId, background }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(packRows(options)).toHaveText([BAKU_TITLE]);
  await expect(options.getByText('No imported packs yet.')).toBeVisible();
  // The default: no second content script at all.
  const registered = () => background.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id));
  expect(await registered()).toEqual([]);

  // A broken file: the error names the path and the problem, and the list is unchanged.
  const picker = options.locator('.cc-packs input[type=file]');
  await picker.setInputFiles(BROKEN_PACK);
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('port-strike-quote-not-verbatim.json was not imported, and nothing changed.');
  await expect(alert).toContainText('claims.1.versions.1.quote: not found verbatim in authority\'s words in source "authority-release"');
  await expect(packRows(options)).toHaveText([BAKU_TITLE]);

  // A valid one: added, listed, on.
  await picker.setInputFiles(PORT_PACK);
  await expect(options.getByRole('status')).toContainText(`Added “${PORT_TITLE}”.`);
  await expect(packRows(options)).toHaveText([BAKU_TITLE, PORT_TITLE]);
  await expect(options.getByRole('switch', { name: PORT_TITLE })).toBeChecked();
  expect(await registered()).toEqual(['crosscheck-imported']);
  await options.locator('.cc-packs').scrollIntoViewIfNeeded();
  await shot(options, 'options-packs-light', true);

  // Both stories are marked while both packs are on.
  const baku = await context.newPage();
  await baku.goto(`${server.url}/seed-002-afp.html`);
  await expect.poll(() => marks(baku, 'baku-2025')).toBeGreaterThan(0);
  const bakuMarks = await marks(baku, 'baku-2025');
  const port = await context.newPage();
  await port.goto(`${server.url}/port-strike-carrow.html`);
  await expect.poll(() => marks(port, 'carrow-port-strike-2025')).toBeGreaterThan(0);
  await shot(port, 'port-strike-highlights');

  // The Baku pack off: the open page loses its highlights, and a fresh load gets none, nor the full script.
  await options.bringToFront();
  await options.getByRole('switch', { name: BAKU_TITLE }).uncheck();
  await expect(options.getByRole('status')).toContainText('is off: pages about it get no highlights.');
  await shot(options, 'options-packs-baku-off', true);
  await expect.poll(() => marks(baku, 'baku-2025')).toBe(0);
  await baku.reload();
  await baku.waitForLoadState('load');
  await baku.waitForTimeout(1000);
  expect(await marks(baku, 'baku-2025')).toBe(0);
  expect((await crosscheckInPage(background, baku)).full).toBeNull();
  // The other story is not touched.
  expect(await marks(port, 'carrow-port-strike-2025')).toBeGreaterThan(0);

  // On again: the page loaded while it was off is marked at once, as before.
  await options.bringToFront();
  await options.getByRole('switch', { name: BAKU_TITLE }).check();
  await expect.poll(() => marks(baku, 'baku-2025')).toBe(bakuMarks);

  // The imported pack off: its page loses its highlights, the second script is unregistered, and a
  // fresh load of its page gets nothing.
  await options.getByRole('switch', { name: PORT_TITLE }).uncheck();
  await expect.poll(() => marks(port, 'carrow-port-strike-2025')).toBe(0);
  expect(await registered()).toEqual([]);
  await port.reload();
  await port.waitForLoadState('load');
  await port.waitForTimeout(1000);
  expect(await marks(port, 'carrow-port-strike-2025')).toBe(0);
  expect((await crosscheckInPage(background, port)).full).toBeNull();

  // On again: a fresh load is marked.
  await options.getByRole('switch', { name: PORT_TITLE }).check();
  await expect(options.getByRole('status')).toContainText(`“${PORT_TITLE}” is on.`);
  await port.reload();
  await expect.poll(() => marks(port, 'carrow-port-strike-2025')).toBeGreaterThan(0);

  // Removed: gone from the list and from the page; the bundled pack offers no Remove.
  await options.bringToFront();
  await options.getByRole('button', { name: `Remove “${PORT_TITLE}”` }).click();
  await expect(packRows(options)).toHaveText([BAKU_TITLE]);
  await expect(options.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect.poll(() => marks(port, 'carrow-port-strike-2025')).toBe(0);
  // Kept across a reload of the options page.
  await options.reload();
  await expect(packRows(options)).toHaveText([BAKU_TITLE]);
  await expect(options.getByRole('switch', { name: BAKU_TITLE })).toBeChecked();
});

test('with an imported pack on, an unrelated page still gets no full script', async ({ context, server, extensionId, background }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('.cc-packs input[type=file]').setInputFiles(PORT_PACK);
  await expect(packRows(options)).toHaveCount(2);
  const page = await context.newPage();
  await page.goto(`${server.url}/unrelated-news.html`);
  await expect.poll(async () => (await crosscheckInPage(background, page)).light).toBe(true);
  await page.waitForTimeout(800);
  expect((await crosscheckInPage(background, page)).full).toBeNull();
  expect(await page.locator('mark').count()).toBe(0);
});

test('the packs section is keyboard-operable and readable in the dark scheme', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cc-packs-dark-'));
  const context = await launchWithExtension(dir, { colorScheme: 'dark' });
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(packRows(options)).toHaveCount(1);
    await options.locator('.cc-packs input[type=file]').setInputFiles(PORT_PACK);
    await expect(packRows(options)).toHaveCount(2);
    // Keyboard: the switch takes focus from Tab and toggles with Space.
    const toggle = options.getByRole('switch', { name: PORT_TITLE });
    await toggle.focus();
    await options.keyboard.press('Space');
    await expect(toggle).not.toBeChecked();
    await expect(toggle).toBeFocused();
    await options.keyboard.press('Space');
    await expect(toggle).toBeChecked();
    // The import button is reachable by Tab (its input is visually hidden, not removed).
    await options.locator('.cc-packs input[type=file]').focus();
    await expect(options.locator('.cc-file-button')).toHaveCSS('outline-style', 'solid');
    await options.locator('.cc-packs input[type=file]').setInputFiles(BROKEN_PACK);
    await expect(options.getByRole('alert')).toBeVisible();
    const colours = await options.evaluate(() => {
      const of = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return { text: of('.cc-pack-title').color, panel: of('.cc-pack-note').backgroundColor, body: getComputedStyle(document.body).backgroundColor };
    });
    const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(lum(colours.body)).toBeLessThan(80);
    expect(lum(colours.panel)).toBeLessThan(80);
    expect(lum(colours.text)).toBeGreaterThan(170);
    await options.locator('.cc-packs').scrollIntoViewIfNeeded();
    await shot(options, 'options-packs-dark', true);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
