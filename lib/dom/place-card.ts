/** Where an in-page card goes, in viewport pixels (CSS `position: fixed`). */
export interface CardPlacement {
  left: number;
  width: number;
  /** One of `top` or `bottom` is set: the card opens below the mark, or above it. */
  top?: number;
  bottom?: number;
  /** The most the card may grow before it scrolls inside itself, so it never runs off screen. */
  maxHeight: number;
}

const MARGIN = 12;
const GAP = 8;
/** Less room than this on both sides: a card would be a slit; it goes over the page instead. */
const TOO_SMALL = 160;
const WIDEST = 640;

/**
 * Places a card next to a mark and on screen. `height` is what the card wants (its content, up to its
 * CSS cap): it goes below the mark when it fits there whole, else above when it fits there whole, else
 * on the side with more room with its height capped (it scrolls inside), else (no side has a usable
 * amount) over the page with a margin. A side that merely has "some" room is not enough: a 476 px card
 * squeezed into 260 px hides its quotes. Aligned with the mark's start edge: its left on a
 * left-to-right page, its right on a right-to-left one. Pure geometry, so it is tested without a browser.
 */
export function placeCard(
  mark: { left: number; right: number; top: number; bottom: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl' = 'ltr',
  height = Infinity,
): CardPlacement {
  const width = Math.max(0, Math.min(WIDEST, viewport.width - 2 * MARGIN));
  const wanted = dir === 'rtl' ? mark.right - width : mark.left;
  const left = Math.max(MARGIN, Math.min(wanted, viewport.width - width - MARGIN));
  const below = viewport.height - mark.bottom - GAP - MARGIN;
  const above = mark.top - GAP - MARGIN;
  const putBelow = { left, width, top: mark.bottom + GAP, maxHeight: below };
  const putAbove = { left, width, bottom: viewport.height - mark.top + GAP, maxHeight: above };
  if (below >= height) return putBelow;
  if (above >= height) return putAbove;
  if (Math.max(below, above) >= TOO_SMALL) return below >= above ? putBelow : putAbove;
  // The mark fills the screen (or is off it), or the window is tiny: over the page.
  return { left, width, top: MARGIN, maxHeight: viewport.height - 2 * MARGIN };
}
