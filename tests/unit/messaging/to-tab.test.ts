import { describe, expect, it } from 'vitest';
import { isNoReceiver, sendToTab, type TabTransport } from '../../../lib/messaging/to-tab';

/** A tab whose full script is missing until injected; `failInject` stands for a page that is off limits. */
function fakeTab({ present = false, failInject = false, sendError = null as string | null } = {}) {
  const log: string[] = [];
  const transport: TabTransport = {
    send: async (tabId, message) => {
      log.push(`send ${tabId}`);
      if (sendError) throw new Error(sendError);
      if (!present) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, value: message };
    },
    inject: async (tabId) => {
      log.push(`inject ${tabId}`);
      if (failInject) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      present = true;
    },
  };
  return { transport, log };
}

describe('sendToTab', () => {
  it('sends once when the full script answers', async () => {
    const { transport, log } = fakeTab({ present: true });
    expect(await sendToTab(transport, 7, { type: 'page.state' })).toEqual({ ok: true, value: { type: 'page.state' } });
    expect(log).toEqual(['send 7']);
  });

  it('injects the full script when no one answers, then sends again', async () => {
    const { transport, log } = fakeTab();
    expect(await sendToTab(transport, 7, { type: 'page.state' })).toMatchObject({ ok: true });
    expect(log).toEqual(['send 7', 'inject 7', 'send 7']);
  });

  it('passes on the reason when the page is off limits, without sending again', async () => {
    const { transport, log } = fakeTab({ failInject: true });
    await expect(sendToTab(transport, 7, {})).rejects.toThrow(/Cannot access contents of the page/);
    expect(log).toEqual(['send 7', 'inject 7']);
  });

  it('does not inject on other errors (a closed tab)', async () => {
    const { transport, log } = fakeTab({ sendError: 'No tab with id: 7.' });
    await expect(sendToTab(transport, 7, {})).rejects.toThrow('No tab with id: 7.');
    expect(log).toEqual(['send 7']);
  });
});

describe('isNoReceiver', () => {
  it.each([
    ['Could not establish connection. Receiving end does not exist.', true],
    [new Error('Could not establish connection. Receiving end does not exist.'), true],
    ['No tab with id: 3.', false],
    ['The message port closed before a response was received.', false],
  ])('%s → %s', (err, expected) => expect(isNoReceiver(err)).toBe(expected));
});
