import { test, expect } from './fixtures';
import { shot } from './helpers';

/** Note `i` of a reader's many, on one of 20 sites; one quote in a hundred names a lighthouse. */
const noteAt = (i: number) => {
  const quote = `Passage ${i} of a story about the talks${i % 100 === 0 ? ' near the lighthouse' : ''}`;
  const at = Date.UTC(2026, 10, 1) + i * 60_000;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    url: `https://news${i % 20}.example/story/${i}`,
    title: `Story ${i}`,
    quote,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: quote.length },
    },
    body: `Note ${i}`,
    tag: null,
    claimId: null,
    createdAt: at,
    updatedAt: at,
  };
};

// A reader with many notes: My notes draws a page of them at a time and says how many there are.
test('My notes with 230 notes shows 50 with a count, more on request by keyboard, and a search starts again at 50', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=none`);
  const stored = await popup.evaluate(async (notes) => {
    for (const note of notes) {
      const answer = await chrome.runtime.sendMessage({ type: 'notes.restore', payload: { note } });
      if (!answer.ok) return answer.error as string;
    }
    return 'ok';
  }, Array.from({ length: 230 }, (_, i) => noteAt(i)));
  expect(stored).toBe('ok');
  await popup.reload();
  await popup.getByRole('tab', { name: 'My notes' }).click();
  const items = popup.locator('.cc-note-item');
  await expect(items).toHaveCount(50);
  await expect(popup.getByText('Showing 50 of 230.')).toBeVisible();
  const more = popup.getByRole('button', { name: 'Show 50 more' });
  await more.focus();
  await popup.keyboard.press('Enter');
  await expect(items).toHaveCount(100);
  await expect(popup.getByText('Showing 100 of 230.')).toBeVisible();
  // Focus stays on the button, so the next page is one more key away.
  await expect(more).toBeFocused();
  await more.scrollIntoViewIfNeeded();
  await shot(popup, 'notes-many');
  // Three of the 230 quotes carry the search word (one note in a hundred).
  await popup.getByRole('searchbox').first().fill('lighthouse');
  await expect(items).toHaveCount(3);
  await expect(popup.getByText(/Showing \d+ of/)).toHaveCount(0);
});
