// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, test } from 'vitest';
import { saveErrorText } from '../../components/NoteEditor';
import { NoteFrame, type NoteFrameApi } from '../../components/NoteFrame';
import type { FrameView, NoteFields } from '../../lib/messaging/note-frame-messages';

const CLAIMS = [{ id: 'c-1', question: 'Did they meet?' }];
const NEW: FrameView = { kind: 'new', quote: 'the two delegations met', claims: CLAIMS };
const SHOWN: FrameView = { kind: 'note', quote: 'the two delegations met', note: { body: 'ask AFP', tag: 'dispute', claimId: 'c-1' }, claims: CLAIMS };

function mount(view: FrameView, save: (note: NoteFields) => Promise<void> = async () => undefined) {
  const events: string[] = [];
  const saved: NoteFields[] = [];
  const api: NoteFrameApi = {
    save: async (note) => (saved.push(note), save(note)),
    close: (wasSaved) => void events.push(wasSaved ? 'close:saved' : 'close'),
    editing: () => void events.push('editing'),
  };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<NoteFrame view={view} api={api} />, root));
  return { root, events, saved };
}
const key = (target: Element, init: KeyboardEventInit) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));
const type = (area: HTMLTextAreaElement, text: string) => act(() => ((area.value = text), void area.dispatchEvent(new Event('input', { bubbles: true }))));
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the note frame', () => {
  it('opens a new note on an editor with the body focused', () => {
    const { root } = mount(NEW);
    expect(root.querySelector('h1')!.textContent).toBe('Add a note');
    expect(root.querySelector('.cc-note-quote')!.textContent).toBe('the two delegations met');
    expect(document.activeElement).toBe(root.querySelector('textarea'));
  });

  it('starts "About claim" at the claim of the passage selected, and saves the note with it', async () => {
    const { root, saved } = mount({ ...NEW, claimId: 'c-1' });
    const about = root.querySelectorAll('select')[1]!;
    expect(about.value).toBe('c-1');
    key(root.querySelector('textarea')!, { key: 'Enter', ctrlKey: true });
    await settle();
    expect(saved).toEqual([{ body: '', tag: null, claimId: 'c-1' }]);
  });

  it('saves with Ctrl+Enter (and ⌘+Enter), then asks to be closed as saved', async () => {
    for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
      const { root, events, saved } = mount(NEW);
      type(root.querySelector('textarea')!, 'check the count');
      key(root.querySelector('textarea')!, { key: 'Enter', ...mod });
      await settle();
      expect(saved).toEqual([{ body: 'check the count', tag: null, claimId: null }]);
      expect(events).toEqual(['close:saved']);
      document.body.innerHTML = '';
    }
  });

  it('closes on Escape without saving', () => {
    const { root, events, saved } = mount(NEW);
    key(root.querySelector('textarea')!, { key: 'Escape' });
    expect(events).toEqual(['close']);
    expect(saved).toEqual([]);
  });

  it('shows a failed save in words, keeps the text, and stays open', async () => {
    const { root, events } = mount(NEW, async () => {
      throw new Error('Invalid "noteFrame.save" message: note.body: a note can be at most 10000 characters; shorten it or split it in two');
    });
    type(root.querySelector('textarea')!, 'x');
    key(root.querySelector('textarea')!, { key: 'Enter', ctrlKey: true });
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not save the note: a note can be at most 10000 characters; shorten it or split it in two');
    expect(root.querySelector('textarea')!.value).toBe('x');
    expect(events).toEqual([]);
  });

  it('shows a note with its tag and claim; Edit turns it into the editor with the text kept', () => {
    const { root, events } = mount(SHOWN);
    expect(root.querySelector('.cc-note-card__body')!.textContent).toBe('ask AFP');
    expect(root.querySelector('.cc-note-tag')!.textContent).toBe('Dispute');
    expect(root.querySelector('.cc-note-card__claim')!.textContent).toBe('About: Did they meet?');
    act(() => (root.querySelector<HTMLButtonElement>('button.cc-note-save')!).click());
    expect(events).toEqual(['editing']);
    expect(root.querySelector('h1')!.textContent).toBe('Edit your note');
    expect(root.querySelector('textarea')!.value).toBe('ask AFP');
    expect(document.activeElement).toBe(root.querySelector('textarea'));
  });

  it('closes a shown note on Escape from anywhere in the frame', () => {
    const { events } = mount(SHOWN);
    key(document.body, { key: 'Escape' });
    expect(events).toEqual(['close']);
  });
});

describe('saveErrorText', () => {
  test.each([
    ['Cannot save the note: selectors.quote.exact: the quote is empty; select some text first', 'Could not save the note: the quote is empty; select some text first'],
    ['This note window has expired. Copy your text, close the window (Esc) and open the note again.', 'Could not save the note: This note window has expired. Copy your text, close the window (Esc) and open the note again.'],
    ['Extension context invalidated.', 'Could not save the note: Crosscheck was reloaded or updated. Copy your text, reload the page and add the note again.'],
    ['Could not establish connection. Receiving end does not exist.', 'Could not save the note: Crosscheck was reloaded or updated. Copy your text, reload the page and add the note again.'],
  ])('%s', (message, expected) => {
    expect(saveErrorText(new Error(message))).toBe(expected);
  });
});
