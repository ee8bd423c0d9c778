import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf, test, expect } from './fixtures';
import { readCard, shot, tabIdOf } from './helpers';
import { RANK, TRANSPARENT, markStyles } from './mark-styles';

test.describe('what a reader sees in the popup', () => {
  test('disputes first under a summary line, each version linked to its original article', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const popup = await openPopup(page);
    await popup.setViewportSize({ width: 720, height: 900 });
    await popup.waitForSelector('.cc-claim');
    await expect(popup.locator('.cc-summaryline--page')).toHaveText(/^\d+ points? in dispute on this page/);
    const kinds = await popup.locator('.cc-claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')!));
    expect(kinds[0]).toBe('misattributed');
    expect(kinds.map((k) => RANK[k]!)).toEqual([...kinds.map((k) => RANK[k]!)].sort((a, b) => b - a));
    const links = await popup.locator('.cc-claim').first().locator('.cc-source a').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    expect(links.length).toBeGreaterThan(0);
    for (const [text, href] of links) {
      expect(text).toBe('original article');
      expect(href).toMatch(/^https:\/\//);
    }
    await expect(popup.locator('.cc-claims')).toContainText('as relayed by All Israel News');
    // Nothing sticks out sideways at the popup's width.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await shot(popup, 'popup-disputes-first');
    await shot(popup, 'popup-light', true);
    // Narrow: the accounts go one under another, still nothing clipped.
    await popup.setViewportSize({ width: 380, height: 800 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const columns = await popup.locator('.cc-versions').first().evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
    await shot(popup, 'popup-narrow');
    // The legend, opened.
    await popup.setViewportSize({ width: 720, height: 900 });
    await popup.locator('.cc-legend-fold > summary').click();
    await popup.locator('.cc-legend').scrollIntoViewIfNeeded();
    await shot(popup, 'popup-legend');
  });

  test('Copy report puts the page’s claims, verdicts and links on the clipboard as Markdown', async ({ context, server, openPopup }) => {
    // Chromium grants no permission to an extension's origin from here; the popup writes without one
    // (a click is enough), and the page reads the clipboard back with the permission granted to it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const popup = await openPopup(page);
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy report' }).click();
    await expect(popup.locator('.cc-copy__status')).toHaveText('Copied as Markdown');
    await shot(popup, 'popup-copied');
    await page.bringToFront();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toMatch(/^# Crosscheck: Syrian, Israeli officials meet in Baku/);
    expect(md).toContain(`<${server.url}/other-outlet-wire.html>`);
    expect(md).toMatch(/\n\d+ points? in dispute on this page/);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toMatch(/^## 1\. ! Misattributed: /);
    expect(md.indexOf('✗ Contradicts')).toBeLessThan(md.indexOf('✓ Agrees'));
    expect(md).toContain('[original article](<https://allisraelnews.com/');
    // The page's own sentence, quoted (with its symbol where a claim has several passages).
    expect(md).toMatch(/\n> (?:\S )?A diplomatic source in Damascus said al-Sharaa did not attend the meeting/);
  });
});

test('dark: the page, a card with several claims and the popup', async ({ server }) => {
  const dir = await mkdtemp(join(tmpdir(), 'cc-reader-dark-'));
  const context = await launchWithExtension(dir, { colorScheme: 'dark' });
  try {
    const background = await serviceWorkerOf(context);
    const id = new URL(background.url()).host;
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('mark[data-crosscheck-count]');
    const styles = await markStyles(page);
    expect(styles.filter((s) => s.kind === 'agrees').every((s) => s.background === TRANSPARENT)).toBe(true);
    await shot(page, 'highlights-dark');
    await page.locator('mark[data-crosscheck-count]:not([data-crosscheck-status="agrees"])').first().hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    await shot(page, 'card-several-claims-dark');
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 720, height: 900 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${await tabIdOf(background, page)}`);
    await popup.waitForSelector('.cc-claim');
    await shot(popup, 'popup-disputes-dark');
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
