import { describe, expect, test } from 'vitest';
import { placeCard } from '../../../lib/dom/place-card';

const VIEW = { width: 1200, height: 900 };
const rect = (left: number, top: number, right = left + 200, bottom = top + 20) => ({ left, top, right, bottom });

describe('placeCard', () => {
  test.each([
    ['below a mark near the top, at its left edge', rect(100, 100), VIEW, 'ltr', { left: 100, width: 640, top: 128, maxHeight: 760 }],
    ['above a mark near the bottom', rect(100, 800), VIEW, 'ltr', { left: 100, width: 640, bottom: 108, maxHeight: 780 }],
    ['at the right edge of a mark on a right-to-left page', rect(600, 100, 1000), VIEW, 'rtl', { left: 360, width: 640, top: 128, maxHeight: 760 }],
    ['kept inside the right edge', rect(1100, 100), VIEW, 'ltr', { left: 548, width: 640, top: 128, maxHeight: 760 }],
    ['kept inside the left edge on a right-to-left page', rect(0, 100, 150), VIEW, 'rtl', { left: 12, width: 640, top: 128, maxHeight: 760 }],
    ['narrower than the window on a phone', rect(10, 100), { width: 360, height: 640 }, 'ltr', { left: 12, width: 336, top: 128, maxHeight: 500 }],
    ['over the page when the mark fills the screen', rect(10, -50, 800, 950), VIEW, 'ltr', { left: 12, width: 640, top: 12, maxHeight: 876 }],
    ['over the page in a tiny window', rect(10, 100), { width: 400, height: 250 }, 'ltr', { left: 12, width: 376, top: 12, maxHeight: 226 }],
  ] as const)('%s', (_name, mark, view, dir, expected) => {
    expect(placeCard(mark, view, dir)).toEqual(expected);
  });

  // A 476 px card by a mark with 300 px free below and 560 above: below, it would hide half its quotes.
  test.each([
    ['above when it fits whole only there', rect(100, 580), 476, { left: 100, width: 640, bottom: 328, maxHeight: 560 }],
    ['below when it fits whole there, even with more room above', rect(100, 580), 280, { left: 100, width: 640, top: 608, maxHeight: 280 }],
    ['below when it fits whole on both sides', rect(100, 400), 300, { left: 100, width: 640, top: 428, maxHeight: 460 }],
    ['on the roomier side, capped, when it fits whole on neither', rect(100, 480), 800, { left: 100, width: 640, bottom: 428, maxHeight: 460 }],
  ] as const)('a card of known height goes %s', (_name, mark, height, expected) => {
    expect(placeCard(mark, VIEW, 'ltr', height)).toEqual(expected);
  });

  test.each([
    [rect(100, 100)],
    [rect(100, 850)],
    [rect(-300, 400)],
    [rect(1150, 20, 1400)],
  ])('never runs off screen (%o)', (mark) => {
    for (const dir of ['ltr', 'rtl'] as const) {
      for (const height of [100, 476, 2000]) {
      const p = placeCard(mark, VIEW, dir, height);
      expect(p.left).toBeGreaterThanOrEqual(12);
      expect(p.left + p.width).toBeLessThanOrEqual(VIEW.width - 12);
      const top = p.top ?? VIEW.height - p.bottom! - p.maxHeight;
      expect(top).toBeGreaterThanOrEqual(12);
      expect(top + p.maxHeight).toBeLessThanOrEqual(VIEW.height - 12);
      }
    }
  });
});
