import { test, expect } from './fixtures';
import { shownMarks, tabIdOf } from './helpers';
import { COMMAND_MESSAGES } from '../../entrypoints/background/commands';

// Headless Chromium does not deliver browser-level accelerators, so a key press cannot fire a
// manifest command here. The background forwards each command as the message in COMMAND_MESSAGES
// (unit-tested against the manifest); this sends those same messages to the tab from the
// service worker and checks what the reader would see.
test('shortcuts: toggle highlights hides and shows every mark; next-flagged walks the disputed passages in turn', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/other-outlet-wire.html`);
  await page.waitForSelector('mark[data-crosscheck-status]');
  const tabId = await tabIdOf(background, page);
  const send = (message: unknown) =>
    background.evaluate(async ([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, message] as const);
  const underlined = () =>
    page.evaluate(() => [...document.querySelectorAll('mark')].filter((m) => getComputedStyle(m).textDecorationLine !== 'none').length);

  const total = await page.locator('mark').count();
  expect(await underlined()).toBe(total);
  expect(await send(COMMAND_MESSAGES['toggle-highlights'])).toEqual({ ok: true, value: { visible: false } });
  expect(await underlined()).toBe(0);
  // Hidden, not removed: the page's text is unchanged and the marks come back on the next press.
  expect(await page.locator('mark').count()).toBe(total);
  expect(await send(COMMAND_MESSAGES['toggle-highlights'])).toEqual({ ok: true, value: { visible: true } });
  expect(await underlined()).toBe(total);

  const flagged = (await shownMarks(page)).filter((p) => ['misattributed', 'contradicts', 'contested'].includes(p.status));
  expect(flagged.length).toBeGreaterThan(1);
  const visited: string[] = [];
  for (let i = 0; i < flagged.length + 1; i++) {
    const answer = (await send(COMMAND_MESSAGES['next-flagged'])) as { ok: boolean; value: { index: number; total: number } };
    expect(answer).toEqual({ ok: true, value: { index: i % flagged.length, total: flagged.length } });
    const flashed = page.locator('mark[data-crosscheck-flash]').first();
    await expect(flashed).toBeInViewport();
    visited.push(`${await flashed.getAttribute('data-crosscheck-status')}:${await flashed.getAttribute('data-crosscheck-id')}`);
    await expect(page.locator('mark[data-crosscheck-flash]')).toHaveCount(0, { timeout: 5000 });
  }
  expect(visited.every((v) => /^(misattributed|contradicts|contested):/.test(v))).toBe(true);
  // Every disputed passage once, then round to the first again.
  expect(new Set(visited.slice(0, flagged.length)).size).toBe(flagged.length);
  expect(visited[flagged.length]).toBe(visited[0]);
});

test('the popup names the keys the browser has, and shows hidden highlights with a button', async ({ context, server, background, openPopup }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/other-outlet-wire.html`);
  await page.waitForSelector('mark[data-crosscheck-status]');
  const tabId = await tabIdOf(background, page);
  await background.evaluate(async ([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, COMMAND_MESSAGES['toggle-highlights']] as const);
  const underlined = () =>
    page.evaluate(() => [...document.querySelectorAll('mark')].filter((m) => getComputedStyle(m).textDecorationLine !== 'none').length);
  expect(await underlined()).toBe(0);

  const keys = await background.evaluate(async () => Object.fromEntries((await chrome.commands.getAll()).map((c: { name?: string; shortcut?: string }) => [c.name, c.shortcut ?? ''])));
  const popup = await openPopup(page);
  await expect(popup.getByText('Highlights are hidden.')).toBeVisible();
  // Whatever the browser assigned (a clash or the reader may have changed one), that is what is named.
  const foot = popup.locator('.cc-foot');
  if (keys['toggle-highlights']) await expect(foot).toContainText(`${keys['toggle-highlights']} highlights on/off`);
  else await expect(foot).not.toContainText('highlights on/off');
  await popup.screenshot({ path: 'test-results/popup-highlights-hidden.png' });
  await popup.getByRole('button', { name: 'Show them' }).click();
  await expect(popup.getByText('Highlights are hidden.')).toHaveCount(0);
  expect(await underlined()).toBe(await page.locator('mark').count());
});

test('every shortcut the manifest suggests is assigned by the browser on install', async ({ background }) => {
  // Chromium leaves a suggested key empty, without a word, when it clashes with one it keeps for itself.
  const commands = await background.evaluate(async () => (await chrome.commands.getAll()).map((c: { name?: string; shortcut?: string }) => ({ name: c.name, shortcut: c.shortcut ?? '' })));
  expect(commands.length).toBe(4);
  expect(commands.filter((c: { shortcut: string }) => !c.shortcut)).toEqual([]);
});
