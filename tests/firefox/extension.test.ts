import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server';
import { marksInDocument } from '../e2e/helpers';
import { highlightedInChromium, type Highlighted } from './chromium-reference';
import { launchFirefoxWithExtension, openExtensionPage, settled, shot, tabIdOf, type FirefoxWithExtension } from './firefox';

/**
 * The Firefox MV3 build in Firefox ESR, as a reader gets it: installed as an add-on, on pages served
 * over http://127.0.0.1, highlights on a story page, the popup for that tab, nothing on unrelated news.
 */
const STORY = 'seed-002-afp.html';
const UNRELATED = 'unrelated-news.html';

let firefox: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let story: Page;
let storyUrl: string;

async function highlighted(page: Page): Promise<Highlighted> {
  await page.waitForSelector('mark', { timeout: 15_000 });
  return settled(async () => ({ marks: (await page.$$('mark')).length, passages: await page.evaluate(marksInDocument) }));
}

/** The popup as a tab, asked about the tab showing `pageUrl` (`?tab=ID`, as the Chromium tests do). */
async function popupFor(pageUrl: string): Promise<Page> {
  const popup = await firefox.browser.newPage();
  await popup.setViewport({ width: 720, height: 900 });
  await openExtensionPage(popup, `${firefox.origin}popup.html?tab=none`);
  const tabId = await tabIdOf(popup, pageUrl);
  await popup.evaluate((id) => location.replace(`popup.html?tab=${id}`), tabId);
  await popup.waitForFunction((id) => location.search === `?tab=${id}`, {}, tabId);
  return popup;
}

beforeAll(async () => {
  server = await startStaticServer(resolve(import.meta.dirname, '../fixtures/pages'));
  firefox = await launchFirefoxWithExtension();
  story = await firefox.browser.newPage();
  await story.setViewport({ width: 1200, height: 900 });
  storyUrl = `${server.url}/${STORY}`;
  await story.goto(storyUrl);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Crosscheck in Firefox ESR', () => {
  it(`highlights ${STORY} exactly as Chromium does: the same marks, passage for passage`, async () => {
    const inFirefox = await highlighted(story);
    expect(inFirefox.marks).toBeGreaterThan(0);
    expect(inFirefox.passages.map((p) => p.status)).toContain('agrees');
    const inChromium = (await highlightedInChromium([storyUrl])).get(storyUrl)!;
    expect(inFirefox.marks).toBe(inChromium.marks);
    expect(inFirefox.passages).toEqual(inChromium.passages);
    console.log(`${STORY}: ${inFirefox.marks} marks, ${inFirefox.passages.length} passages in Firefox and in Chromium`);
    await shot(story, 'story-highlights');
  });

  it('the popup, asked about that tab, lists each claim the page shows', async () => {
    const shown = await highlighted(story);
    const popup = await popupFor(storyUrl);
    await popup.waitForSelector('.cc-claim');
    const claims = await popup.$$eval('.cc-claim', (els) => els.map((e) => e.getAttribute('data-claim')));
    expect(new Set(claims)).toEqual(new Set(shown.passages.flatMap((p) => p.claims)));
    expect(await popup.$eval('.cc-claim', (el) => el.querySelectorAll('.cc-version').length)).toBeGreaterThanOrEqual(3);
    await shot(popup, 'popup');
    await popup.close();
  });

  it(`leaves ${UNRELATED} unmarked, and the popup says nothing on it touches the story`, async () => {
    const page = await firefox.browser.newPage();
    const url = `${server.url}/${UNRELATED}`;
    await page.goto(url);
    await new Promise((ok) => setTimeout(ok, 1000));
    expect((await page.$$('mark')).length).toBe(0);
    // The popup injects the full script into a page that lacks it and asks it; still no marks.
    const popup = await popupFor(url);
    await popup.waitForSelector('.cc-empty');
    expect(await popup.$eval('.cc-empty', (el) => el.textContent)).toContain('Nothing on this page');
    expect((await page.$$('mark')).length).toBe(0);
    await shot(popup, 'popup-unrelated');
    await popup.close();
    await page.close();
  });
});
