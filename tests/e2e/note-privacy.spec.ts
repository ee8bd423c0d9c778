import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { finishSelection, hasNoteFrameElement, inNotesRoot, openNoteFromCard, selectText, shot, tabIdOf, waitForNoteFrame } from './helpers';

const PAGE = '/hostile-notes.html';
const QUOTE = 'given that Azerbaijan neighbors Iran, which is an arch foe of Israel';
// Words found nowhere on the page or in Crosscheck, so any trace of them in what the page saw is a leak.
const SECRET = 'Quokka ledger 7731 says the envoy was briefed twice';
const EDIT = ' and Vireo audit 5208 agrees';
const LEAK_WORDS = ['quokka', 'ledger', '7731', 'briefed twice', 'vireo', '5208'];

type Spy = { keys: { on: 'window' | 'document'; type: string; key: string | null; data: string | null }[]; shadowRoots: unknown[]; framesRead: number; scans: number };
const spyOf = (page: Page) =>
  page.evaluate(() => {
    const spy = (window as unknown as { __spy: Spy & { scan(): void } }).__spy;
    spy.scan();
    return { keys: spy.keys, shadowRoots: spy.shadowRoots.length, framesRead: spy.framesRead, scans: spy.scans };
  });
const leaked = (page: Page) => page.evaluate((words) => (window as unknown as { __spy: { found(w: string[]): string[] } }).__spy.found(words), LEAK_WORDS);
/** Key or input events the page heard that carry a character (Enter, Control, Escape carry none of the note). */
const typedKeys = (keys: Spy['keys']) => keys.filter((k) => (k.key !== null && k.key.length === 1) || k.data);

const noteMark = (page: Page) => page.locator('mark[data-crosscheck-note]').first();

/** Clicks the Add-note button in the closed shadow root with the mouse, where the reader sees it. */
async function clickAddNote(page: Page): Promise<void> {
  await expect.poll(() => inNotesRoot<string>(page, `function () { return this.querySelector('.cc-add-note')?.textContent ?? null; }`)).toContain('Add note');
  const box = (await inNotesRoot<{ x: number; y: number }>(page, `function () { const r = this.querySelector('.cc-add-note').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`))!;
  await page.mouse.click(box.x, box.y);
}

/** The note frame's address in this tab, read in Crosscheck's isolated world (the page cannot read it from the DOM). */
async function frameAddress(background: Worker, page: Page): Promise<string> {
  const tabId = await tabIdOf(background, page);
  return background.evaluate(async (id) => {
    const [injection] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => chrome.runtime.getURL('/note-frame.html') });
    return injection!.result as string;
  }, tabId);
}

test('a hostile page hears no key and sees no text of a note written, shown and edited in the note frame', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  await page.waitForSelector('mark[data-crosscheck-status]');

  // The spy works: typing into the page's own search box is heard, key by key.
  await page.locator('#search').click();
  await page.keyboard.type('probe');
  expect(typedKeys((await spyOf(page)).keys).filter((k) => k.on === 'window' && k.type === 'keydown').map((k) => k.key).join('')).toBe('probe');
  await page.evaluate(() => ((window as unknown as { __spy: Spy }).__spy.keys.length = 0));

  // Add: select, press the Add-note button, type in the frame, save with Ctrl+Enter.
  await selectText(page, QUOTE);
  await finishSelection(page);
  await clickAddNote(page);
  let frame = await waitForNoteFrame(page);
  await expect.poll(() => frame.evaluate(() => document.activeElement?.localName)).toBe('textarea');
  await page.keyboard.type(SECRET);
  expect(await frame.locator('textarea').inputValue()).toBe(SECRET);
  await page.keyboard.press('Control+Enter');
  await expect(noteMark(page)).toBeVisible();
  await expect.poll(() => hasNoteFrameElement(page)).toBe(false);

  // Show it again, from the claim card of its sentence: the frame has the text, the page does not.
  await page.mouse.move(0, 0);
  frame = await openNoteFromCard(page, noteMark(page));
  await expect(frame.locator('.cc-note-card__body')).toHaveText(SECRET);
  await shot(page, 'note-card-hover');

  // Edit it: Edit; type more, save.
  await frame.getByRole('button', { name: 'Edit' }).click();
  frame = await waitForNoteFrame(page);
  await expect.poll(() => frame.evaluate(() => document.activeElement?.localName)).toBe('textarea');
  await expect(frame.locator('textarea')).toHaveValue(SECRET);
  await page.keyboard.press('End');
  await page.keyboard.type(EDIT);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => hasNoteFrameElement(page)).toBe(false);
  await page.mouse.move(0, 0);
  frame = await openNoteFromCard(page, noteMark(page));
  await expect(frame.locator('.cc-note-card__body')).toHaveText(SECRET + EDIT);
  await page.waitForTimeout(200); // a few more scans with the note on screen

  // What the page got: no key it could read, no word of the note, no way into the frame.
  const spy = await spyOf(page);
  expect(spy.scans).toBeGreaterThan(20);
  expect(typedKeys(spy.keys)).toEqual([]);
  expect(await leaked(page)).toEqual([]);
  // Its attachShadow hook caught nothing of ours (content scripts have their own prototypes), and it read no frame's document.
  expect(spy.shadowRoots).toBe(0);
  expect(spy.framesRead).toBe(0);
  // Nor the frame's address from its own timeline (it would tell the per-session address).
  expect(await page.evaluate(() => performance.getEntries().filter((e) => /note-frame|extension:/.test(e.name)).map((e) => e.name))).toEqual([]);

  // The note is saved, with its edit: the popup's My notes lists it.
  const popup = await openPopup(page);
  await popup.getByRole('tab', { name: 'My notes' }).click();
  await expect(popup.locator('.cc-note-item').first()).toContainText(SECRET + EDIT);
});

