import type { CDPSession, Page, Worker } from '@playwright/test';
import { expect, serviceWorkerOf, test } from './fixtures';
import { readCard, shownMarks } from './helpers';

const MARK = 'mark[data-crosscheck-status]';

/** Page errors and console errors (page and content script); the favicon 404 is not ours. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}${process.env.STACKS ? e.stack : ""}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Counts `match` requests reaching the background, with a second listener beside the router. */
async function countMatches(background: Worker): Promise<() => Promise<number>> {
  await background.evaluate(() => {
    const g = globalThis as unknown as { __matches: number };
    g.__matches = 0;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'match') g.__matches++;
      return false;
    });
  });
  return () => background.evaluate(() => (globalThis as unknown as { __matches: number }).__matches);
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

async function expectVisibleInline(page: Page): Promise<void> {
  const marks = page.locator(MARK);
  expect(await marks.count()).toBeGreaterThan(0);
  for (const mark of await marks.all()) {
    const box = await mark.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    expect(await mark.evaluate((el) => getComputedStyle(el).display)).toBe('inline');
  }
}

async function expectCard(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator(MARK).first().hover();
  await expect.poll(() => readCard(page)).not.toBeNull();
  const card = (await readCard(page))!;
  expect(card.display).toBe('block');
  expect(card.width).toBeGreaterThan(200);
  expect(card.versions).toBeGreaterThanOrEqual(3);
}

