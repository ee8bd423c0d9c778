import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { openWelcomeOnInstall, WELCOME_PAGE } from '../../../entrypoints/background/welcome';

describe('the welcome page on first run', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['install', 1],
    ['update', 0],
    ['chrome_update', 0],
    ['shared_module_update', 0],
  ] as const)('on %s opens it %i time(s)', async (reason, opened) => {
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: reason as never, temporary: false });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((t) => t.url === fakeBrowser.runtime.getURL(WELCOME_PAGE))).toHaveLength(opened);
  });
});

describe('the welcome page is shown once per profile', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a second "install" on a profile that has seen it (Chromium, a command-line extension at start) opens nothing', async () => {
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((t) => t.url === fakeBrowser.runtime.getURL(WELCOME_PAGE))).toHaveLength(1);
  });
});
