/**
 * Whether the reader can see an element, as the page is laid out now: the text map leaves out what
 * this says is unseen, so the verdicts, the counts and the badge are about the words on the screen.
 * A page can hide words from the reader and still have them read (`did<span style="display:none">
 * not</span> attend` reads as "did attend" on screen); judged as hidden text, the verdict would invert.
 *
 * Layout-dependent, so it runs in the page (a browser), never in Node tests of the text map.
 */

/** At most this size in both directions, a box holding text is a clipped "screen-reader only" box. */
const CLIPPED_PX = 1;

/**
 * A test for elements of `doc` that are not shown: not rendered (`display:none`, `visibility:hidden`,
 * `opacity:0`, `content-visibility:hidden`), clipped to a pixel or less, or placed wholly before the
 * page's start (above it, or left of it in a left-to-right page, right of it in a right-to-left one),
 * where no scrolling reaches it. Made per text map: the page's scroll range is read once.
 */
export function unseenIn(doc: Document): (el: Element) => boolean {
  const view = doc.defaultView;
  const scroller = doc.scrollingElement ?? doc.documentElement;
  // Browsers without checkVisibility (older ones) judge everything; better than judging nothing.
  if (!view || !scroller || typeof scroller.checkVisibility !== 'function') return () => false;
  // No layout to judge by (a document not rendered, or a DOM without layout such as Node's test DOMs):
  // the page's root has no width then.
  if (doc.documentElement.getBoundingClientRect().width === 0) return () => false;
  const rtl = view.getComputedStyle(doc.documentElement).direction === 'rtl';
  // The page's own coordinates of its first reachable column: 0, or in a right-to-left page with
  // overflow, as far left as scrolling goes.
  const reachLeft = rtl ? -(scroller.scrollWidth - scroller.clientWidth) : 0;
  return (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return !hasNoBox(el, view);
    const rect = el.getBoundingClientRect();
    if (rect.width <= CLIPPED_PX && rect.height <= CLIPPED_PX) return !hasNoBox(el, view);
    const x = view.scrollX;
    return rect.bottom + view.scrollY <= 0 || rect.right + x <= reachLeft || (rtl && rect.left + x >= scroller.clientWidth);
  };
}

/**
 * `display: contents` has no box of its own (no size, and not "visible" to checkVisibility in some
 * browsers) while its children are shown: they decide for themselves.
 */
function hasNoBox(el: Element, view: Window): boolean {
  if (el.getClientRects().length > 0) return false;
  return view.getComputedStyle(el).display === 'contents';
}
