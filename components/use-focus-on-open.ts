import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Focuses `ref` when it mounts (caret at `caret`) if this document has focus, and whenever the frame it
 * lives in gets focus while nothing inside has it. The note frame may render before or after the
 * page's content script moves focus into it; a note shown on hover must not take focus from the page.
 */
export function useFocusOnOpen(ref: RefObject<HTMLElement>, caret?: number): void {
  useEffect(() => {
    const focus = () => {
      const el = ref.current;
      if (!el) return;
      el.focus();
      if (caret !== undefined && el instanceof HTMLTextAreaElement) el.setSelectionRange(caret, caret);
    };
    if (document.hasFocus()) focus();
    const onWindowFocus = () => {
      const active = document.activeElement;
      if (!active || active === document.body) focus();
    };
    window.addEventListener('focus', onWindowFocus);
    return () => window.removeEventListener('focus', onWindowFocus);
  }, []);
}
