import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hasNoteFrameElement, inCardRoot, inNotesRoot, readCard, selectText, sendAddNote, shot, shownMarks, waitForNoteFrame } from './helpers';

const PAGE = '/seed-004-samaa.html';

/** A disputed sentence of the page with a claim, its mark's id, its words and its claims. */
async function disputed(page: Page) {
  await page.waitForSelector('mark[data-crosscheck-last]');
  const mark = (await shownMarks(page)).find((m) => m.status === 'contested' && !m.claims[0]!.endsWith('/open'))!;
  return { ...mark, text: mark.text.trim() };
}

/** Where the note frame sits in the page's window, and where its Save button sits in the frame's. */
async function editorPlace(page: Page, editor: Frame) {
  const frame = (await inNotesRoot<{ top: number; bottom: number }>(page, `function () { const r = this.querySelector('iframe').getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }`))!;
  const save = await editor.evaluate(() => {
    const r = document.querySelector('.cc-note-save')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, view: innerHeight };
  });
  return { frame, save };
}

test('a note on a highlighted sentence: its claim preselected, one Tab stop, one overlay — the claim card, which opens the note', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  const mark = await disputed(page);
  await selectText(page, mark.text);
  expect(await sendAddNote(background, page)).toEqual({ ok: true, value: { opened: true } });
  const editor = await waitForNoteFrame(page);
  // "About claim" starts at the sentence's claim, not at "No claim".
  await expect.poll(() => editor.evaluate(() => document.querySelectorAll('select')[1]!.value)).toBe(mark.claims[0]);
  await page.keyboard.type('ask Samaa');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('mark[data-crosscheck-note]').first()).toBeVisible();

  // One Tab stop on those words: the claim's mark (the note's marks sit inside it, reached through its card).
  const stops = await page.evaluate((id) => {
    const marks = [...document.querySelectorAll(`mark[data-crosscheck-id="${id}"]`)];
    return [...document.querySelectorAll('[tabindex]')].filter((el) => marks.some((m) => m.contains(el) || el.contains(m))).length;
  }, mark.id);
  expect(stops).toBe(1);

  // Hovering the words shows the claim card and no note frame over it.
  await page.locator('mark[data-crosscheck-note]').first().hover();
  await expect.poll(async () => (await readCard(page))?.sections.join(' ')).toBe(mark.claims.join(' '));
  await page.waitForTimeout(600);
  expect(await hasNoteFrameElement(page)).toBe(false);
  await shot(page, 'card-with-note');
  // The card offers the note (its text is not in the card: only the frame shows it) and gives way to it.
  expect((await readCard(page))!.text).not.toContain('ask Samaa');
  expect(await inCardRoot(page, `function () { const b = this.querySelector('.cc-open-note'); b?.click(); return b?.textContent ?? null; }`)).toContain('Your note on this passage');
  const shown = await waitForNoteFrame(page);
  await expect(shown.locator('.cc-note-card__body')).toHaveText('ask Samaa');
  await expect.poll(() => readCard(page)).toBeNull();
  await expect.poll(() => shown.evaluate(() => document.activeElement?.textContent)).toBe('Edit');
  await page.keyboard.press('Escape');
  await expect.poll(() => hasNoteFrameElement(page)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-crosscheck-id'))).toBe(mark.id);
});

