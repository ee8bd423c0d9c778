// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lazyShadowUi } from '../../entrypoints/crosscheck-page/mount-shadow-ui';

let ctx: ContentScriptContext;
afterEach(() => ctx?.abort());

describe('lazyShadowUi', () => {
  it('creates nothing until first asked', () => {
    ctx = new ContentScriptContext('test');
    const ui = lazyShadowUi(ctx, 'crosscheck-test');
    expect(ui.current()).toBeNull();
    expect(document.querySelector('crosscheck-test')).toBeNull();
  });

  it('mounts one closed shadow root at the end of <html>, even for two callers at once', async () => {
    ctx = new ContentScriptContext('test');
    let setups = 0;
    const ui = lazyShadowUi(ctx, 'crosscheck-test', (wrap) => {
      setups++;
      wrap.textContent = 'card';
    });
    const [a, b] = await Promise.all([ui.get(), ui.get()]);
    expect(a).toBe(b);
    expect(setups).toBe(1);
    const hosts = document.querySelectorAll('crosscheck-test');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(hosts[0]!.shadowRoot).toBeNull(); // closed: page scripts cannot reach the card
    expect(hosts[0]!.hasAttribute('data-crosscheck-ui')).toBe(true);
    expect(ui.current()).toBe(a);
    expect(a.textContent).toBe('card');
  });

  it('removes the UI when the extension context goes away', async () => {
    ctx = new ContentScriptContext('test');
    await lazyShadowUi(ctx, 'crosscheck-test').get();
    expect(document.querySelector('crosscheck-test')).not.toBeNull();
    ctx.abort();
    expect(document.querySelector('crosscheck-test')).toBeNull();
  });
});
