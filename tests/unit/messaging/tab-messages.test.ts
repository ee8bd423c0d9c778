import { describe, expect, it, test } from 'vitest';
import { createClient } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/router';
import { tabMessages, type PageState } from '../../../lib/messaging/tab-messages';

// This file imports only zod/mini schemas (what the content script bundles), so the messages below
// are the ones a page's router really answers with.

const STATE: PageState = { url: 'https://news.example/a', title: 'A', enabled: true, aboutStory: false, checking: false, visible: true, passages: [], error: null };
const jump = () => ({ index: 0, total: 1 });

function setup() {
  return createRouter(tabMessages(), {
    'page.state': () => STATE,
    'page.scrollToClaim': jump,
    'page.nextFlagged': jump,
    'page.setVisible': ({ visible }) => ({ visible: visible ?? false }),
    'page.addNote': () => ({ opened: false }),
    'page.scrollToNote': () => ({ found: false }),
    'page.notesChanged': () => ({ placed: [], orphaned: [] }),
  });
}

describe('tab messages through the content script router', () => {
  test.each([
    ['a payload that is not an object', { type: 'page.state', payload: 'x' }, /^Invalid "page\.state" message: \(root\): Invalid input: expected object, received string$/],
    ['an unknown field', { type: 'page.nextFlagged', payload: { all: true } }, /^Invalid "page\.nextFlagged" message: \(root\): Unrecognized key: "all"$/],
    ['a wrong field type', { type: 'page.setVisible', payload: { visible: 'yes' } }, /^Invalid "page\.setVisible" message: visible: Invalid input: expected boolean, received string$/],
    ['an overlong claim id', { type: 'page.scrollToClaim', payload: { claim: 'x'.repeat(101) } }, /claim: Too big: expected string to have <=100 characters/],
    ['a note id that is not a UUID', { type: 'page.scrollToNote', payload: { id: '../../x' } }, /id: Invalid UUID/],
    ['an unknown message type', { type: 'page.eval', payload: {} }, /^Unknown message type "page\.eval"$/],
    ['an envelope without a type', { payload: {} }, /^Malformed message: type: Invalid input: expected string, received undefined$/],
    ['an envelope with extra keys', { type: 'page.state', payload: {}, code: 'alert(1)' }, /^Malformed message: \(root\): Unrecognized key: "code"$/],
    ['an empty type', { type: '', payload: {} }, /^Malformed message: type: Too small/],
    ['no message at all', undefined, /^Malformed message: \(root\): Invalid input: expected object, received undefined$/],
  ])('rejects %s with a clear error', async (_name, message, error) => {
    const answer = await setup()(message);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error).toMatch(error);
  });

  it('answers a well-formed message', async () => {
    expect(await setup()({ type: 'page.setVisible', payload: { visible: true } })).toEqual({ ok: true, value: { visible: true } });
  });

  it('lets the popup client check the answer with the same schemas', async () => {
    const router = setup();
    const request = createClient(tabMessages(), (m) => router(m));
    expect(await request('page.state', {})).toEqual(STATE);
    const lying = createClient(tabMessages(), async () => ({ ok: true, value: { ...STATE, passages: [{ start: -1 }] } }));
    await expect(lying('page.state', {})).rejects.toThrow(/expected/);
  });
});
