import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { inCardRoot, readCard, shot, shownMarks } from './helpers';

const PAGE = '/other-outlet-wire.html';

/** The id of the mark that has keyboard focus, or null. */
const focusedMark = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-crosscheck-id') ?? null);
/** The claims the open card lists, or null when no card is open. */
const cardClaims = async (page: Page) => (await readCard(page))?.sections.join(' ') ?? null;
const first = (page: Page, id: string) => page.locator(`mark[data-crosscheck-id="${id}"]`).first();

async function open(page: Page, server: { url: string }) {
  await page.goto(server.url + PAGE);
  await page.waitForSelector('mark[data-crosscheck-last]');
  return shownMarks(page);
}

test.describe('the card closes when the reader moves on', () => {
  test('opened by focus, it closes when Tab moves on, on a click elsewhere, and when its mark scrolls away', async ({ context, server }) => {
    const page = await context.newPage();
    const marks = await open(page, server);
    const last = marks[marks.length - 1]!;
    await first(page, last.id).focus();
    await expect.poll(() => cardClaims(page)).toBe(last.claims.join(' '));
    // The last mark: Tab goes on to the page's next link, and the card goes.
    await page.keyboard.press('Tab');
    expect(await focusedMark(page)).toBeNull();
    await expect.poll(() => readCard(page)).toBeNull();

    const mark = marks.find((m) => m.status === 'contested')!;
    await first(page, mark.id).focus();
    await expect.poll(() => cardClaims(page)).toBe(mark.claims.join(' '));
    await page.mouse.click(1100, 600); // the empty margin right of the sidebar
    await expect.poll(() => readCard(page)).toBeNull();

    await first(page, mark.id).focus();
    await expect.poll(() => readCard(page)).not.toBeNull();
    await page.mouse.move(1100, 600);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => first(page, mark.id).evaluate((el) => el.getBoundingClientRect().bottom < 0)).toBe(true);
    await expect.poll(() => readCard(page)).toBeNull();
  });

  test('Escape from inside the card closes it and gives focus back to the mark, which does not reopen it; Tab from its last control goes to the next mark', async ({ context, server }) => {
    const page = await context.newPage();
    const marks = await open(page, server);
    const index = marks.findIndex((m) => m.status === 'contested');
    const mark = marks[index]!;
    await first(page, mark.id).focus();
    await page.keyboard.press('Enter');
    // Deep inside: the first "original article" link, a few Tabs in.
    await expect.poll(() => inCardRoot(page, `function () { return this.activeElement?.className ?? null; }`)).toBe('cc-close');
    await inCardRoot(page, `function () { this.querySelector('.cc-card a[href]').focus(); return true; }`);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    expect(await focusedMark(page)).toBe(mark.id);
    await page.waitForTimeout(500);
    expect(await readCard(page)).toBeNull();

    await page.keyboard.press('Enter');
    await expect.poll(() => inCardRoot(page, `function () { return this.activeElement?.className ?? null; }`)).toBe('cc-close');
    // Shift+Tab from the first control goes back to the mark; the card stays.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedMark(page)).toBe(mark.id);
    expect(await cardClaims(page)).toBe(mark.claims.join(' '));
    await page.keyboard.press('Enter');
    await expect.poll(() => inCardRoot(page, `function () { return this.activeElement?.className ?? null; }`)).toBe('cc-close');
    let inCard = true;
    for (let i = 0; i < 80 && inCard; i++) {
      await page.keyboard.press('Tab');
      inCard = await page.evaluate(() => document.activeElement?.getAttribute('data-crosscheck-ui') === 'card');
    }
    expect(await focusedMark(page)).toBe(marks[index + 1]!.id);
    await expect.poll(() => cardClaims(page)).toBe(marks[index + 1]!.claims.join(' '));
  });

  test('a card opened by the pointer closes when the pointer leaves mark and card; one reached by Tab stays while the pointer passes by', async ({ context, server }) => {
    const page = await context.newPage();
    const marks = await open(page, server);
    const index = marks.findIndex((m) => m.status === 'contested');
    const mark = marks[index]!;
    await first(page, mark.id).hover();
    await expect.poll(() => cardClaims(page)).toBe(mark.claims.join(' '));
    await page.mouse.move(1100, 600);
    await expect.poll(() => readCard(page)).toBeNull();

    await first(page, marks[index - 1]!.id).focus();
    await page.keyboard.press('Tab');
    expect(await focusedMark(page)).toBe(mark.id);
    await expect.poll(() => cardClaims(page)).toBe(mark.claims.join(' '));
    // The pointer crosses the next sentence's mark on its way to the margin.
    const box = (await first(page, marks[index + 1]!.id).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 8);
    await page.mouse.move(1100, 600);
    await page.waitForTimeout(800);
    expect(await cardClaims(page)).toBe(mark.claims.join(' '));
  });
});

test.describe('the card fits the window', () => {
  test('near the bottom of the window it opens above the mark, whole, rather than squeezed below it', async ({ context, server }) => {
    const page = await context.newPage();
    const marks = await open(page, server);
    // A sentence with several claims: a tall card.
    const mark = marks.find((m) => m.status === 'contested' && m.count > 1)!;
    const el = first(page, mark.id);
    // Room to scroll that mark (near the article's top) to any height in the window.
    await page.evaluate(() => {
      for (const where of ['afterbegin', 'beforeend'] as const) document.body.insertAdjacentHTML(where, '<div style="height:1200px"></div>');
    });
    await el.scrollIntoViewIfNeeded();
    // 300 px free below the mark: more than the 260 px that used to be "enough", less than the card needs.
    await el.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().bottom - innerHeight + 300));
    const box = (await el.evaluate((m) => m.getBoundingClientRect().toJSON())) as DOMRect;
    await el.hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))!;
    await shot(page, 'card-near-bottom');
    expect(card.bottom).toBeLessThanOrEqual(box.top);
    expect(card.top).toBeGreaterThanOrEqual(0);
    // As tall as the card's own cap (34em), not the 280 px below the mark.
    expect(card.height).toBeGreaterThan(400);
  });
});

test.describe('marks and the card speak for themselves', () => {
  test('each mark is named for its verdict and claim; the card has a heading that names it', async ({ context, server }) => {
    const page = await context.newPage();
    const marks = await open(page, server);
    const mark = marks.find((m) => m.status === 'contested' && m.count > 1)!;
    await expect(first(page, mark.id)).toHaveAccessibleName(/^Contested: .+\? \(and \d more claims?\)$/);
    for (const m of marks) await expect(first(page, m.id)).toHaveAccessibleName(/^(Misattributed|Contradicts|Contested|Unsourced|Agrees): \S/);
    await first(page, mark.id).hover();
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.heading).toContain(`${mark.count} claims in this passage`);
    expect(card.label).toBe(card.heading);
  });
});
