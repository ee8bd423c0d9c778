import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGES_DIR, launchWithExtension, serviceWorkerOf, test, expect } from './fixtures';
import { readCard, shot, shownMarks, tabIdOf } from './helpers';
import { expectedMarks } from './page-text';

/** How each mark is drawn: its fill, underline and badge, as the browser computed them. */
async function markStyles(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('crosscheck-mark[data-crosscheck-last]')].map((el) => {
      const s = getComputedStyle(el);
      return {
        kind: el.getAttribute('data-crosscheck-status')!,
        count: el.getAttribute('data-crosscheck-count'),
        background: s.backgroundColor,
        line: s.textDecorationStyle,
        thickness: s.textDecorationThickness,
        badge: getComputedStyle(el, '::after').content,
      };
    }),
  );
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const LINE: Record<string, string> = { misattributed: 'dashed', contradicts: 'wavy', contested: 'double', unsourced: 'dotted', agrees: 'solid' };
const RANK: Record<string, number> = { misattributed: 4, contradicts: 3, contested: 2, unsourced: 1, agrees: 0 };

/** A long read: the wire story, then each seed article as a section, served from the demo site. */
function longArticle(): string {
  const wire = readFileSync(resolve(PAGES_DIR, 'other-outlet-wire.html'), 'utf8');
  const seedsDir = resolve(import.meta.dirname, '../fixtures/seeds');
  const sections = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f, i) => {
      const paragraphs = readFileSync(join(seedsDir, f), 'utf8').split(/\n+/).filter((l) => l.trim().length > 40);
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<h2>How report ${i + 1} told it</h2>\n${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
    });
  return wire.replace('</article>', `${sections.join('\n')}\n</article>`);
}

