import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { crosscheckInPage, finishSelection, hasNoteFrameElement, inNotesRoot, openNoteFromCard, selectText, shot, tabIdOf, waitForNoteFrame } from './helpers';

// One reader's profile goes through the whole life of a note, so the steps run in order.
test.describe.configure({ mode: 'serial' });

const PAGE = '/seed-004-samaa.html';
const QUOTE = 'given that Azerbaijan neighbors Iran, which is an arch foe of Israel';
const BODY = 'check this with the Samaa original';

/** The shortcut and the context menu both end in this tab message; send it as the background does. */
async function sendAddNote(background: Worker, page: Page) {
  const tabId = await tabIdOf(background, page);
  return background.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page.addNote', payload: {} }), tabId);
}

async function openNotes(context: BrowserContext, background: Worker, page?: Page): Promise<Page> {
  const tab = page ? await tabIdOf(background, page) : 'none';
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(background.url()).host}/popup.html?tab=${tab}`);
  await popup.getByRole('tab', { name: 'My notes' }).click();
  await popup.waitForSelector('.cc-notes-view');
  return popup;
}

const noteMarks = (page: Page) => page.locator('mark[data-crosscheck-note]');
const markedText = (page: Page) => noteMarks(page).evaluateAll((els) => els.map((e) => e.textContent).join(''));

let profile = '';
/** Each test gets its own server port; later tests serve the page at the first address, where the note was written. */
let pageUrl = '';
let exported = '';

test.afterAll(async () => {
  if (profile) await rm(profile, { recursive: true, force: true });
});

test('a note added from the keyboard is saved, anchored, re-anchored, orphaned and kept', async ({ server }) => {
  profile = await mkdtemp(join(tmpdir(), 'cc-notes-'));
  const context = await launchWithExtension(profile);
  const background = await serviceWorkerOf(context);
  const page = await context.newPage();
  pageUrl = server.url + PAGE;
  await page.goto(pageUrl);
  await page.waitForSelector('mark[data-crosscheck-status]');

  await selectText(page, QUOTE);
  expect(await sendAddNote(background, page)).toEqual({ ok: true, value: { opened: true } });
  const editor = await waitForNoteFrame(page);
  await expect.poll(() => editor.evaluate(() => document.activeElement?.localName)).toBe('textarea');
  await page.keyboard.type(BODY);
  await page.keyboard.press('Tab');
  await page.keyboard.press('d'); // "Dispute" in the tag list
  await shot(page, 'note-editor');
  await page.keyboard.press('Control+Enter');
  await expect(noteMarks(page).first()).toBeVisible();
  expect(await markedText(page)).toBe(QUOTE);

  // Nothing selected: the editor does not open.
  await page.evaluate(() => getSelection()!.removeAllRanges());
  expect(await sendAddNote(background, page)).toEqual({ ok: true, value: { opened: false } });

  // The page's own scripts cannot reach the notes: IndexedDB is per origin.
  const seen = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('crosscheck-notes');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const stores = Array.from(db.objectStoreNames);
    db.close();
    return { names, stores };
  });
  expect(seen.names).not.toContain('crosscheck-notes');
  expect(seen.stores).toEqual([]);

  await page.reload();
  await expect(noteMarks(page).first()).toBeVisible();
  expect(await markedText(page)).toBe(QUOTE);
  expect(await noteMarks(page).first().getAttribute('data-crosscheck-anchor')).toBe('exact');

  // The outlet edits the page: a paragraph added above, a spelling changed inside the quote.
  const original = await (await fetch(server.url + PAGE)).text();
  await page.route(`**${PAGE}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: original.replace('<p class="byline">', '<p>Updated: a correction was added to this report.</p><p class="byline">').replace('Azerbaijan neighbors Iran', 'Azerbaijan neighbours Iran'),
    }),
  );
  await page.reload();
  await expect(noteMarks(page).first()).toBeVisible();
  expect(await markedText(page)).toContain('neighbours Iran, which is an arch foe of Israel');
  expect(await noteMarks(page).first().getAttribute('data-crosscheck-anchor')).toBe('fuzzy');

  // The passage is gone: the note is orphaned, listed as such, and not deleted.
  await page.unroute(`**${PAGE}`);
  await page.route(`**${PAGE}`, (route) => route.fulfill({ contentType: 'text/html', body: original.replace(/<p>This proximity[^<]*<\/p>/, '') }));
  await page.reload();
  await page.waitForSelector('mark[data-crosscheck-status]');
  await expect(noteMarks(page)).toHaveCount(0);
  const popup = await openNotes(context, background, page);
  await expect(popup.locator('.cc-note-orphan')).toContainText('orphaned');
  await expect(popup.locator('.cc-note-item').first()).toContainText(BODY);
  await shot(popup, 'notes-view-orphaned');
  await page.unroute(`**${PAGE}`);
  await context.close();
});

