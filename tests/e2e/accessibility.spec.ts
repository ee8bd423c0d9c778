import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, describeViolations } from './axe';
import { launchWithExtension, serviceWorkerOf, test, expect } from './fixtures';
import { openNoteFromCard, readCard, revealShadowRoot, selectText, sendAddNote, shot, shownMarks, tabIdOf, waitForNoteFrame } from './helpers';
import { startStaticServer } from '../../scripts/static-server';
import { PAGES_DIR } from './fixtures';

const TABS = ['This page', 'All claims', 'My notes'];

/** Every tab of the popup, opened by click, audited whole. */
async function auditPopupTabs(popup: Page, scheme: string): Promise<string[]> {
  const failures: string[] = [];
  for (const name of TABS) {
    await popup.getByRole('tab', { name }).click();
    await expect(popup.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    await popup.waitForSelector('.cc-claim, .cc-empty, .cc-error, .cc-notes-view');
    const found = await axeViolations(popup);
    if (found.length) failures.push(`${scheme} · ${popup.url().split('?')[1]} · ${name}:\n${describeViolations(found)}`);
  }
  return failures;
}

async function auditScheme(colorScheme: 'light' | 'dark') {
  const dir = await mkdtemp(join(tmpdir(), `cc-axe-${colorScheme}-`));
  const context: BrowserContext = await launchWithExtension(dir, { colorScheme });
  const server = await startStaticServer(PAGES_DIR);
  try {
    const background = await serviceWorkerOf(context);
    const id = new URL(background.url()).host;
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const failures: string[] = [];
    for (const tab of [String(await tabIdOf(background, page)), 'none']) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 720, height: 900 });
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${tab}`);
      failures.push(...(await auditPopupTabs(popup, colorScheme)));
      await popup.close();
    }
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForSelector('.cc-pack-list li');
    const found = await axeViolations(options);
    if (found.length) failures.push(`${colorScheme} · options:\n${describeViolations(found)}`);
    return failures;
  } finally {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

test.describe('axe-core finds nothing to fix', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the popup (each tab, a story page and no page) and the options page, ${scheme}`, async () => {
      test.setTimeout(120_000);
      const failures = await auditScheme(scheme);
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  }
});

/** An article with its marks, a card open on a sentence with several claims, the note editor, the note shown and the card offering it: each audited. */
async function auditPage(page: Page, background: Awaited<ReturnType<typeof serviceWorkerOf>>, url: string, scheme: string): Promise<string[]> {
  const failures: string[] = [];
  const report = (what: string, found: Awaited<ReturnType<typeof axeViolations>>) => found.length && failures.push(`${scheme} · ${what}:\n${describeViolations(found)}`);
  await page.goto(url);
  await page.waitForSelector('mark[data-crosscheck-last]');
  report('article with highlights', await axeViolations(page));

  const mark = (await shownMarks(page)).find((m) => m.count > 1 && m.status !== 'agrees')!;
  await page.locator(`mark[data-crosscheck-id="${mark.id}"]`).first().hover();
  await expect.poll(async () => (await readCard(page))?.sections.length).toBe(mark.count);
  expect(await revealShadowRoot(page, 'card')).toBe(true);
  // axe walks what the page's world sees: the card's own controls, not an empty host.
  expect(await page.evaluate(() => document.querySelector('[data-crosscheck-ui="card"]')!.shadowRoot?.querySelectorAll('.cc-card button').length)).toBeGreaterThan(0);
  report('the open card', await axeViolations(page, '[data-crosscheck-ui="card"]'));

  await page.mouse.move(1150, 880);
  await expect.poll(() => readCard(page)).toBeNull();
  await selectText(page, mark.text.trim());
  await sendAddNote(background, page);
  const editor = await waitForNoteFrame(page);
  await expect.poll(() => editor.evaluate(() => document.activeElement?.localName)).toBe('textarea');
  report('the note editor', await axeViolations(editor));

  // Saved, the note is offered by the card (one more control) and shown in the frame.
  await page.keyboard.type('ask AFP');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('mark[data-crosscheck-note]').first()).toBeVisible();
  const shown = await openNoteFromCard(page, page.locator('mark[data-crosscheck-note]').first());
  await expect(shown.locator('.cc-note-card__body')).toHaveText('ask AFP');
  report('a note shown', await axeViolations(shown));
  await page.keyboard.press('Escape');
  await page.locator('mark[data-crosscheck-note]').first().hover();
  await expect.poll(async () => (await readCard(page))?.text).toContain('Your note on this passage');
  expect(await revealShadowRoot(page, 'card')).toBe(true);
  report('the card with a note', await axeViolations(page, '[data-crosscheck-ui="card"]'));
  await page.mouse.move(1150, 880);
  await expect.poll(() => readCard(page)).toBeNull();
  report('article with highlights and a note', await axeViolations(page));
  return failures;
}

test.describe('axe-core finds nothing to fix in the page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`an article with highlights, the open card, the note editor and a note, ${scheme}`, async () => {
      test.setTimeout(120_000);
      const dir = await mkdtemp(join(tmpdir(), `cc-axe-page-${scheme}-`));
      const context = await launchWithExtension(dir, { colorScheme: scheme });
      const server = await startStaticServer(PAGES_DIR);
      try {
        const failures = await auditPage(await context.newPage(), await serviceWorkerOf(context), `${server.url}/other-outlet-wire.html`, scheme);
        expect(failures, failures.join('\n\n')).toEqual([]);
      } finally {
        await context.close();
        await server.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});

test.describe('the popup’s tabs follow the ARIA tabs pattern', () => {
  test('tabs name their panel, the panel names its tab, and arrows, Home and End move between them', async ({ context, server, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/other-outlet-wire.html`);
    await page.waitForSelector('mark[data-crosscheck-status]');
    const popup = await openPopup(page);
    await popup.setViewportSize({ width: 720, height: 700 });
    await popup.waitForSelector('.cc-claim');
    const first = popup.getByRole('tab', { name: 'This page' });
    await first.focus();
    await popup.keyboard.press('ArrowRight');
    const claims = popup.getByRole('tab', { name: 'All claims' });
    await expect(claims).toBeFocused();
    await expect(claims).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByRole('tabpanel', { name: 'All claims' })).toBeVisible();
    await shot(popup, 'popup-tabs-keyboard');
    await popup.keyboard.press('End');
    await expect(popup.getByRole('tab', { name: 'My notes' })).toBeFocused();
    await popup.keyboard.press('ArrowRight');
    await expect(first).toBeFocused();
    await popup.keyboard.press('ArrowLeft');
    await expect(popup.getByRole('tab', { name: 'My notes' })).toBeFocused();
    await popup.keyboard.press('Home');
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    // One stop in the Tab order for the whole tab list: the next Tab leaves it for the panel.
    await expect(popup.getByRole('tab', { selected: false }).first()).toHaveAttribute('tabindex', '-1');
    // Each claim's button says which claim it goes to.
    const jump = popup.locator('.cc-jump').first();
    const question = await popup.locator('.cc-claim').first().locator('.cc-question').textContent();
    await expect(jump).toHaveAccessibleName(new RegExp(question!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
});
