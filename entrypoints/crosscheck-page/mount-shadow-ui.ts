import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { UI_ATTR } from '../../lib/dom/own-nodes';
import { UI_CSS } from './ui-css';

/** A Crosscheck UI in a closed shadow root, made on first use. */
export interface LazyShadowUi {
  /** The wrapper element inside the shadow root, creating and mounting the UI the first time. */
  get(): Promise<HTMLElement>;
  /** The wrapper if the UI exists yet (never creates it). */
  current(): HTMLElement | null;
}

/**
 * Sets up the in-page UI the way the card and the notes both need it: a closed shadow root (page CSS
 * cannot reach it, page scripts cannot read the reader's notes in it) appended to `<html>`, with the
 * events that would otherwise leak to the page's handlers stopped at the host, and a host the text map
 * and the page watcher skip. Created once, even when two callers ask at the same time; removed when
 * the extension reloads.
 */
export function lazyShadowUi(ctx: ContentScriptContext, name: string, setup: (wrap: HTMLElement) => void = () => undefined): LazyShadowUi {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let pending: Promise<HTMLElement> | null = null;

  const create = async (): Promise<HTMLElement> => {
    ui = await createShadowRootUi(ctx, {
      name,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      css: UI_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'focusin', 'focusout'],
      onMount: (container) => {
        const wrap = document.createElement('div');
        wrap.style.background = 'transparent';
        container.append(wrap);
        setup(wrap);
        return wrap;
      },
      onRemove: (wrap) => wrap && render(null, wrap),
    });
    // Our text never counts as article text, and the page watcher ignores it.
    ui.shadowHost.setAttribute(UI_ATTR, '');
    ui.mount();
    return ui.mounted!;
  };
  ctx.onInvalidated(() => ui?.remove());

  return {
    get: () => (pending ??= create()),
    current: () => ui?.mounted ?? null,
  };
}