test.describe('hardening', () => {
  test('page CSS (* { display: block }, mark { display: none }), fonts and zoom: marks stay inline and visible, the card intact', async ({ context, server }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/hardening-css.html`);
    await page.waitForSelector(MARK);
    await expectVisibleInline(page);
    await expectCard(page);

    await page.evaluate(() => {
      document.body.style.zoom = '150%';
      document.documentElement.style.fontSize = '9px';
      document.body.style.fontFamily = 'monospace';
    });
    await expectVisibleInline(page);
    await expectCard(page);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await expectVisibleInline(page);
    await cdp.detach();
    expect(errors).toEqual([]);
  });

  test('text that looks like markup or template code is highlighted as text, never parsed', async ({ context, server }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => (dialogs++, void d.dismiss()));
    await page.goto(`${server.url}/hardening-markup.html`);
    await page.waitForSelector(MARK);
    const shown = await shownMarks(page);
    expect(shown.some((p) => p.text.includes('<crosscheck-mark data-crosscheck-status="agrees">fake</crosscheck-mark>') && p.text.includes('<svg onload=alert(1)>'))).toBe(true);
    const page1 = await page.evaluate(() => ({
      // Only marks we made: each carries an id; the "fake" one in the text never became an element.
      marksWithoutId: document.querySelectorAll('mark:not([data-crosscheck-id])').length,
      parsed: document.querySelectorAll('article svg, article script, article crosscheck-ui').length,
      title: document.title,
    }));
    expect(page1).toEqual({ marksWithoutId: 0, parsed: 0, title: 'Markup as text' });
    await expectCard(page);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a page that rebuilds its body every 300 ms: bounded marks, bounded re-checks, no heap growth, no errors', async ({ context, server, background }) => {
    const matches = await countMatches(background);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/hardening-rebuild.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.waitForTimeout(1500);
    // The first locator call loads Playwright's injected script into this heap (~600 KB, measured);
    // load it before the first reading so the comparison is about the page and Crosscheck only.
    await page.locator('mark').count();
    const early = await heapAfterGc(cdp);
    let maxMarks = 0;
    for (let i = 0; i < 10; i++) {
      await page.waitForTimeout(500);
      maxMarks = Math.max(maxMarks, await page.locator('mark').count());
    }
    const late = await heapAfterGc(cdp);
    const count = await matches();
    // Two story sentences per render: a leak or duplicate highlighting would pile marks up.
    expect(maxMarks).toBeLessThanOrEqual(4);
    // 6.5 s of rebuilds: the watcher reports at most every 2 s (maxWait), not every 300 ms (~20).
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(6);
    expect(late).toBeLessThan(early * 1.5);
    await cdp.detach();
    expect(errors).toEqual([]);
  });

  // Was a known gap: the matcher grew quadratically on huge runs of text; it is linear now
  // (timing-ratio tests in tests/unit/match/adversarial.test.ts).
  test('a single 1 MB text node is highlighted, its text intact', async ({ context, server }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/hardening-big-text.html`);
    await page.waitForSelector(MARK, { timeout: 30_000 });
    const shown = await shownMarks(page);
    expect(shown.some((p) => p.text.includes('did not attend the meeting'))).toBe(true);
    // The page's text is intact around the marks.
    expect(await page.evaluate(() => document.getElementById('big')!.textContent!.length)).toBeGreaterThan(1024 * 1024 - 100);
    await expectVisibleInline(page);
    expect(errors).toEqual([]);
  });

  // Why 550: this Chromium's renderer itself crashes on a page nested ~600 levels deep, with or
  // without any extension (measured: 500 and 550 load, 600, 800 and 1000 crash with no extension
  // loaded), so deeper pages cannot be tested in a browser here. Our text walk is iterative and is
  // tested at 5000 levels in tests/dom/text-map.test.ts.
  for (const depth of [300, 550]) test(`${depth} levels of nested markup: the sentence at the bottom is highlighted`, async ({ context, server }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/hardening-deep.html?depth=${depth}`);
    await page.waitForSelector(MARK, { timeout: 30_000 });
    const shown = await shownMarks(page);
    expect(shown.some((p) => p.text.includes('did not attend the meeting'))).toBe(true);
    expect(await page.evaluate(() => {
      let depth = 0;
      const deepest = [...document.querySelectorAll('mark')].find((m) => m.textContent!.includes('did not attend'))!;
      for (let el = deepest.parentElement; el; el = el.parentElement) depth++;
      return depth;
    })).toBeGreaterThan(depth);
    expect(errors).toEqual([]);
  });

  test('iframes: the top frame is highlighted as without them, and nothing breaks', async ({ context, server }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/hardening-iframe.html`);
    await page.waitForSelector(MARK);
    await page.frameLocator('#same').locator('p').first().waitFor();
    const shown = await shownMarks(page);
    expect(shown.some((p) => p.text.includes('did not attend the meeting'))).toBe(true);
    expect(shown.some((p) => p.text.includes('met in Baku on Saturday on the sidelines'))).toBe(true);
    // Frame text is never read into the top frame's article.
    expect(shown.some((p) => p.text.includes('sat in on'))).toBe(false);
    // The frames' own text is untouched (the content script runs in the top frame only).
    for (const frame of page.frames().slice(1)) {
      expect(await frame.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    }
    await expectVisibleInline(page);
    expect(errors).toEqual([]);
  });

  test('right-to-left text around an English sentence, and a passage split across <b>, <a>, <span>, <i>', async ({ context, server }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/hardening-rtl-split.html`);
    await page.waitForSelector(MARK);
    const shown = await shownMarks(page);
    expect(shown.some((p) => p.text.includes('did not attend the meeting'))).toBe(true);
    expect(await page.locator(`#rtl ${MARK}`).count()).toBeGreaterThan(0);
    // The English sentence's mark stops at its own text: none of the Arabic around it is inside.
    const english = shown.find((p) => p.text.includes('did not attend the meeting'))!;
    expect(english.text).not.toMatch(/[\u0600-\u06FF]/);
    // Whitespace-only pieces between elements are never wrapped, so compare without spaces.
    const split = shown.find((p) => p.text.replace(/\s+/g, '').includes('SyrianofficialandanIsraeliofficialmetinBakuonSaturday'));
    expect(split).toBeDefined();
    const parents = await page.evaluate((id) => Array.from(document.querySelectorAll(`mark[data-crosscheck-id="${id}"]`), (m) => m.parentElement!.localName), split!.id);
    expect(new Set(parents)).toEqual(new Set(['p', 'b', 'a', 'span', 'i']));
    // One passage, one tab stop: only its first mark is focusable.
    expect(await page.locator(`mark[data-crosscheck-id="${split!.id}"][tabindex]`).count()).toBe(1);
    await expectVisibleInline(page);
    expect(errors).toEqual([]);
  });

  test('the extension reloaded while a page is open: the old content script stops cleanly', async ({ context, server, background }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/hardening-rtl-split.html`);
    await page.waitForSelector(MARK);
    await background.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await serviceWorkerOf(context);
    await page.waitForTimeout(1000);
    // Page activity that would make a live content script talk to the background.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Samaa cited a source who claimed al-Sharaa sat in on one of the meetings in Baku.';
      document.querySelector('article')!.append(p);
    });
    // Hover and press Enter where a mark was (the first event may already remove it).
    const box = (await page.locator(MARK).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(2500);
    // The old script removed its highlights, and did not check the added paragraph.
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.locator('#split').textContent()).toContain('A Syrian official and an Israeli official met in Baku on Saturday');
    expect(await page.evaluate(() => document.title)).toBe('Right-to-left text and split passages');
    expect(errors).toEqual([]);
  });
  test('the page hears nothing from Crosscheck: no window messages, no timeline entries, whether or not it is about the story', async ({ context, server }) => {
    for (const file of ['other-outlet-wire.html', 'unrelated-news.html']) {
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { heard: unknown[] }).heard = [];
        window.addEventListener('message', (e) => (window as unknown as { heard: unknown[] }).heard.push(e.data));
      });
      await page.goto(`${server.url}/${file}`);
      if (file.startsWith('other')) await page.waitForSelector(MARK);
      await page.waitForTimeout(800);
      expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
      // Nor anything in the page's performance timeline (Crosscheck's timing is in bench builds only).
      expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('crosscheck')).map((e) => e.name))).toEqual([]);
      await page.close();
    }
  });
});
