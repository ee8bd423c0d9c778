import { test, expect } from './fixtures';
import { badgeOf, crosscheckInPage, shot, shownMarks, tabIdOf } from './helpers';
import { expectedMarks, groupKey, markKey } from './page-text';

const STORY_PAGES = ['seed-000-allisrael.html', 'seed-002-afp.html', 'seed-004-samaa.html', 'other-outlet-wire.html', 'arabic-article.html'];

test.describe('inline highlights', () => {
  for (const file of STORY_PAGES) {
    test(`${file}: highlights match npm run check on the same text, one mark per sentence`, async ({ context, server }) => {
      const page = await context.newPage();
      await page.goto(`${server.url}/${file}`);
      await page.waitForSelector('mark[data-crosscheck-status]');
      await page.waitForTimeout(300);
      const shown = await shownMarks(page);
      const expected = expectedMarks(file);
      expect(expected.length).toBeGreaterThan(0);
      expect(shown.map(markKey)).toEqual(expected.map(groupKey));
      expect(shown.map((m) => m.count)).toEqual(expected.map((g) => g.sections.length));
    });
  }

  test('marks carry kind and claims, are keyboard-reachable, and the badge counts disputed marks', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const shown = await shownMarks(page);
    const statuses = new Set(shown.map((p) => p.status));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    const focusable = await page.locator('mark[tabindex="0"]').count();
    expect(focusable).toBe(shown.length);
    const flagged = shown.filter((p) => ['misattributed', 'contradicts', 'contested'].includes(p.status)).length;
    const tabId = await tabIdOf(background, page);
    await expect.poll(() => badgeOf(background, tabId)).toBe(flagged ? String(flagged) : '');
    await shot(page, 'highlights-light');
  });

  test('text inside inputs, textareas and contenteditable is never wrapped', async ({ context, server }) => {
    const page = await context.newPage();
    await page.route(`${server.url}/forms.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>forms</title><article>
          <p>A Syrian official and an Israeli official met in Baku on Saturday, a diplomatic source in Damascus said.</p>
          <p>Syrian President Ahmed al-Sharaa did not attend the meeting, the source said.</p>
          <textarea>Syrian President Ahmed al-Sharaa did not attend the meeting, the source said.</textarea>
          <input value="al-Sharaa did not attend the meeting in Baku">
          <div contenteditable="true">Syrian President Ahmed al-Sharaa did not attend the meeting, the source said.</div>
          <svg><text>Syrian President Ahmed al-Sharaa did not attend the meeting.</text></svg>
        </article>`,
      }),
    );
    await page.goto(`${server.url}/forms.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const inside = await page.evaluate(() => document.querySelectorAll('textarea mark, [contenteditable] mark, svg mark').length);
    expect(inside).toBe(0);
    expect(await page.locator('textarea').inputValue()).toContain('did not attend');
  });

  test('a page of unrelated news gets no highlights and no badge', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/unrelated-news.html`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.locator('#crosscheck-style').count()).toBe(0);
    expect(await badgeOf(background, await tabIdOf(background, page))).toBe('');
  });

  test('an unrelated page gets only the small content script, which calls no extension API; the popup loads the rest', async ({ context, server, background, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/unrelated-news.html`);
    await expect.poll(async () => (await crosscheckInPage(background, page)).light).toBe(true);
    await page.waitForTimeout(500);
    // An unrelated page without notes never gets the full script.
    const fullScript = async () => (await crosscheckInPage(background, page)).full;
    expect(await fullScript()).toBeNull();
    const tabId = await tabIdOf(background, page);
    const send = (message: unknown) =>
      background.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m).catch((e: Error) => ({ thrown: e.message })), [tabId, message] as const);
    // The small script registered no message listener (it touches no extension API on such a page).
    expect(await send({ type: 'page.state', payload: {} })).toEqual({ thrown: expect.stringMatching(/Receiving end does not exist/) });
    // The popup finds no one to ask, injects the full script, and shows the page's state.
    const popup = await openPopup(page);
    await expect(popup.getByText('Nothing on this page touches the story Crosscheck follows.')).toBeVisible();
    await expect(popup.getByText(/looks for passages about the story “Syrian and Israeli officials meet in Baku/)).toBeVisible();
    await shot(popup, 'popup-unrelated');
    const running = await fullScript();
    expect(running).toEqual(expect.any(String));
    // From now on the full script answers, and checks every message with its schema.
    expect(await send({ type: 'page.setVisible', payload: {} })).toEqual({ ok: true, value: { visible: false } });
    expect(await send({ type: 'page.setVisible', payload: { visible: 'yes' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid "page\.setVisible" message/) });
    expect(await send({ type: 'page.state', payload: {} })).toMatchObject({ ok: true, value: { aboutStory: false, visible: false } });
    // Opening the popup again does not inject a second copy.
    await popup.reload();
    await expect(popup.getByText('Nothing on this page touches the story Crosscheck follows.')).toBeVisible();
    expect(await fullScript()).toBe(running);
    expect(await page.locator('mark').count()).toBe(0);
  });

  test('paragraphs added after load are checked, and our own marks do not trigger re-checks', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/live-blog.html`);
    await expect(page.locator('p.entry')).toHaveCount(3, { timeout: 10_000 });
    await expect.poll(async () => (await shownMarks(page)).some((p) => p.text.includes('did not attend')), { timeout: 10_000 }).toBe(true);
    const count = (await shownMarks(page)).length;
    await page.waitForTimeout(1500);
    expect((await shownMarks(page)).length).toBe(count);
    // No passage is highlighted twice (a re-check of our own marks would nest duplicates).
    const texts = (await shownMarks(page)).map((p) => `${p.claims.join(' ')}|${p.text}`);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