test('notes survive a browser restart; edit, delete with undo, export in three formats', async ({ server }) => {
  const context = await launchWithExtension(profile);
  const background = await serviceWorkerOf(context);
  const html = await (await fetch(server.url + PAGE)).text();
  await context.route(pageUrl, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await context.newPage();
  await page.goto(pageUrl);
  await expect(noteMarks(page).first()).toBeVisible();
  expect(await markedText(page)).toBe(QUOTE);

  // The passage is a claim's sentence: its card offers the note, shown in the note frame.
  await expect((await openNoteFromCard(page, noteMarks(page).first())).locator('.cc-note-card')).toContainText(BODY);

  const popup = await openNotes(context, background, page);
  const item = popup.locator('.cc-note-list').first().locator('.cc-note-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Dispute');
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByLabel('Note text').fill(`${BODY}, and with AFP`);
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item).toContainText('and with AFP');
  await expect(item).toContainText('Dispute'); // editing the body keeps the tag
  // Clicking the quote scrolls the page to the passage and flashes it.
  await item.locator('button.cc-note-item__quote').click();
  await expect(noteMarks(page).first()).toHaveAttribute('data-crosscheck-flash', /.+/);

  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(popup.locator('.cc-toast')).toContainText('Note deleted');
  await expect(popup.locator('.cc-note-item')).toHaveCount(0);
  await popup.locator('.cc-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(popup.locator('.cc-note-list').first().locator('.cc-note-item')).toHaveCount(1);
  await shot(popup, 'notes-view');

  const files: Record<string, { name: string; text: string }> = {};
  for (const format of ['jsonld', 'markdown', 'csv']) {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-export="all-${format}"]`).click()]);
    files[format] = { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
    if (format === 'jsonld') {
      exported = join(profile, '..', `cc-export-${Date.now()}.jsonld`);
      await download.saveAs(exported);
    }
  }
  expect(files.jsonld!.name).toMatch(/^crosscheck-notes-\d{4}-\d\d-\d\d\.jsonld$/);
  expect(files.markdown!.name).toMatch(/\.md$/);
  expect(files.csv!.name).toMatch(/\.csv$/);
  expect(files.jsonld!.text).toContain('AnnotationCollection');
  expect(files.jsonld!.text).toContain('TextQuoteSelector');
  expect(files.markdown!.text).toMatch(/^#+ .*Samaa/m);
  const csvLines = files.csv!.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(csvLines[0]).toMatch(/quote/i);
  expect(files.csv!.text).toContain(`"${QUOTE}"`); // the quote holds a comma, so it is quoted
  await context.close();
});

test('a JSON-LD export imports into a fresh profile; a bad file changes nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cc-notes-fresh-'));
  const context = await launchWithExtension(dir);
  try {
    const background = await serviceWorkerOf(context);
    const popup = await openNotes(context, background);
    await expect(popup.getByText('You have no notes yet.')).toBeVisible();
    const input = popup.locator('.cc-import input');
    await input.setInputFiles({ name: 'bad.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"type": "not an annotation"}') });
    // Said beside the button, in a reader's words, with what to do.
    const said = popup.locator('.cc-note-files [aria-live]');
    await expect(said).toContainText('This file is not a Crosscheck or Web Annotation notes export. Nothing was changed.');
    await expect(said).toContainText('Export all: JSON-LD');
    await expect(popup.locator('.cc-note-item')).toHaveCount(0);
    await popup.setViewportSize({ width: 720, height: 600 });
    await shot(popup, 'notes-import-refused');
    await input.setInputFiles({ name: 'broken.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"type": "AnnotationCollection", oops}') });
    await expect(said).toContainText('This is not a notes file');
    await expect(said).not.toContainText('position');
    await input.setInputFiles({ name: 'empty.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('[]') });
    await expect(said).toHaveText('There are no notes in this file. Nothing was changed.');

    await input.setInputFiles(exported);
    await expect(said).toHaveText('Added 1 note.');
    await expect(popup.locator('.cc-note-item')).toHaveCount(1);
    await expect(popup.locator('.cc-note-item')).toContainText('Dispute');
    await input.setInputFiles(exported);
    await expect(said).toHaveText('The note in this file is already here, so nothing was added.');
    await shot(popup, 'notes-imported');
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
    if (exported) await rm(exported, { force: true });
  }
});

test('selecting article text shows an Add-note button that opens the editor in the note frame; Escape cancels and gives focus back', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  await page.waitForSelector('mark[data-crosscheck-status]');
  await selectText(page, QUOTE);
  await finishSelection(page);
  await expect.poll(() => inNotesRoot<string>(page, `function () { return this.querySelector('.cc-add-note')?.textContent ?? null; }`)).toContain('Add note');
  await inNotesRoot(page, `function () { this.querySelector('.cc-add-note').click(); return true; }`);
  const editor = await waitForNoteFrame(page);
  await expect.poll(() => editor.evaluate(() => document.activeElement?.localName)).toBe('textarea');
  await expect(editor.locator('.cc-note-quote')).toHaveText(QUOTE);
  await page.keyboard.press('Escape');
  await expect.poll(() => hasNoteFrameElement(page)).toBe(false);
  await expect(noteMarks(page)).toHaveCount(0);

  // From the keyboard: a focused mark of the page, the editor opened on it, Escape gives focus back.
  await selectText(page, QUOTE);
  await page.locator('mark[data-crosscheck-status]').first().focus();
  expect(await sendAddNote(context.serviceWorkers()[0]!, page)).toEqual({ ok: true, value: { opened: true } });
  const again = await waitForNoteFrame(page);
  await expect.poll(() => again.evaluate(() => document.activeElement?.localName)).toBe('textarea');
  await page.keyboard.press('Escape');
  await expect.poll(() => hasNoteFrameElement(page)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('mark');
});

test('on a page that is not about the story, the keyboard and a selection add a note, and the note is back after a reload', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/unrelated-news.html`);
  await expect.poll(async () => (await crosscheckInPage(background, page)).light).toBe(true);
  // Only the small content script so far; the selection brings in the rest (the notes UI).
  expect((await crosscheckInPage(background, page)).full).toBeNull();
  await selectText(page, 'ending a dispute that had cancelled thousands of services');
  await finishSelection(page);
  await expect.poll(() => inNotesRoot<string>(page, `function () { return this.querySelector('.cc-add-note')?.textContent ?? null; }`)).toContain('Add note');
  expect(await page.locator('mark').count()).toBe(0);
  expect(await sendAddNote(background, page)).toEqual({ ok: true, value: { opened: true } });
  const editor = await waitForNoteFrame(page);
  await expect.poll(() => editor.evaluate(() => document.activeElement?.localName)).toBe('textarea');
  await page.keyboard.type('not about Baku');
  await page.keyboard.press('Control+Enter');
  await expect(noteMarks(page)).toHaveCount(1);
  // After a reload the small script asks whether the page has notes, and loads the rest to show them.
  await page.reload();
  await expect(noteMarks(page)).toHaveCount(1);
  expect(await markedText(page)).toBe('ending a dispute that had cancelled thousands of services');
  expect(await page.locator('mark[data-crosscheck-status]').count()).toBe(0);
});
