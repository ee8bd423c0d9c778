import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { badgeOf, crosscheckInPage, readCard, shownMarks, tabIdOf } from './helpers';

/**
 * What a hostile page can do to Crosscheck, and must not: each test is an attack made from the page's
 * own scripts (its main world), as an adversary would write it, against the built extension.
 */

const MARK = '[data-crosscheck-status]';
const ARTICLE = `
  <p>A Syrian official and an Israeli official met in Baku on Saturday, a diplomatic source in Damascus told AFP.</p>
  <p id="attend">Syrian President Ahmed al-Sharaa did not attend the meeting, the source said.</p>
  <p>Samaa cited a source who claimed al-Sharaa sat in on one of the meetings in Baku.</p>`;

const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title>${head}</head><body>${body}</body></html>`;

/** Serves `content` at `path` on the test server's origin (content scripts match it like any page there). */
async function serve(page: Page, base: string, path: string, content: string): Promise<string> {
  const url = `${base}/hostile/${path}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: content }));
  return url;
}

/** Asks the background, from Crosscheck's isolated world of `page` (as its content script would), each message in turn. */
async function askFromContentWorld(background: Worker, page: Page, messages: { type: string; payload: unknown }[]): Promise<{ type: string; ok: boolean; error?: string }[]> {
  const tabId = await tabIdOf(background, page);
  return background.evaluate(
    async ({ id, list }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: id },
        // Runs in the content scripts' world; no eval (the extension's CSP forbids it).
        func: async (asks: { type: string; payload: unknown }[]) => {
          const out = [];
          for (const { type, payload } of asks)
            out.push({ type, ...(await chrome.runtime.sendMessage({ type, payload })) });
          return out;
        },
        args: [list],
      });
      return injection!.result as { type: string; ok: boolean; error?: string }[];
    },
    { id: tabId, list: messages },
  );
}

