import { describe, expect, it } from 'vitest';
import {
  FrameTokenError,
  OPEN_FOR_MS,
  TAKE_WITHIN_MS,
  createFrameSessions,
  randomToken,
  storageAreaStore,
  type FrameDraft,
  type SessionArea,
} from '../../../lib/notes/frame-sessions';

/** A storage area in memory, shaped like `browser.storage.session`. */
function memoryArea(): SessionArea & { keys(): string[] } {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (more) => void Object.entries(more).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (key) => void items.delete(key),
    keys: () => [...items.keys()],
  };
}

const DRAFT: FrameDraft = { kind: 'note', id: '00000000-0000-4000-8000-000000000001' };
const TAB = 7;
const FRAME = { tabId: TAB, frameId: 3 };

function setup() {
  let t = 1_000_000;
  const area = memoryArea();
  let n = 0;
  const sessions = createFrameSessions({ store: storageAreaStore(area), now: () => t, newToken: () => `token-${++n}` });
  return { sessions, area, advance: (ms: number) => (t += ms) };
}

describe('note-frame tokens', () => {
  it('are 256 random bits in 43 base64url characters, different each time', () => {
    const tokens = Array.from({ length: 50 }, randomToken);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(50);
  });

  it('give the draft once, to a frame in the tab it was opened for', async () => {
    const { sessions } = setup();
    const token = await sessions.open(DRAFT, TAB);
    expect(await sessions.take(token, FRAME)).toEqual(DRAFT);
  });

  it('refuse a token nobody opened', async () => {
    const { sessions } = setup();
    await expect(sessions.take('token-404', FRAME)).rejects.toThrow(FrameTokenError);
    await expect(sessions.take('token-404', FRAME)).rejects.toThrow(/not valid .*open the note again/);
  });

  it('refuse a token taken already, even by the same frame', async () => {
    const { sessions } = setup();
    const token = await sessions.open(DRAFT, TAB);
    await sessions.take(token, FRAME);
    await expect(sessions.take(token, FRAME)).rejects.toThrow(/already used/);
    await expect(sessions.take(token, { tabId: TAB, frameId: 9 })).rejects.toThrow(FrameTokenError);
  });

  it('give a token taken twice at once to one frame only', async () => {
    const { sessions } = setup();
    const token = await sessions.open(DRAFT, TAB);
    const results = await Promise.allSettled([sessions.take(token, FRAME), sessions.take(token, { tabId: TAB, frameId: 4 })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('refuse a token not taken within a minute, and forget it', async () => {
    const { sessions, area, advance } = setup();
    const token = await sessions.open(DRAFT, TAB);
    advance(TAKE_WITHIN_MS);
    await expect(sessions.take(token, FRAME)).rejects.toThrow(/expired/);
    expect(area.keys()).toEqual([]);
  });

  it('refuse a frame in another tab', async () => {
    const { sessions } = setup();
    const token = await sessions.open(DRAFT, TAB);
    await expect(sessions.take(token, { tabId: TAB + 1, frameId: 3 })).rejects.toThrow(FrameTokenError);
    // The token is not spent by the refusal: the right frame still gets it.
    expect(await sessions.take(token, FRAME)).toEqual(DRAFT);
  });

  it('let only the frame that took the token save, until the session ends', async () => {
    const { sessions } = setup();
    const token = await sessions.open(DRAFT, TAB);
    await expect(sessions.ofFrame(token, FRAME)).rejects.toThrow(FrameTokenError); // not taken yet
    await sessions.take(token, FRAME);
    expect(await sessions.ofFrame(token, FRAME)).toEqual(DRAFT);
    await expect(sessions.ofFrame(token, { tabId: TAB, frameId: 4 })).rejects.toThrow(FrameTokenError);
    await sessions.end(token);
    await expect(sessions.ofFrame(token, FRAME)).rejects.toThrow(FrameTokenError);
  });

  it('keep a taken session open for writing for two hours, not longer', async () => {
    const { sessions, advance } = setup();
    const token = await sessions.open(DRAFT, TAB);
    await sessions.take(token, FRAME);
    advance(OPEN_FOR_MS - 1);
    expect(await sessions.ofFrame(token, FRAME)).toEqual(DRAFT);
    advance(1);
    await expect(sessions.ofFrame(token, FRAME)).rejects.toThrow(/expired\. Copy your text/);
  });

  it('drop expired sessions when a new one opens', async () => {
    const { sessions, area, advance } = setup();
    await sessions.open(DRAFT, TAB);
    await sessions.open(DRAFT, TAB);
    advance(TAKE_WITHIN_MS);
    const fresh = await sessions.open(DRAFT, TAB);
    expect(area.keys()).toEqual([`noteFrame:${fresh}`]);
  });

  it('go on after a failed operation (one refusal does not block the queue)', async () => {
    const { sessions } = setup();
    await expect(sessions.take('nope', FRAME)).rejects.toThrow();
    const token = await sessions.open(DRAFT, TAB);
    expect(await sessions.take(token, FRAME)).toEqual(DRAFT);
  });
});
