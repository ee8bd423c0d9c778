import { describe, expect, test } from 'vitest';
import { placeNear } from '../../../lib/dom/place-near';

const VIEW = { width: 1200, height: 900 };
const BOX = { width: 420, height: 300 };
const at = (left: number, top: number, bottom = top + 20) => ({ left, top, bottom });

describe('placeNear', () => {
  test.each([
    ['below a passage with room below', at(100, 100), 'below', { left: 100, top: 126, height: 300 }],
    ['above a passage near the bottom', at(100, 800), 'below', { left: 100, top: 494, height: 300 }],
    ['above when asked and there is room', at(100, 400), 'above', { left: 100, top: 94, height: 300 }],
    ['below when asked above but the passage is at the top', at(100, 50), 'above', { left: 100, top: 76, height: 300 }],
    ['pulled left to stay on screen at the right edge', at(1100, 100), 'below', { left: 772, top: 126, height: 300 }],
    ['kept off the left edge', at(-50, 100), 'below', { left: 8, top: 126, height: 300 }],
    ['at the bottom edge when it fits neither side', at(100, 250, 650), 'below', { left: 100, top: 592, height: 300 }],
  ] as const)('%s', (_what, anchor, prefer, expected) => {
    expect(placeNear(anchor, BOX, VIEW, prefer)).toEqual(expected);
  });

  test('shrinks a box taller than the viewport, and keeps it inside', () => {
    expect(placeNear(at(100, 100), { width: 420, height: 2000 }, VIEW)).toEqual({ left: 100, top: 8, height: 884 });
  });

  test('a passage scrolled out of view still gets a box on screen', () => {
    for (const anchor of [at(100, -500), at(100, 5000)]) {
      const p = placeNear(anchor, BOX, VIEW);
      expect(p.top).toBeGreaterThanOrEqual(8);
      expect(p.top + p.height).toBeLessThanOrEqual(892);
    }
  });
});