test.describe('a hostile page', () => {
  test('claiming or upgrading Crosscheck’s element names gets it no shadow root and no say over the card', async ({ context, server }) => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const caught: { name: string; root: boolean }[] = [];
      (window as unknown as { __caught: typeof caught }).__caught = caught;
      // A class that grabs the element's internals (and through them a closed shadow root) and blocks shadow roots.
      const grabber = (name: string) =>
        class extends HTMLElement {
          static disabledFeatures = ['shadow'];
          constructor() {
            super();
            try {
              const internals = this.attachInternals();
              caught.push({ name, root: !!internals.shadowRoot });
              queueMicrotask(() => internals.shadowRoot && caught.push({ name, root: true }));
            } catch {
              caught.push({ name, root: false });
            }
          }
        };
      // The names Crosscheck used, claimed before any script of its runs.
      for (const name of ['crosscheck-ui', 'crosscheck-notes', 'crosscheck-mark']) customElements.define(name, grabber(name));
      // Any other custom-element name that shows up later is claimed at once (upgrading what is there).
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && n.localName.includes('-') && !customElements.get(n.localName)) customElements.define(n.localName, grabber(n.localName));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(await serve(page, server.url, 'claims-names.html', html(`<article>${ARTICLE}</article>`)));
    await page.waitForSelector(MARK);
    await page.locator(`#attend ${MARK}`).first().hover();
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Contested');
    const card = (await readCard(page))!;
    expect(card.height).toBeGreaterThan(40);
    // The page got no shadow root of ours, and none of Crosscheck's elements is one of its custom elements.
    expect(await page.evaluate(() => (window as unknown as { __caught: { root: boolean }[] }).__caught.filter((c) => c.root))).toEqual([]);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).map((el) => el.localName))).toEqual([]);
  });

  test('a forged “newer script started” event switches nothing off: the marks stay and added text is checked', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(await serve(page, server.url, 'forged-event.html', html(`<article>${ARTICLE}</article>`)));
    await page.waitForSelector(MARK);
    const before = (await shownMarks(page)).length;
    const extensionId = new URL(background.url()).host;
    // Every name WXT's content-script context listens on, for any script name; on window and document.
    await page.evaluate((id) => {
      for (const script of ['crosscheck-page', 'crosscheck-light', 'content', 'crosscheck-imported', 'undefined'])
        for (const target of [window, document])
          target.dispatchEvent(new CustomEvent(`${id}:${script}:wxt:content-script-started`, { detail: { contentScriptName: 'crosscheck-page', messageId: 'forged' } }));
      window.postMessage({ type: `${id}:crosscheck-page:wxt:content-script-started`, contentScriptName: 'crosscheck-page', messageId: 'forged' }, '*');
    }, extensionId);
    await page.waitForTimeout(300);
    await page.mouse.move(5, 5);
    expect((await shownMarks(page)).length).toBe(before);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'The Israeli side was represented by a senior official, AFP was told, and al-Sharaa sat in on one of the meetings in Baku, Samaa reported.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(() => page.locator(`#added ${MARK}`).count()).toBeGreaterThan(0);
  });

  test('text the reader does not see is not judged: a hidden “not”, zero-width characters, hidden and off-screen paragraphs', async ({ context, server, background }) => {
    const page = await context.newPage();
    const visible = `<p id="shown">Syrian President Ahmed al-Sharaa did attend the meeting, the source said.</p>`;
    const tricks = `
      <p id="hidden-not">Syrian President Ahmed al-Sharaa did<span style="display:none"> not</span> attend the meeting, the source said.</p>
      <p id="zw">Syrian President Ahmed al-Sharaa did n\u200Bo\u00ADt attend the meeting, the source said.</p>
      <p id="gone" style="display:none">Syrian President Ahmed al-Sharaa did not attend the meeting, AFP was told in Baku.</p>
      <p id="invisible" style="visibility:hidden">Samaa cited a source who claimed al-Sharaa sat in on one of the meetings in Baku.</p>
      <p id="offscreen" style="position:absolute;left:-10000px;top:0">Samaa cited a source who claimed al-Sharaa sat in on one of the meetings in Baku.</p>
      <p id="clipped" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Samaa cited a source who claimed al-Sharaa sat in on one of the meetings in Baku.</p>`;
    await page.goto(await serve(page, server.url, 'hidden-text.html', html(`<article><p>A Syrian official and an Israeli official met in Baku on Saturday, a diplomatic source in Damascus told AFP.</p>${visible}${tricks}</article>`)));
    await page.waitForSelector(`#shown ${MARK}`);
    await page.waitForTimeout(500);
    const statusOf = (id: string) => page.locator(`#${id} ${MARK}`).first().getAttribute('data-crosscheck-status');
    const accountsOf = async (id: string) => {
      await page.locator(`#${id} ${MARK}`).first().hover();
      await expect.poll(async () => (await readCard(page))?.passage ?? '').toContain('attend');
      const text = (await readCard(page))!.text;
      await page.mouse.move(1, 1);
      await expect.poll(async () => (await readCard(page))?.height ?? 0).toBe(0);
      return text;
    };
    // What the reader sees in #hidden-not and #zw is "did attend" / "did not attend" read through invisible
    // characters: the verdicts are those of the visible words.
    expect(await statusOf('hidden-not')).toBe(await statusOf('shown'));
    // The card quotes the page's words (hidden ones included); the verdicts are what must match.
    const verdicts = (card: string) => [...card.matchAll(/(AFP|i24 News|Samaa)[✓✗?!~⇄\s]*(agrees|contradicts|unsourced|contested)/g)].map((m) => `${m[1]} ${m[2]}`);
    const shownCard = await accountsOf('shown');
    expect(verdicts(shownCard).length).toBeGreaterThan(0);
    expect(verdicts(await accountsOf('hidden-not'))).toEqual(verdicts(shownCard));
    // Zero-width space and soft hyphen inside "not": read as "not".
    const zwCard = await accountsOf('zw');
    expect(verdicts(zwCard)).not.toEqual(verdicts(shownCard));
    // Hidden, invisible, off-screen and clipped paragraphs get no mark and are not counted.
    for (const id of ['gone', 'invisible', 'offscreen', 'clipped']) expect(await page.locator(`#${id} ${MARK}`).count(), id).toBe(0);
    const ids = (await shownMarks(page)).length;
    const tabId = await tabIdOf(background, page);
    const badge = await badgeOf(background, tabId);
    expect(Number(badge || 0)).toBeLessThanOrEqual(ids);
  });

  test('a script-made selection and a synthetic mouseup load nothing; a story named only in a script or hidden text adds nothing', async ({ context, server, background }) => {
    const page = await context.newPage();
    const unrelated = '<article><h1>Heatwave grips southern Europe</h1><p>Temperatures rose above 40 degrees in Seville on Tuesday, officials said, as firefighters battled blazes near Athens.</p></article>';
    const hidden =
      '<script>/* Syrian and Israeli officials met in Baku on Saturday, al-Sharaa visit to Azerbaijan */ window.__story = "A Syrian official and an Israeli official met in Baku";</script>' +
      '<div hidden>A Syrian official and an Israeli official met in Baku on Saturday, a diplomatic source in Damascus told AFP.</div>' +
      '<div style="display:none">Syrian President Ahmed al-Sharaa did not attend the meeting in Baku, the source said.</div>';
    await page.goto(await serve(page, server.url, 'synthetic.html', html(unrelated + hidden)));
    await page.waitForTimeout(800);
    const count = () => page.evaluate(() => document.querySelectorAll('*').length);
    const elements = await count();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('article p')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      for (const type of ['mousedown', 'mouseup', 'click']) document.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, shiftKey: true, key: 'Shift' }));
    });
    await page.waitForTimeout(1500);
    expect(await count()).toBe(elements);
    expect(await page.evaluate(() => !!document.querySelector('style[id^="crosscheck"], [data-crosscheck-ui]'))).toBe(false);
    expect((await crosscheckInPage(background, page)).full).toBeNull();
  });

  test('an article over 2,000,000 characters is checked, its hidden padding ignored, and the popup shows no schema message', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    const filler = Array.from({ length: 2400 }, (_, i) => `<p>Paragraph ${i} of a very long live page about the weather, the markets and the football results of the week, with nothing about any meeting at all; it repeats its words to make the page long enough for this test to mean something. ${'Weather markets football results. '.repeat(20)}</p>`).join('');
    const padding = `<div style="display:none">${'padding '.repeat(300_000)}</div>`;
    await page.goto(await serve(page, server.url, 'huge.html', html(`<article>${ARTICLE}${filler}<p id="late">Samaa cited a source who claimed al-Sharaa sat in on one of the meetings in Baku.</p></article>${padding}`)));
    expect(await page.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(4_000_000);
    await expect.poll(() => page.locator(`#late ${MARK}`).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.locator(`#attend ${MARK}`).count()).toBeGreaterThan(0);
    const popup = await openPopup(page);
    await expect(popup.locator('body')).toContainText('sat in', { timeout: 20_000 });
    await expect(popup.locator('body')).not.toContainText(/Too big|expected string|<=|schema|characters/i);
  });

  test('a tab that floods the matcher does not hold up another tab: the background keeps answering', async ({ context, server, background }) => {
    test.setTimeout(120_000);
    const busy = await context.newPage();
    // 1.9 million characters of one-word sentences about the story's names, swapped in every 2.5 s.
    const flood = `<script>
      const words = ['Baku.', 'Syria.', 'Israel.', 'Sharaa.', 'Azerbaijan.', 'meeting.'];
      const swap = () => {
        const parts = [];
        let n = 0, i = 0;
        while (n < 1_900_000) { const w = words[i++ % words.length] + ' '; parts.push(w); n += w.length; }
        const p = document.createElement('p');
        p.textContent = parts.join('');
        document.querySelector('#flood').replaceChildren(p);
      };
      swap();
      setInterval(swap, 2500);
    </script>`;
    await busy.goto(await serve(busy, server.url, 'flood.html', html(`<article>${ARTICLE}<div id="flood"></div></article>${flood}`)));
    const quiet = await context.newPage();
    await quiet.goto(`${server.url}/other-outlet-wire.html`);
    await quiet.waitForSelector(MARK);
    // Wait until the busy tab's content script is at work on the flood, then probe from an extension page.
    await busy.waitForSelector(MARK, { timeout: 60_000 });
    const probe = await context.newPage();
    await probe.goto(background.url().replace('background.js', 'popup.html?tab=none'));
    const delays = await probe.evaluate(async () => {
      const out: number[] = [];
      const until = performance.now() + 10_000;
      while (performance.now() < until) {
        const t = performance.now();
        await chrome.runtime.sendMessage({ type: 'claims.list', payload: {} });
        out.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    });
    const sorted = [...delays].sort((a, b) => a - b);
    const worst = sorted[sorted.length - 1]!;
    console.log(`probe while another tab floods: ${delays.length} answers, median ${sorted[sorted.length >> 1]!.toFixed(0)} ms, worst ${worst.toFixed(0)} ms`);
    expect(worst).toBeLessThan(500);
  });

  test('a page that replaces <body> (Turbo-style) is checked again, and text in open shadow roots is read', async ({ context, server }) => {
    const page = await context.newPage();
    const shadow = `<div id="host"></div><script>
      const root = document.getElementById('host').attachShadow({ mode: 'open' });
      root.innerHTML = '<p id="in-shadow">Samaa cited a source who claimed al-Sharaa sat in on one of the meetings in Baku.</p>';
    </script>`;
    await page.goto(await serve(page, server.url, 'turbo.html', html(`<article>${ARTICLE}${shadow}</article>`)));
    await page.waitForSelector(MARK);
    // Text inside the open shadow root has its mark there.
    await expect.poll(() => page.evaluate((sel) => document.getElementById('host')!.shadowRoot!.querySelectorAll(sel).length, MARK)).toBeGreaterThan(0);
    // A Turbo visit: a new <body> replaces the old one.
    await page.evaluate((article) => {
      const body = document.createElement('body');
      body.innerHTML = `<article><h1>Next page</h1>${article}<p id="after-visit">An envoy of Prime Minister Benjamin Netanyahu represented Israel in the talks in Baku, i24 News reported.</p></article>`;
      document.documentElement.replaceChild(body, document.body);
    }, ARTICLE);
    await expect.poll(() => page.locator(`#after-visit ${MARK}`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator(`#attend ${MARK}`).count()).toBeGreaterThan(0);
  });

  test('a content script’s messages for what the reader wrote are refused: search, export, remove, import', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector(MARK);
    const url = page.url();
    const answers = await askFromContentWorld(background, page, [
      { type: 'notes.search', payload: {} },
      { type: 'notes.exportFile', payload: { format: 'jsonld', scope: 'all' } },
      { type: 'notes.remove', payload: { id: '00000000-0000-4000-8000-000000000000' } },
      { type: 'notes.import', payload: { text: '[]' } },
      { type: 'notes.listForUrl', payload: { url } },
      { type: 'notes.add', payload: { url, title: 't', body: 'b', selectors: { quote: { type: 'TextQuoteSelector', exact: 'Baku', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } } } },
    ]);
    expect(answers).toHaveLength(6);
    for (const a of answers) {
      expect(a.ok, a.type).toBe(false);
      expect(a.error, a.type).toMatch(/own pages only/);
    }
    // What a content script may ask still works: where this page's notes sit, and how many there are.
    const allowed = await askFromContentWorld(background, page, [
      { type: 'notes.countForUrl', payload: { url } },
      { type: 'notes.anchorsForUrl', payload: { url } },
    ]);
    expect(allowed.map((a) => a.ok)).toEqual([true, true]);
  });
});
