/**
 * Brings a highlighted passage into view and flashes it, so a reader who
 * clicked "show in article" sees where it is.
 */

/** Attribute the injected stylesheet animates; `"motion"` or `"reduced"`. */
export const FLASH_ATTR = 'data-crosscheck-flash';

export interface ScrollFlashOptions {
  /** Overrides the `prefers-reduced-motion` media query (tests, or a user setting). */
  reducedMotion?: boolean;
  /** How long the flash attribute stays. Default 1200 ms. */
  durationMs?: number;
  /** Move keyboard focus to `el` (without a second scroll). Default true. */
  focus?: boolean;
}

// A second flash of the same element restarts the timer instead of being cut
// short by the first one's.
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * Scrolls `el` to the middle of the viewport (instantly when the user prefers
 * reduced motion) and sets {@link FLASH_ATTR} for `durationMs`. The value is
 * `"reduced"` under reduced motion so CSS can show a static outline instead of
 * an animation. Returns a function that ends the flash early.
 */
export function scrollToAndFlash(el: HTMLElement, opts: ScrollFlashOptions = {}): () => void {
  const reduced = opts.reducedMotion ?? prefersReducedMotion(el);
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  if (opts.focus ?? true) el.focus({ preventScroll: true });

  const previous = timers.get(el);
  if (previous !== undefined) clearTimeout(previous);
  el.setAttribute(FLASH_ATTR, reduced ? 'reduced' : 'motion');
  const end = () => {
    clearTimeout(timer);
    if (timers.get(el) === timer) {
      timers.delete(el);
      el.removeAttribute(FLASH_ATTR);
    }
  };
  const timer = setTimeout(end, opts.durationMs ?? 1200);
  timers.set(el, timer);
  return end;
}

function prefersReducedMotion(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  return typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
