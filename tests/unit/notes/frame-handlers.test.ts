import { describe, expect, it, test } from 'vitest';
import { noteFrameMessages } from '../../../lib/messaging/note-frame-messages';
import { createRouter, type Sender } from '../../../lib/messaging/router';
import { fromExtensionPage } from '../../../lib/messaging/sender-gate';
import { createNoteFrameHandlers } from '../../../lib/notes/frame-handlers';
import { createFrameSessions, storageAreaStore, type SessionArea } from '../../../lib/notes/frame-sessions';
import { createNoteRepository } from '../../../lib/notes/repository';
import { describeQuote } from '../../../lib/notes/selectors';
import { clock, freshDb, idFactory } from './fixtures';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const PAGE = 'https://news.example.com/story';
const TEXT = 'The two delegations met in the capital on Friday.';
const TAB = 11;
/** The page's content script: in the tab, the page's own address. */
const contentScript: Sender = { tabId: TAB, frameId: 0, url: PAGE, frameUrl: PAGE };
/** The note frame in that tab: the tab's address, but its own document is the extension's. */
const noteFrame: Sender = { tabId: TAB, frameId: 5, url: PAGE, frameUrl: `${ORIGIN}note-frame.html` };
const popup: Sender = { url: `${ORIGIN}popup.html`, frameUrl: `${ORIGIN}popup.html` };

function memoryArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (more) => void Object.entries(more).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (key) => void items.delete(key),
  };
}

function setup(label: string) {
  const repo = createNoteRepository(freshDb(label).db, { now: clock(), newId: idFactory() });
  const sessions = createFrameSessions({ store: storageAreaStore(memoryArea()) });
  const route = createRouter(
    noteFrameMessages,
    createNoteFrameHandlers({ sessions, repo, claims: async () => [{ id: 'c-1', question: 'Did they meet?' }], isExtensionPage: fromExtensionPage(ORIGIN) }),
  );
  const send = (type: string, payload: unknown, sender: Sender) => route({ type, payload }, sender);
  const ok = async (type: string, payload: unknown, sender: Sender) => {
    const answer = await send(type, payload, sender);
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as Record<string, unknown>;
  };
  return { repo, send, ok };
}

const draft = { url: PAGE, title: 'Story', selectors: describeQuote(TEXT, 4, 20) };
const note = (body: string) => ({ body, tag: 'dispute', claimId: 'c-1' });

