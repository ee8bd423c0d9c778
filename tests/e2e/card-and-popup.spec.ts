import { launchWithExtension, serviceWorkerOf, test, expect } from './fixtures';
import { readCard, shot, shownMarks, tabIdOf } from './helpers';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test.describe('the card', () => {
  test('hovering a contested passage shows the claim and what AFP, i24 and Samaa each said', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    const mark = page.locator('mark[data-crosscheck-status="contested"]').first();
    await mark.hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.versions).toBeGreaterThanOrEqual(3);
    for (const name of ['AFP', 'i24 News', 'Samaa', 'Matched on']) expect(card.text).toContain(name);
    await shot(page, 'card-light');
  });

  test('keyboard: Tab reaches a passage, Enter opens the card, Escape closes it', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/seed-002-afp.html`);
    await page.waitForSelector('mark[tabindex="0"]');
    await page.locator('mark[tabindex="0"]').first().focus();
    await expect.poll(() => readCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
  });

  test('a hostile page: markup in text stays text, its CSS cannot hide marks or reach the card', async ({ context, server }) => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => (dialogs++, void d.dismiss()));
    await page.goto(`${server.url}/hostile.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const marks = page.locator('mark[data-crosscheck-status]');
    const box = await marks.first().boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    expect(await marks.first().evaluate((el) => getComputedStyle(el).display)).toBe('inline');
    const shown = await shownMarks(page);
    expect(shown.some((p) => p.text.includes('<b onmouseover=alert(1)>') || p.text.includes('<img src=x'))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('img, b').length)).toBe(0);
    await marks.first().hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.display).toBe('block');
    expect(card.width).toBeGreaterThan(200);
    expect(card.versions).toBeGreaterThanOrEqual(3);
    // The shadow root is closed: the page's own script cannot see into it.
    expect(await page.evaluate(() => (window as unknown as { __pageSawShadow: () => boolean }).__pageSawShadow())).toBe(false);
    expect(dialogs).toBe(0);
    expect(await page.title()).toBe('Hostile page');
    await shot(page, 'hostile-card');
  });
});

test.describe('the popup', () => {
  test('lists each claim found with the three versions; clicking a claim scrolls to its passages in turn', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/seed-000-allisrael.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const shown = await shownMarks(page);
    const popup = await openPopup(page);
    await popup.waitForSelector('.cc-claim');
    const claimIds = await popup.locator('.cc-claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')));
    expect(new Set(claimIds)).toEqual(new Set(shown.flatMap((p) => p.claims)));
    const first = popup.locator('.cc-claim').first();
    expect(await first.locator('.cc-version').count()).toBeGreaterThanOrEqual(3);
    await shot(popup, 'popup-light', true);

    // The claim with the most passages: each click goes to the next one.
    const counts = new Map<string, number>();
    for (const key of shown.flatMap((p) => p.claims)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const [claim, total] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const button = popup.locator(`.cc-claim[data-claim="${claim}"] .cc-jump`);
    await button.click();
    await expect(popup.locator('.cc-site')).toContainText(`Passage 1 of ${total}`);
    await expect.poll(() => page.locator(`mark[data-crosscheck-claims~="${claim}"][data-crosscheck-flash]`).count()).toBeGreaterThan(0);
    if (total > 1) {
      await button.click();
      await expect(popup.locator('.cc-site')).toContainText(`Passage 2 of ${total}`);
    }
  });

  test('on a page with nothing found it says so and offers the whole claim set', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/unrelated-news.html`);
    await page.waitForLoadState('load');
    const popup = await openPopup(page);
    await expect(popup.locator('.cc-empty')).toContainText('Nothing on this page');
    expect(await popup.locator('.cc-claim').count()).toBeGreaterThan(10);
    await expect(popup.locator('.cc-conflict').first()).toBeVisible();
  });

  test('the site switch turns highlighting off, and it stays off after a reload', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/seed-002-afp.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const popup = await openPopup(page);
    await popup.locator('.cc-site input[type=checkbox]').uncheck();
    await expect.poll(() => page.locator('mark').count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await page.locator('mark').count()).toBe(0);
    await popup.reload();
    await expect(popup.locator('.cc-site input[type=checkbox]')).not.toBeChecked();
    await popup.locator('.cc-site input[type=checkbox]').check();
    await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
  });
});

test('dark mode: page, card and popup screenshots', async ({ server }) => {
  const context = await launchWithExtension(await mkdtemp(join(tmpdir(), 'cc-dark-')), { colorScheme: 'dark' });
  try {
    const background = await serviceWorkerOf(context);
    const id = new URL(background.url()).host;
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.locator('mark[data-crosscheck-status="contradicts"], mark[data-crosscheck-status="contested"]').first().hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    await shot(page, 'card-dark');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${await tabIdOf(background, page)}`);
    await popup.waitForSelector('.cc-claim');
    const bg = await popup.locator('.cc-root').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(30, 31, 36)');
    await shot(popup, 'popup-dark', true);
    await popup.getByRole('tab', { name: 'My notes' }).click();
    await popup.waitForSelector('.cc-notes-view');
    expect(await popup.locator('.cc-root').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 31, 36)');
    await shot(popup, 'notes-view-dark');

    // The in-page note editor follows the reader's scheme too.
    await page.bringToFront();
    await page.evaluate(() => {
      const p = document.querySelector('article p')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const tabId = await tabIdOf(background, page);
    expect(await background.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page.addNote', payload: {} }), tabId)).toEqual({ ok: true, value: { opened: true } });
    // The claim card, open from the hover above, closes so it does not sit over the editor.
    await expect.poll(() => readCard(page)).toBeNull();
    await shot(page, 'note-editor-dark');
  } finally {
    await context.close();
  }
});
