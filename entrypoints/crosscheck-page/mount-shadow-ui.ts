import { render } from 'preact';
import { UI_ATTR, markUiHost } from '../../lib/dom/own-nodes';
import type { ScriptContext } from './script-context';
import { UI_CSS } from './ui-css';

/** A Crosscheck UI in a closed shadow root, made on first use. */
export interface LazyShadowUi {
  /** The wrapper element inside the shadow root, creating and mounting the UI the first time. */
  get(): Promise<HTMLElement>;
  /** The wrapper if the UI exists yet (never creates it). */
  current(): HTMLElement | null;
}

// Events that would otherwise bubble out of the UI to the page's own handlers.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'focusin', 'focusout'];

/**
 * Sets up the in-page UI the way the card and the notes both need it: a closed shadow root on a plain
 * `<div>` appended to `<html>`. A built-in element, not a custom element as WXT's createShadowRootUi
 * makes: a page that defines the custom element's name first (or upgrades it later) gets the shadow
 * root through `attachInternals()`, or stops it being made. Page CSS cannot reach inside
 * (`:host { all: initial !important }` also outranks the page's rules on the host), events that would
 * leak to the page's bubbling handlers stop at the UI's body, and the host is skipped by the text map
 * and the page watcher. Created once, even when two callers ask at the same time; removed when the
 * script's context ends. `name` (`card`, `notes`) only labels the host for tests and DevTools.
 */
export function lazyShadowUi(ctx: ScriptContext, name: string, setup: (wrap: HTMLElement) => void = () => undefined): LazyShadowUi {
  let host: HTMLElement | null = null;
  let wrap: HTMLElement | null = null;
  let pending: Promise<HTMLElement> | null = null;

  const create = async (): Promise<HTMLElement> => {
    host = document.createElement('div');
    host.setAttribute(UI_ATTR, name);
    markUiHost(host);
    const shadow = host.attachShadow({ mode: 'closed' });
    const html = document.createElement('html');
    const head = document.createElement('head');
    const style = document.createElement('style');
    style.textContent = `:host { all: initial !important; }\n${UI_CSS}`;
    head.append(style);
    const body = document.createElement('body');
    for (const type of ISOLATED_EVENTS) body.addEventListener(type, (e) => e.stopPropagation());
    html.append(head, body);
    shadow.append(html);
    wrap = document.createElement('div');
    wrap.style.background = 'transparent';
    body.append(wrap);
    document.documentElement.append(host);
    setup(wrap);
    return wrap;
  };
  ctx.onInvalidated(() => {
    if (wrap) render(null, wrap);
    host?.remove();
    host = wrap = null;
  });

  return {
    get: () => (pending ??= create()),
    current: () => wrap,
  };
}