test('a note on a highlighted sentence stays on the page when the settings change, still one Tab stop', async ({ context, server, background, extensionId }) => {
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  const mark = await disputed(page);
  await selectText(page, mark.text);
  await sendAddNote(background, page);
  await waitForNoteFrame(page);
  await page.keyboard.type('ask Samaa');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('mark[data-crosscheck-note]').first()).toBeVisible();
  // The sentence's mark as it is now: the re-check replaces it.
  await page.evaluate((id) => ((window as unknown as { before: Element }).before = document.querySelector(`mark[data-crosscheck-id="${id}"]`)!), mark.id);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: /unsourced/i }).uncheck();
  await expect(options.getByText('Saved.')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { before: Element }).before.isConnected)).toBe(false);
  await expect.poll(() => page.locator('mark[data-crosscheck-note]').evaluateAll((els) => els.map((e) => e.textContent).join(''))).toBe(mark.text);
  const stops = () =>
    page.evaluate(() => {
      const notes = [...document.querySelectorAll('mark[data-crosscheck-note]')];
      return [...document.querySelectorAll('[tabindex]')].filter((el) => notes.some((n) => n.contains(el) || el.contains(n))).length;
    });
  await expect.poll(stops).toBe(1);
  // And it stays so: the notes were drawn again after the new marks, not before them.
  await page.waitForTimeout(500);
  expect(await stops()).toBe(1);
});

test('selecting words inside a highlight shows the Add-note button, not the claim card over the text', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  const mark = await disputed(page);
  const box = (await page.locator(`mark[data-crosscheck-id="${mark.id}"]`).first().boundingBox())!;
  // A reader's drag across the first line of the sentence.
  const y = box.y + 10;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, y, { steps: 5 });
  await page.mouse.move(box.x + 260, y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => inNotesRoot<string>(page, `function () { return this.querySelector('.cc-add-note')?.textContent ?? null; }`)).toContain('Add note');
  await page.waitForTimeout(600);
  expect(await readCard(page)).toBeNull();
  // While the selection stands, hovering the mark does not bring the card over its button either.
  await page.mouse.move(box.x + 40, y + 30, { steps: 3 });
  await page.waitForTimeout(600);
  expect(await readCard(page)).toBeNull();
});

test('the note editor shows its tag labels whole ("Needs a source", not "Needs a sourc")', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  await page.waitForSelector('mark[data-crosscheck-last]');
  await selectText(page, 'A Syrian and an Israeli official met face to face');
  expect(await sendAddNote(background, page)).toEqual({ ok: true, value: { opened: true } });
  const editor = await waitForNoteFrame(page);
  // Each list at least as wide as its widest label.
  const tags = await editor.evaluate(() => {
    const s = document.querySelector('select')!;
    const shown = s.getBoundingClientRect().width;
    s.style.width = 'max-content';
    const whole = s.getBoundingClientRect().width;
    s.style.width = '';
    return { shown, whole };
  });
  expect(tags.shown).toBeGreaterThanOrEqual(tags.whole - 0.5);
});

test('opened by the shortcut with the selection scrolled away, in a window shorter than the editor, its buttons are in the window', async ({ context, server, background }) => {
  const page = await context.newPage();
  const height = 240;
  await page.setViewportSize({ width: 900, height });
  await page.goto(server.url + PAGE);
  await page.waitForSelector('mark[data-crosscheck-last]');
  for (const scrollTo of ['top', 'bottom'] as const) {
    await selectText(page, scrollTo === 'top' ? 'Turkey, a key ally of both governments' : 'A Syrian and an Israeli official met face to face');
    await page.evaluate((where) => window.scrollTo(0, where === 'top' ? 0 : document.documentElement.scrollHeight), scrollTo);
    expect(await sendAddNote(background, page)).toEqual({ ok: true, value: { opened: true } });
    const editor = await waitForNoteFrame(page);
    await expect.poll(() => editor.evaluate(() => document.activeElement?.localName)).toBe('textarea');
    await page.waitForTimeout(300);
    const { frame, save } = await editorPlace(page, editor);
    expect(frame.top, scrollTo).toBeGreaterThanOrEqual(0);
    expect(frame.bottom, scrollTo).toBeLessThanOrEqual(height);
    expect(save.top, scrollTo).toBeGreaterThanOrEqual(0);
    expect(save.bottom, scrollTo).toBeLessThanOrEqual(save.view);
    if (scrollTo === 'top') await shot(page, 'note-editor-short-window');
    await page.keyboard.press('Escape');
    await expect.poll(() => hasNoteFrameElement(page)).toBe(false);
  }
});