test.describe('what a reader sees on the page', () => {
  test('agreement is quiet, disputes stand out, each kind told apart by its line and badge', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('crosscheck-mark[data-crosscheck-status]');
    const styles = await markStyles(page);
    const kinds = new Set(styles.map((s) => s.kind));
    for (const kind of ['agrees', 'contested', 'contradicts', 'misattributed']) expect(kinds, kind).toContain(kind);
    for (const s of styles) {
      expect(s.line, s.kind).toBe(LINE[s.kind]);
      if (s.kind === 'agrees') {
        expect(s).toMatchObject({ background: TRANSPARENT, thickness: '1px', badge: 'none' });
      } else {
        expect(s.background, s.kind).not.toBe(TRANSPARENT);
        expect(parseFloat(s.thickness), s.kind).toBeGreaterThanOrEqual(2);
        expect(s.badge, s.kind).not.toBe('none');
      }
    }
    await shot(page, 'highlights-light');
  });

  test('a sentence with several claims is one mark with a count; its card lists them all, most serious first', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('crosscheck-mark[data-crosscheck-count]');
    // No mark inside another: one mark per sentence.
    expect(await page.locator('crosscheck-mark[data-crosscheck-id] crosscheck-mark[data-crosscheck-id]').count()).toBe(0);
    const marks = await shownMarks(page);
    const several = marks.find((m) => m.count >= 3 && m.status !== 'agrees')!;
    expect(several, 'a disputed sentence with three claims').toBeDefined();
    expect(several.claims).toHaveLength(several.count);
    const badge = await page.locator(`crosscheck-mark[data-crosscheck-id="${several.id}"][data-crosscheck-last]`).evaluate((el) => getComputedStyle(el, '::after').content);
    expect(badge).toContain(String(several.count));
    await page.locator(`crosscheck-mark[data-crosscheck-id="${several.id}"]`).first().hover();
    await expect.poll(async () => (await readCard(page))?.sections.length).toBe(several.count);
    const card = (await readCard(page))!;
    expect(card.sections).toEqual(several.claims);
    expect(card.text).toContain(`${several.count} claims in this passage`);
    // The sections follow the mark's order, most serious first (the page's own count says how many).
    const group = expectedMarks('other-outlet-wire.html').find((g) => g.sections.map((s) => s.key).join(' ') === several.claims.join(' '))!;
    expect(group.sections.map((s) => RANK[s.kind]!)).toEqual([...group.sections.map((s) => RANK[s.kind]!)].sort((a, b) => b - a));
    expect(card.overflowing).toBe(0);
    await shot(page, 'card-several-claims');
  });

  test('the card quotes the passage with the cue words marked inside it', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    const mark = page.locator('crosscheck-mark[data-crosscheck-status="contested"]').first();
    await mark.hover();
    await expect.poll(async () => (await readCard(page))?.cues.length ?? 0).toBeGreaterThan(0);
    const card = (await readCard(page))!;
    const text = (await mark.textContent())!;
    expect(card.passage.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').trim());
    for (const cue of card.cues) expect(card.passage).toContain(cue);
    expect(card.passageDir).toBe('auto');
    for (const name of ['AFP', 'i24 News', 'Samaa', 'original article']) expect(card.text).toContain(name);
  });

  test('keyboard: Tab reaches a mark, Enter opens the card in focus, Escape closes it and focus goes back', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('crosscheck-mark[tabindex="0"]');
    // From the top of the page: the masthead's links first, then the first mark.
    await page.locator('body').focus();
    let onMark = false;
    for (let i = 0; i < 15 && !onMark; i++) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => document.activeElement?.localName === 'crosscheck-mark');
    }
    expect(onMark).toBe(true);
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-crosscheck-id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => readCard(page)).not.toBeNull();
    // Focus went into the card (its close button, in the closed shadow root: the page sees only the host).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('crosscheck-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-crosscheck-id'))).toBe(id);
    // Focus coming back does not open the card again.
    await page.waitForTimeout(400);
    expect(await readCard(page)).toBeNull();
  });

  test('a long article: marks all the way down, and a card opened near the bottom stays on screen', async ({ context, server }) => {
    const page = await context.newPage();
    await page.route(`${server.url}/long-article.html`, (route) => route.fulfill({ contentType: 'text/html', body: longArticle() }));
    await page.goto(`${server.url}/long-article.html`);
    await page.waitForSelector('crosscheck-mark[data-crosscheck-status]');
    await expect.poll(async () => (await shownMarks(page)).length).toBeGreaterThan(20);
    const last = page.locator('crosscheck-mark[data-crosscheck-last]:not([data-crosscheck-status="agrees"])').last();
    await last.scrollIntoViewIfNeeded();
    // Put the mark near the bottom edge, where a card below it would not fit.
    await last.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 40));
    await last.hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))!;
    const view = page.viewportSize()!;
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(view.height);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(view.width);
    await shot(page, 'long-article-card');
  });

  test('a page where everything agrees: quiet marks, no badge, and the popup says nothing is in dispute', async ({ context, server, openPopup, background }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/agreement-only.html`);
    await page.waitForSelector('crosscheck-mark[data-crosscheck-status]');
    const styles = await markStyles(page);
    expect(styles.length).toBeGreaterThan(2);
    expect(styles.every((s) => s.kind === 'agrees' && s.background === TRANSPARENT && s.badge === 'none')).toBe(true);
    await shot(page, 'no-dispute-page');
    const tabId = await tabIdOf(background, page);
    expect(await background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    const popup = await openPopup(page);
    await expect(popup.locator('.cc-summaryline--page')).toHaveText(/^Nothing on this page is in dispute: \d+ points in agreement with the accounts\.$/);
    expect(await popup.locator('.cc-claim:not([data-kind="agrees"])').count()).toBe(0);
    await shot(popup, 'no-dispute-popup');
  });

  test('a right-to-left page: the card speaks left to right, lines up with the mark’s right edge and stays on screen', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/rtl-article.html`);
    const mark = page.locator('crosscheck-mark[data-crosscheck-status="contested"]').first();
    await mark.hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.direction).toBe('ltr');
    expect(card.passageDir).toBe('auto');
    const box = (await mark.boundingBox())!;
    const view = page.viewportSize()!;
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(view.width);
    // Aligned with the mark's start edge, its right on this page (within the screen margin).
    expect(Math.abs(card.right - Math.min(box.x + box.width, view.width - 12))).toBeLessThan(2);
    expect(card.overflowing).toBe(0);
    await shot(page, 'rtl-card');
    const popup = await openPopup(page);
    await popup.setViewportSize({ width: 720, height: 900 });
    await popup.waitForSelector('.cc-claim');
    expect(await popup.locator('.cc-onpage q').evaluateAll((qs) => qs.every((q) => q.getAttribute('dir') === 'auto'))).toBe(true);
    await shot(popup, 'rtl-popup');
  });
});

test.describe('what a reader sees in the popup', () => {
  test('disputes first under a summary line, each version linked to its original article', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('crosscheck-mark[data-crosscheck-status]');
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
    await page.waitForSelector('crosscheck-mark[data-crosscheck-status]');
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
    await page.waitForSelector('crosscheck-mark[data-crosscheck-count]');
    const styles = await markStyles(page);
    expect(styles.filter((s) => s.kind === 'agrees').every((s) => s.background === TRANSPARENT)).toBe(true);
    await shot(page, 'highlights-dark');
    await page.locator('crosscheck-mark[data-crosscheck-count]:not([data-crosscheck-status="agrees"])').first().hover();
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
