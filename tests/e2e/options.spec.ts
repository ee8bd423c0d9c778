import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, launchWithExtension, serviceWorkerOf } from './fixtures';
import { crosscheckInPage, finishSelection, shot, shownMarks } from './helpers';
import { expectedMarks, kindCounts } from './page-text';

const statusCount = (page: import('@playwright/test').Page, status: string) =>
  page.locator(`mark[data-crosscheck-status="${status}"]`).count();

test('options: a status switched off loses its highlights on open pages; a blocked site gets none; both kept', async ({ context, server, extensionId, background }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/other-outlet-wire.html`);
  await page.waitForSelector('mark[data-crosscheck-status]');
  expect(await statusCount(page, 'unsourced')).toBeGreaterThan(0);
  expect(await statusCount(page, 'agrees')).toBeGreaterThan(0);
  // With unsourced passages off, a sentence that was unsourced only for a clause shows its agreement.
  const withoutUnsourced = kindCounts(expectedMarks('other-outlet-wire.html', ['unsourced']).map((g) => g.kind));
  expect(withoutUnsourced.unsourced).toBeUndefined();

  // The fewest marks the page ever shows, sampled after every change to it.
  await page.evaluate(() => {
    const w = window as unknown as { fewestMarks: number };
    w.fewestMarks = Infinity;
    new MutationObserver(() => (w.fewestMarks = Math.min(w.fewestMarks, document.querySelectorAll('mark').length))).observe(document.body, {
      childList: true,
      subtree: true,
    });
  });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: /unsourced/i }).uncheck();
  await expect(options.getByText('Saved.')).toBeVisible();
  // The open page follows at once (it re-checks with the new settings); the other statuses come back.
  await expect.poll(async () => kindCounts((await shownMarks(page)).map((m) => m.status))).toEqual(withoutUnsourced);
  // The old highlights stayed until the new ones replaced them: the page never went unmarked.
  expect(await page.evaluate(() => (window as unknown as { fewestMarks: number }).fewestMarks)).toBeGreaterThan(0);
  await shot(options, 'options-light');

  // A site typed as a URL is kept as its host name, and pages there are left alone.
  await options.getByPlaceholder('example.com').fill(`${server.url}/anything`);
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.locator('.cc-sites')).toContainText('127.0.0.1');
  await page.reload();
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  expect(await page.locator('mark').count()).toBe(0);
  // None of Crosscheck loads there, not even for a selection (the Add-note button) on another page.
  const other = await context.newPage();
  await other.goto(`${server.url}/unrelated-news.html`);
  await expect.poll(async () => (await crosscheckInPage(background, other)).light).toBe(true);
  await other.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    document.getSelection()!.addRange(range);
  });
  await finishSelection(other);
  await other.waitForTimeout(800);
  expect((await crosscheckInPage(background, other)).full).toBeNull();
  await other.close();

  // Bad input is refused with a message, and nothing already saved is lost.
  await options.getByPlaceholder('example.com').fill('not a site!');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByText(/is not a site name/)).toBeVisible();
  await shot(options, 'options-refused-site');
  await options.reload();
  await expect(options.getByRole('checkbox', { name: /unsourced/i })).not.toBeChecked();
  await expect(options.locator('.cc-sites')).toContainText('127.0.0.1');

  // Removing the site brings the highlights back on the open page, still without unsourced ones.
  await options.locator('.cc-sites li', { hasText: '127.0.0.1' }).getByRole('button', { name: 'Remove' }).click();
  await expect.poll(async () => kindCounts((await shownMarks(page)).map((m) => m.status))).toEqual(withoutUnsourced);
});

test('options page follows the system dark scheme', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cc-options-dark-'));
  const context = await launchWithExtension(dir, { colorScheme: 'dark' });
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForSelector('.cc-options');
    const bg = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fg = await options.evaluate(() => getComputedStyle(document.body).color);
    // Light text on a dark ground.
    const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(lum(bg)).toBeLessThan(80);
    expect(lum(fg)).toBeGreaterThan(170);
    await shot(options, 'options-dark');
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
