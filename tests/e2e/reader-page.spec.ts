import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGES_DIR, test, expect } from './fixtures';
import { readCard, shot, shownMarks, tabIdOf } from './helpers';
import { LINE, RANK, TRANSPARENT, markStyles } from './mark-styles';
import { expectedMarks } from './page-text';

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
    await page.waitForSelector('mark[data-crosscheck-status]');
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
    await page.waitForSelector('mark[data-crosscheck-count]');
    // No mark inside another: one mark per sentence.
    expect(await page.locator('mark[data-crosscheck-id] mark[data-crosscheck-id]').count()).toBe(0);
    const marks = await shownMarks(page);
    const several = marks.find((m) => m.count >= 3 && m.status !== 'agrees')!;
    expect(several, 'a disputed sentence with three claims').toBeDefined();
    expect(several.claims).toHaveLength(several.count);
    const badge = await page.locator(`mark[data-crosscheck-id="${several.id}"][data-crosscheck-last]`).evaluate((el) => getComputedStyle(el, '::after').content);
    expect(badge).toContain(String(several.count));
    await page.locator(`mark[data-crosscheck-id="${several.id}"]`).first().hover();
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
    const mark = page.locator('mark[data-crosscheck-status="contested"]').first();
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
    await page.waitForSelector('mark[tabindex="0"]');
    // From the top of the page: the masthead's links first, then the first mark.
    await page.locator('body').focus();
    let onMark = false;
    for (let i = 0; i < 15 && !onMark; i++) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => document.activeElement?.localName === 'mark');
    }
    expect(onMark).toBe(true);
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-crosscheck-id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => readCard(page)).not.toBeNull();
    // Focus went into the card (its close button, in the closed shadow root: the page sees only the host).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-crosscheck-ui'))).toBe('card');
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
    await page.waitForSelector('mark[data-crosscheck-status]');
    await expect.poll(async () => (await shownMarks(page)).length).toBeGreaterThan(20);
    const last = page.locator('mark[data-crosscheck-last]:not([data-crosscheck-status="agrees"])').last();
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
    await page.waitForSelector('mark[data-crosscheck-status]');
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
    const mark = page.locator('mark[data-crosscheck-status="contested"]').first();
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
  test('an article written in Arabic: its sentences are marked, the card quotes the Arabic passage and the popup lists the disputes', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/arabic-article.html`);
    const mark = page.locator('mark[data-crosscheck-claims~="baku-2025/sharaa-attendance"]').first();
    await mark.waitFor();
    // Al-Sharaa did not take part in the meeting, AFP's source says; the accounts disagree.
    expect(await mark.textContent()).toMatch(/[\u0600-\u06FF]/);
    await mark.hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.passage).toMatch(/الشرع/);
    expect(card.passageDir).toBe('auto');
    expect(card.sections).toContain('baku-2025/sharaa-attendance');
    for (const account of ['AFP', 'i24 News', 'Samaa']) expect(card.text).toContain(account);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(card.overflowing).toBe(0);
    await shot(page, 'arabic-card');
    const popup = await openPopup(page);
    await popup.setViewportSize({ width: 720, height: 900 });
    await popup.waitForSelector('.cc-claim');
    await expect(popup.locator('.cc-claim').first()).not.toHaveAttribute('data-kind', 'agrees');
    expect(await popup.locator('.cc-onpage q').evaluateAll((qs) => qs.some((q) => /[\u0600-\u06FF]/.test(q.textContent ?? '')))).toBe(true);
    await shot(popup, 'arabic-popup');
  });
});

