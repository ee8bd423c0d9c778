import { describe, expect, it, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createInjectHandlers } from '../../../entrypoints/background/inject-handlers';
import { FULL_SCRIPT, contentMessages } from '../../../lib/messaging/content-messages';
import { createRouter } from '../../../lib/messaging/router';

function setup() {
  const executeScript = vi.fn(async () => []);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return { executeScript, route: createRouter(contentMessages, createInjectHandlers()) };
}

describe('content.loadFull', () => {
  it('injects the full script into the frame that asked, and only that frame', async () => {
    const { executeScript, route } = setup();
    expect(await route({ type: 'content.loadFull', payload: {} }, { tabId: 7, frameId: 3 })).toEqual({ ok: true, value: { injected: true } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [FULL_SCRIPT] });
  });

  it('refuses a sender without a tab (an extension page has nothing to inject into)', async () => {
    const { executeScript, route } = setup();
    const answer = await route({ type: 'content.loadFull', payload: {} }, {});
    expect(answer).toEqual({ ok: false, error: 'Only a page can ask for the full content script' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test.each([
    ['a file to inject', { files: ['evil.js'] }, /^Invalid "content\.loadFull" message: \(root\): Unrecognized key: "files"$/],
    ['a payload that is not an object', 'all', /^Invalid "content\.loadFull" message: \(root\): Invalid input: expected object, received string$/],
    ['no payload', undefined, /^Invalid "content\.loadFull" message: /],
  ])('rejects %s without injecting anything', async (_name, payload, error) => {
    const { executeScript, route } = setup();
    const answer = await route({ type: 'content.loadFull', payload }, { tabId: 7, frameId: 0 });
    expect(answer.ok ? '' : answer.error).toMatch(error);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('passes an injection failure on (a page the browser does not let extensions script)', async () => {
    const { executeScript, route } = setup();
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    expect(await route({ type: 'content.loadFull', payload: {} }, { tabId: 7, frameId: 0 })).toEqual({ ok: false, error: 'Cannot access contents of the page.' });
  });
});
