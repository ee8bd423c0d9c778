import { describe, expect, it, test } from 'vitest';
import { acceptToken, offerToken, readFrameEvent } from '../../../lib/messaging/frame-handshake';

describe('readFrameEvent', () => {
  test.each([
    [{ type: 'size', height: 212.5 }, { type: 'size', height: 212.5 }],
    [{ type: 'size', height: -1 }, null],
    [{ type: 'size', height: 'tall' }, null],
    [{ type: 'close', saved: true }, { type: 'close', saved: true }],
    [{ type: 'close', saved: 'yes' }, { type: 'close', saved: false }],
    [{ type: 'editing', body: 'ignored' }, { type: 'editing' }],
    [{ type: 'failed' }, { type: 'failed' }],
    [{ type: 'note', body: 'text' }, null],
    ['close', null],
    [null, null],
  ])('%j → %j', (data, expected) => {
    expect(readFrameEvent(data)).toEqual(expected);
  });
});

/** A window whose parent posts to it, as the page or the content script would. */
function frameWindow() {
  const parent = {};
  const target = new EventTarget() as EventTarget & { parent: unknown };
  target.parent = parent;
  const post = (data: unknown, from: unknown = parent) => {
    const channel = new MessageChannel();
    // Node's MessageEvent takes only a MessagePort as source; a window is what a browser gives.
    const event = Object.defineProperties(new Event('message'), { data: { value: data }, source: { value: from }, ports: { value: [channel.port2] } });
    target.dispatchEvent(event);
    return channel.port1;
  };
  return { win: target as unknown as Window, post };
}
const nextMessage = (port: MessagePort) => new Promise((resolve) => (port.onmessage = (e) => resolve(e.data)));

describe('the token handshake', () => {
  it('offers the token to the window, for the extension origin only, with a port', () => {
    const sent: unknown[][] = [];
    const port = offerToken({ postMessage: (...args: unknown[]) => sent.push(args) } as unknown as Window, 'chrome-extension://id', 'tok');
    expect(sent[0]![0]).toEqual({ crosscheckNoteToken: 'tok' });
    expect(sent[0]![1]).toBe('chrome-extension://id');
    expect(sent[0]![2]).toHaveLength(1);
    port.close();
  });

  it('takes the parent\'s token and keeps its port', async () => {
    const { win, post } = frameWindow();
    const accepted = acceptToken(win, async (token) => (token === 'good' ? { kind: 'new' } : Promise.reject(new Error('no'))));
    const ours = post({ crosscheckNoteToken: 'good' });
    const { token, value, port } = await accepted;
    expect({ token, value }).toEqual({ token: 'good', value: { kind: 'new' } });
    port.postMessage({ type: 'editing' });
    expect(await nextMessage(ours)).toEqual({ type: 'editing' });
  });

  it('answers a made-up token (the page posting first) with failed, and still takes the real one after it', async () => {
    const { win, post } = frameWindow();
    const accepted = acceptToken(win, async (token) => (token === 'good' ? 'draft' : Promise.reject(new Error('unknown token'))));
    const pages = post({ crosscheckNoteToken: 'made-up' });
    expect(await nextMessage(pages)).toEqual({ type: 'failed' });
    post({ crosscheckNoteToken: 'good' });
    expect((await accepted).value).toBe('draft');
  });

  it('ignores messages from anything but its parent, and messages without a token', async () => {
    const { win, post } = frameWindow();
    const asked: string[] = [];
    void acceptToken(win, async (token) => void asked.push(token));
    post({ crosscheckNoteToken: 'from-a-child' }, {});
    post({ hello: 1 });
    post('crosscheckNoteToken');
    await new Promise((r) => setTimeout(r, 10));
    expect(asked).toEqual([]);
  });

  it('stops listening after five offers', async () => {
    const { win, post } = frameWindow();
    const asked: string[] = [];
    void acceptToken(win, async (token) => (asked.push(token), Promise.reject(new Error('no'))));
    for (let i = 0; i < 8; i++) post({ crosscheckNoteToken: `t${i}` });
    await new Promise((r) => setTimeout(r, 10));
    expect(asked).toEqual(['t0', 't1', 't2', 't3', 't4']);
  });
});
