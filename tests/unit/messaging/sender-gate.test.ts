import { describe, expect, it, test } from 'vitest';
import { TAG_LABELS } from '../../../components/notes-state';
import { NOTE_TEXT_MESSAGES, noteMessages } from '../../../lib/messaging/note-messages';
import { createRouter, type Sender } from '../../../lib/messaging/router';
import { fromExtensionPage, onlyFrom } from '../../../lib/messaging/sender-gate';
import { createNoteHandlers } from '../../../lib/notes/handlers';
import { createNoteRepository } from '../../../lib/notes/repository';
import { freshDb, noteInput } from '../notes/fixtures';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const PAGE = 'https://news.example.com/story';
const isExtensionPage = fromExtensionPage(ORIGIN);

describe('fromExtensionPage', () => {
  test.each<[string, Sender, boolean]>([
    ['the popup', { url: `${ORIGIN}popup.html`, frameUrl: `${ORIGIN}popup.html` }, true],
    ['the note frame inside a page (the tab is the page, the document is ours)', { tabId: 1, url: PAGE, frameUrl: `${ORIGIN}note-frame.html` }, true],
    ["a page's content script", { tabId: 1, url: PAGE, frameUrl: PAGE }, false],
    ['a page whose address names the extension in its path', { tabId: 1, url: PAGE, frameUrl: `${PAGE}?next=${ORIGIN}` }, false],
    ["another extension's page", { frameUrl: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }, false],
    ['a sender without an address', { tabId: 1 }, false],
  ])('%s → %s', (_what, sender, expected) => {
    expect(isExtensionPage(sender)).toBe(expected);
  });
});

describe('what a content script may ask about notes', () => {
  const route = createRouter(noteMessages, onlyFrom(createNoteHandlers(createNoteRepository(freshDb('gate').db), Date.now, async () => ({ tag: TAG_LABELS, claim: () => undefined })), NOTE_TEXT_MESSAGES, isExtensionPage));
  const contentScript: Sender = { tabId: 3, url: PAGE, frameUrl: PAGE };
  const popup: Sender = { url: `${ORIGIN}popup.html`, frameUrl: `${ORIGIN}popup.html` };

  it('classes every notes message as carrying text or not (a new message must be placed here)', () => {
    const forPages = Object.keys(noteMessages).filter((t) => !(NOTE_TEXT_MESSAGES as readonly string[]).includes(t));
    expect(forPages.sort()).toEqual(['notes.anchorsForUrl', 'notes.countForUrl']);
  });

  test.each(NOTE_TEXT_MESSAGES.map((type) => [type]))('%s is refused to a content script', async (type) => {
    const payload = { 'notes.add': noteInput(PAGE, 'quote'), 'notes.listForUrl': { url: PAGE }, 'notes.search': {} }[type as string] ?? {};
    const answer = await route({ type, payload }, contentScript);
    // Refused by the gate, or by the schema first when the payload is not even well formed; never answered.
    expect(answer.ok).toBe(false);
  });

  it('answers the popup, and gives a content script where notes sit but not what they say', async () => {
    const added = await route({ type: 'notes.add', payload: noteInput(PAGE, 'the quote', { body: 'private words' }) }, popup);
    expect(added.ok).toBe(true);
    expect(await route({ type: 'notes.listForUrl', payload: { url: PAGE } }, contentScript)).toEqual({ ok: false, error: '"notes.listForUrl" is answered for Crosscheck\'s own pages only' });
    const anchors = await route({ type: 'notes.anchorsForUrl', payload: { url: PAGE } }, contentScript);
    expect(anchors.ok).toBe(true);
    expect(JSON.stringify(anchors)).not.toContain('private words');
    expect((anchors as { value: { anchors: { id: string; selectors: unknown }[] } }).value.anchors).toEqual([
      { id: expect.any(String), selectors: expect.objectContaining({ quote: expect.objectContaining({ exact: 'the quote' }) }) },
    ]);
  });
});