test('the note frame opened by a page itself shows nothing, and a made-up token is refused', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  await page.waitForSelector('mark[data-crosscheck-status]');
  const address = await frameAddress(background, page);
  const extensionId = new URL(background.url()).host;

  const answer = await page.evaluate(
    async ({ address, fixed }) => {
      const load = (src: string) =>
        new Promise<HTMLIFrameElement>((resolve) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.onload = () => resolve(frame);
          document.body.append(frame);
        });
      await load(fixed); // the fixed address: refused by the browser (not web-accessible that way)
      const frame = await load(address);
      const channel = new MessageChannel();
      const heard = new Promise((resolve) => (channel.port1.onmessage = (e) => resolve(e.data)));
      frame.contentWindow!.postMessage({ crosscheckNoteToken: 'A'.repeat(43) }, '*', [channel.port2]);
      return Promise.race([heard, new Promise((resolve) => setTimeout(() => resolve('no answer'), 3000))]);
    },
    { address, fixed: `chrome-extension://${extensionId}/note-frame.html` },
  );
  expect(answer).toEqual({ type: 'failed' });
  const frames = page.frames().filter((f) => f.url().includes('note-frame.html'));
  expect(frames).toHaveLength(1);
  expect(await frames[0]!.evaluate(() => ({ text: document.body.innerText.trim(), app: document.getElementById('app')!.childElementCount }))).toEqual({ text: '', app: 0 });
  expect(page.frames().some((f) => f.url().startsWith('chrome-error:'))).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the note editor frame follows the ${theme} theme setting`, async ({ context, server, background }) => {
    await background.evaluate((t) => chrome.storage.local.set({ 'crosscheck:settings': { theme: t } }), theme);
    const page = await context.newPage();
    await page.goto(server.url + '/seed-004-samaa.html');
    await page.waitForSelector('mark[data-crosscheck-status]');
    await selectText(page, QUOTE);
    const tabId = await tabIdOf(background, page);
    expect(await background.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page.addNote', payload: {} }), tabId)).toEqual({ ok: true, value: { opened: true } });
    const frame = await waitForNoteFrame(page);
    await expect.poll(() => frame.evaluate(() => document.activeElement?.localName)).toBe('textarea');
    await page.keyboard.type('Check the count of meetings against AFP.');
    const colours = await frame.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, scheme: getComputedStyle(document.documentElement).colorScheme }));
    expect(colours).toEqual(theme === 'dark' ? { bg: 'rgb(30, 31, 36)', scheme: 'dark' } : { bg: 'rgb(255, 255, 255)', scheme: 'light' });
    await shot(page, `note-editor-${theme}`);
    // The frame sits inside the viewport, below or above the passage.
    const box = (await inNotesRoot<{ top: number; bottom: number; left: number; right: number }>(page, `function () { const r = this.querySelector('iframe').getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }`))!;
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
    expect(box.right).toBeLessThanOrEqual(1200);
  });
}
