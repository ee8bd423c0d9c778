// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLASH_ATTR, scrollToAndFlash } from '../../lib/dom/scroll-flash';

let el: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  document.body.innerHTML = '<p>before <mark tabindex="0">passage</mark> after</p>';
  el = document.querySelector('mark')!;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('scrollToAndFlash', () => {
  it.each([
    [false, 'smooth', 'motion'],
    [true, 'auto', 'reduced'],
  ])('with reducedMotion=%s scrolls %s and flashes "%s"', (reducedMotion, behavior, flash) => {
    const scroll = vi.spyOn(el, 'scrollIntoView');
    scrollToAndFlash(el, { reducedMotion });
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior });
    expect(el.getAttribute(FLASH_ATTR)).toBe(flash);
  });

  it('reads prefers-reduced-motion from the element’s window', () => {
    const matchMedia = vi
      .spyOn(window, 'matchMedia')
      .mockReturnValue({ matches: true } as MediaQueryList);
    scrollToAndFlash(el);
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
    expect(el.getAttribute(FLASH_ATTR)).toBe('reduced');
  });

  it('removes the flash after 1.2 s', () => {
    scrollToAndFlash(el, { reducedMotion: false });
    vi.advanceTimersByTime(1199);
    expect(el.hasAttribute(FLASH_ATTR)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(el.hasAttribute(FLASH_ATTR)).toBe(false);
  });

  it('restarts the flash when called again', () => {
    scrollToAndFlash(el, { reducedMotion: false });
    vi.advanceTimersByTime(1000);
    scrollToAndFlash(el, { reducedMotion: false });
    vi.advanceTimersByTime(1000);
    expect(el.hasAttribute(FLASH_ATTR)).toBe(true);
    vi.advanceTimersByTime(200);
    expect(el.hasAttribute(FLASH_ATTR)).toBe(false);
  });

  it('can be ended early, and a stale end does not cut a newer flash', () => {
    const endFirst = scrollToAndFlash(el, { reducedMotion: false });
    endFirst();
    expect(el.hasAttribute(FLASH_ATTR)).toBe(false);
    scrollToAndFlash(el, { reducedMotion: false });
    endFirst();
    expect(el.hasAttribute(FLASH_ATTR)).toBe(true);
  });

  it.each([
    [undefined, true],
    [false, false],
  ])('with focus=%s moves focus: %s', (focus, focused) => {
    scrollToAndFlash(el, { reducedMotion: true, focus });
    expect(document.activeElement === el).toBe(focused);
  });
});
