// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { lazyShadowUi } from '../../entrypoints/crosscheck-page/mount-shadow-ui';
import { createScriptContext, type ScriptContext } from '../../entrypoints/crosscheck-page/script-context';
import { isCrosscheckNode, isUiHost } from '../../lib/dom/own-nodes';
import { buildTextMap } from '../../lib/dom/text-map';

let ctx: ScriptContext;
afterEach(() => ctx?.invalidate('test over'));
const hostsOf = (name: string) => document.querySelectorAll(`[data-crosscheck-ui="${name}"]`);

describe('lazyShadowUi', () => {
  it('creates nothing until first asked', () => {
    ctx = createScriptContext(() => true);
    const ui = lazyShadowUi(ctx, 'test');
    expect(ui.current()).toBeNull();
    expect(hostsOf('test')).toHaveLength(0);
  });

  it('mounts one closed shadow root on a built-in <div> at the end of <html>, even for two callers at once', async () => {
    ctx = createScriptContext(() => true);
    let setups = 0;
    const ui = lazyShadowUi(ctx, 'test', (wrap) => {
      setups++;
      wrap.textContent = 'card';
    });
    const [a, b] = await Promise.all([ui.get(), ui.get()]);
    expect(a).toBe(b);
    expect(setups).toBe(1);
    const hosts = hostsOf('test');
    expect(hosts).toHaveLength(1);
    const host = hosts[0]!;
    // A built-in element: no custom-element name a page could define first and reach through attachInternals().
    expect(host.localName).toBe('div');
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull(); // closed: page scripts cannot reach the card
    expect(isUiHost(host)).toBe(true);
    expect(isCrosscheckNode(host)).toBe(true);
    expect(ui.current()).toBe(a);
    expect(a.textContent).toBe('card');
  });

  it('is known as ours by identity: a page element with the same attribute is page text', async () => {
    ctx = createScriptContext(() => true);
    await lazyShadowUi(ctx, 'card').get();
    const forged = document.createElement('div');
    forged.setAttribute('data-crosscheck-ui', 'card');
    forged.textContent = 'page words';
    document.body.append(forged);
    expect(isUiHost(forged)).toBe(false);
    expect(buildTextMap(document.body).text).toContain('page words');
    forged.remove();
  });

  it('removes the UI when the script context ends', async () => {
    ctx = createScriptContext(() => true);
    await lazyShadowUi(ctx, 'test').get();
    expect(hostsOf('test')).toHaveLength(1);
    ctx.invalidate('a newer copy started');
    expect(hostsOf('test')).toHaveLength(0);
  });
});

describe('createScriptContext', () => {
  it('ends when its runtime is gone, on the next read of isValid, and runs its listeners once', () => {
    let alive = true;
    let ended = 0;
    ctx = createScriptContext(() => alive);
    ctx.onInvalidated(() => ended++);
    expect(ctx.isValid).toBe(true);
    alive = false;
    expect(ctx.isValid).toBe(false);
    expect(ctx.isValid).toBe(false);
    expect(ended).toBe(1);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('ignores every DOM event a page can dispatch, WXT’s “newer script started” among them', () => {
    ctx = createScriptContext(() => true);
    for (const name of ['wxt:content-script-started', 'x:crosscheck-page:wxt:content-script-started'])
      for (const target of [window, document]) target.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'crosscheck-page', messageId: 'forged' } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'crosscheck-page' }, '*');
    expect(ctx.isValid).toBe(true);
  });
});
