// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesView } from '../../components/NotesView';
import { createNotesState, type NotesApi } from '../../components/notes-state';
import type { Note } from '../../lib/notes/types';
import { sampleNote } from '../unit/notes/fixtures';

const PAGE = 'https://news.example.com/story-1';
// Odd numbers are on PAGE (sampleNote puts note n on story-{n % 2}).
const NOTES = [1, 2, 3, 4, 5].map((n) => sampleNote(n, { body: `about ${n % 2 ? 'the venue' : 'the date'}` }));

function mount(importFile: NotesApi['importFile'] = async () => ({ added: 0, skipped: 0 })) {
  const api: NotesApi = {
    pageUrl: async () => PAGE,
    listForUrl: async (url) => NOTES.filter((n) => n.url === url),
    search: async (q) => NOTES.filter((n) => !q.text || n.body.includes(q.text) || n.quote.includes(q.text)).sort((a, b) => b.updatedAt - a.updatedAt),
    update: async (id) => NOTES.find((n) => n.id === id)!,
    remove: async (id) => NOTES.find((n) => n.id === id)!,
    restore: async (note: Note) => note,
    exportFile: async () => ({ filename: 'x.jsonld', mime: 'application/ld+json', content: '' }),
    importFile,
    pageStatus: async () => ({ placed: [], orphaned: [] }),
    scrollToNote: async () => ({ found: true }),
    persist: async () => true,
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<NotesView state={createNotesState()} api={api} claims={[]} />, root);
  return root;
}
const until = async (test: () => boolean, ms = 3000) => {
  for (const start = Date.now(); !test(); ) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const shownIds = (root: Element) => [...root.querySelectorAll('.cc-note-item')].map((li) => li.getAttribute('data-note-id'));
const idOf = (n: number) => sampleNote(n).id;
async function search(root: Element, text: string) {
  const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}
async function importText(root: Element, text: string) {
  const input = root.querySelector<HTMLInputElement>('.cc-import input[type="file"]')!;
  const file = new File([text], 'notes.jsonld', { type: 'application/ld+json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => (document.body.innerHTML = ''));

describe('My notes lists each note once, this page’s first', () => {
  it('shows this page’s notes, then the other pages’ notes, none twice', async () => {
    const root = mount();
    await until(() => root.querySelectorAll('.cc-note-item').length > 0);
    // This page's in their order on the page, then the rest, latest changed first.
    expect(shownIds(root)).toEqual([idOf(1), idOf(3), idOf(5), idOf(4), idOf(2)]);
    expect(new Set(shownIds(root)).size).toBe(NOTES.length);
  });

  it('filters this page’s notes with the search too', async () => {
    const root = mount();
    await until(() => root.querySelectorAll('.cc-note-item').length === NOTES.length);
    await search(root, 'the date');
    await until(() => root.querySelectorAll('.cc-note-item').length === 2);
    expect(shownIds(root)).toEqual([idOf(4), idOf(2)]);
    expect(root.textContent).toContain('No note on this page matches');
  });
});

describe('importing notes says what happened next to the button', () => {
  const besideButton = (root: Element) => root.querySelector('.cc-import')!.closest('.cc-note-files')!.querySelector('[aria-live]')!;

  it('says a file of no notes has none, not “Added 0, skipped 0”', async () => {
    const root = mount(async () => ({ added: 0, skipped: 0 }));
    await until(() => root.querySelectorAll('.cc-note-item').length > 0);
    await importText(root, '[]');
    await until(() => besideButton(root).textContent !== '');
    expect(besideButton(root).textContent).toBe('There are no notes in this file. Nothing was changed.');
  });

  it('says a file that is not JSON is not a notes file, and what to choose instead, with no parser’s words', async () => {
    const root = mount(async () => {
      throw new Error('Cannot import: the file is not JSON: Expected double-quoted property name in JSON at position 81 (line 3, column 5)');
    });
    await until(() => root.querySelectorAll('.cc-note-item').length > 0);
    await importText(root, '{ oops');
    await until(() => besideButton(root).textContent !== '');
    const said = besideButton(root).textContent!;
    expect(said).toMatch(/^This is not a notes file/);
    expect(said).toMatch(/Export all: JSON-LD/);
    expect(said).not.toMatch(/position|double-quoted/);
    expect(root.querySelector('.cc-notes-view > .cc-error')).toBeNull();
  });
});