describe('the note frame through the background', () => {
  it('a page opens a draft and gets a token only; its frame takes the quote and saves the note', async () => {
    const { repo, ok } = setup('frame-new');
    const opened = await ok('noteFrame.openDraft', draft, contentScript);
    expect(Object.keys(opened)).toEqual(['token']);
    expect(await ok('noteFrame.take', opened, noteFrame)).toEqual({ kind: 'new', quote: 'two delegations ', claims: [{ id: 'c-1', question: 'Did they meet?' }] });
    expect(await ok('noteFrame.save', { ...opened, note: note('ask AFP') }, noteFrame)).toEqual({ saved: true });
    const [saved] = await repo.listForUrl(PAGE);
    expect(saved).toMatchObject({ url: PAGE, title: 'Story', body: 'ask AFP', tag: 'dispute', claimId: 'c-1', quote: 'two delegations ' });
  });

  it('a draft on a passage highlighted for a claim starts at that claim; a claim of no pack that is on is not offered', async () => {
    const { ok } = setup('frame-claim');
    const opened = await ok('noteFrame.openDraft', { ...draft, claimId: 'c-1' }, contentScript);
    expect(await ok('noteFrame.take', opened, noteFrame)).toMatchObject({ kind: 'new', claimId: 'c-1' });
    const unknown = await ok('noteFrame.openDraft', { ...draft, claimId: 'c-9' }, contentScript);
    expect(await ok('noteFrame.take', unknown, noteFrame)).not.toHaveProperty('claimId');
  });

  it('shows an existing note to its frame, and saves the edit', async () => {
    const { repo, ok } = setup('frame-edit');
    const stored = await repo.add({ ...draft, body: 'first thoughts', tag: null, claimId: null });
    const opened = await ok('noteFrame.openNote', { id: stored.id }, contentScript);
    expect(await ok('noteFrame.take', opened, noteFrame)).toMatchObject({ kind: 'note', quote: stored.quote, note: { body: 'first thoughts', tag: null, claimId: null } });
    await ok('noteFrame.save', { ...opened, note: note('second thoughts') }, noteFrame);
    expect((await repo.get(stored.id))?.body).toBe('second thoughts');
  });

  it('saves once per token', async () => {
    const { send, ok } = setup('frame-once');
    const opened = await ok('noteFrame.openDraft', draft, contentScript);
    await ok('noteFrame.take', opened, noteFrame);
    await ok('noteFrame.save', { ...opened, note: note('a') }, noteFrame);
    expect(await send('noteFrame.save', { ...opened, note: note('b') }, noteFrame)).toMatchObject({ ok: false, error: expect.stringMatching(/not valid/) });
  });

  it('refuses an unknown token and a reused one', async () => {
    const { send, ok } = setup('frame-reuse');
    expect(await send('noteFrame.take', { token: 'x'.repeat(43) }, noteFrame)).toMatchObject({ ok: false, error: expect.stringMatching(/not valid/) });
    const opened = await ok('noteFrame.openDraft', draft, contentScript);
    await ok('noteFrame.take', opened, noteFrame);
    expect(await send('noteFrame.take', opened, noteFrame)).toMatchObject({ ok: false, error: expect.stringMatching(/already used/) });
  });

  test.each([
    ['the page asks for the draft itself (its content script)', 'noteFrame.take', contentScript, /Only Crosscheck's note window/],
    ['a frame in another tab', 'noteFrame.take', { ...noteFrame, tabId: TAB + 1 }, /not valid/],
    ['the popup (an extension page outside the tab)', 'noteFrame.take', popup, /Only Crosscheck's note window/],
  ])('refuses the token when %s', async (_what, type, sender, error) => {
    const { send, ok } = setup('frame-who');
    const opened = await ok('noteFrame.openDraft', draft, contentScript);
    expect(await send(type, opened, sender)).toMatchObject({ ok: false, error: expect.stringMatching(error) });
  });

  it('opens nothing for an extension page, nor a note of another page', async () => {
    const { repo, send } = setup('frame-open');
    expect(await send('noteFrame.openDraft', draft, noteFrame)).toMatchObject({ ok: false, error: expect.stringMatching(/Only a page's content script/) });
    const other = await repo.add({ ...draft, url: 'https://elsewhere.example.org/x' });
    expect(await send('noteFrame.openNote', { id: other.id }, contentScript)).toMatchObject({ ok: false, error: expect.stringMatching(/No note with id/) });
  });

  test.each([
    ['a token of the wrong shape', 'noteFrame.take', { token: 'short' }, /token: must be a note-frame token/],
    ['an extra field', 'noteFrame.take', { token: 'x'.repeat(43), url: PAGE }, /Unrecognized key: "url"/],
    ['no token', 'noteFrame.take', {}, /token: Invalid input/],
    ['a save without the note', 'noteFrame.save', { token: 'x'.repeat(43) }, /note: Invalid input/],
    ['a body over the limit', 'noteFrame.save', { token: 'x'.repeat(43), note: note('x'.repeat(10_001)) }, /note\.body: a note can be at most 10000 characters/],
    ['a draft on a non-web page', 'noteFrame.openDraft', { ...draft, url: 'file:///etc/passwd' }, /url: must be an http\(s\) page address/],
    ['a draft with note text in it', 'noteFrame.openDraft', { ...draft, body: 'smuggled' }, /Unrecognized key: "body"/],
    ['a note id that is not a UUID', 'noteFrame.openNote', { id: '1; DROP' }, /id: must be a note id/],
  ])('refuses %s before any handler runs', async (_what, type, payload, error) => {
    const { send } = setup('frame-shape');
    const answer = await send(type, payload, noteFrame);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect((answer as { error: string }).error).toMatch(new RegExp(`^Invalid "${type.replace('.', '\\.')}" message: `));
  });
});
