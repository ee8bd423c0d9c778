/** A box's place in the viewport (CSS pixels), for `position: fixed`. */
export interface Placement {
  left: number;
  top: number;
  /** The height it gets: less than asked when the viewport is shorter. */
  height: number;
}

const MARGIN = 8;
const GAP = 6;

/**
 * Where a box of `width` × `height` goes next to `anchor` (a passage's rect): on the `prefer`red side
 * when it fits there, else on the other, else at the viewport's bottom edge; always inside the
 * viewport, shrunk to fit.
 */
export function placeNear(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  prefer: 'below' | 'above' = 'below',
): Placement {
  const height = Math.max(0, Math.min(size.height, viewport.height - 2 * MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - height;
  const fitsBelow = below + height <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  const top =
    prefer === 'above' && fitsAbove ? above : fitsBelow ? below : fitsAbove ? above : viewport.height - MARGIN - height;
  return { left, top: Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height)), height };
}
