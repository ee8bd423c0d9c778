// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesView } from '../../components/NotesView';
import { createNotesState, type NotesApi } from '../../components/notes-state';
import type { Note } from '../../lib/notes/types';
import { freshDb, sampleNote } from '../unit/notes/fixtures';
import { createNoteRepository } from '../../lib/notes/repository';

const PAGE = 'https://news.example.com/story-1';
// Odd numbers are on PAGE (sampleNote puts note n on story-{n % 2}).
const NOTES = [1, 2, 3, 4, 5].map((n) => sampleNote(n, { body: `about ${n % 2 ? 'the venue' : 'the date'}` }));

function mount(importFile: NotesApi['importFile'] = async () => ({ added: 0, skipped: 0 })) {
  const api: NotesApi = {
    pageUrl: async () => PAGE,
    listForUrl: async (url) => NOTES.filter((n) => n.url === url),
    search: async (q) => {
      const all = NOTES.filter((n) => n.url !== q.excludeUrl && (!q.text || n.body.includes(q.text) || n.quote.includes(q.text))).sort((a, b) => b.updatedAt - a.updatedAt);
      return { notes: all.slice(0, q.limit), total: all.length };
    },
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

describe('a long list of notes opens a page at a time', () => {
  async function mountMany(others: number) {
    const { db } = freshDb(`many-${others}`);
    const repo = createNoteRepository(db);
    await repo.importMany([
      ...Array.from({ length: others }, (_, i) => sampleNote(100 + i, { url: `https://elsewhere.example/${i}`, updatedAt: 10_000 + i, body: i % 2 ? 'odd one' : 'even one' })),
      sampleNote(1, { url: PAGE, body: 'here, odd one' }),
      sampleNote(3, { url: PAGE, body: 'here, other' }),
    ]);
    const searched: unknown[] = [];
    const api = {
      pageUrl: async () => PAGE,
      listForUrl: (url: string) => repo.listForUrl(url),
      search: (q: Parameters<NotesApi['search']>[0]) => (searched.push(q), repo.find(q)),
      pageStatus: async () => ({ placed: [], orphaned: [] }),
      persist: async () => true,
    } as unknown as NotesApi;
    const root = document.createElement('div');
    document.body.append(root);
    render(<NotesView state={createNotesState()} api={api} claims={[]} />, root);
    return { root, searched };
  }
  const more = (root: Element) => [...root.querySelectorAll('button')].find((b) => /^Show \d+ more$/.test(b.textContent!));

  it('shows this page’s notes and the first 50 others, then 50 more on request, and says how many there are', async () => {
    const { root, searched } = await mountMany(120);
    await until(() => shownIds(root).length === 52);
    expect(root.textContent).toContain('Showing 50 of 120.');
    // The newest edit first; this page's notes are not asked for again.
    expect(shownIds(root).slice(2, 4)).toEqual([sampleNote(219).id, sampleNote(218).id]);
    expect(searched[0]).toEqual({ limit: 50, excludeUrl: PAGE });
    more(root)!.click();
    await until(() => shownIds(root).length === 102);
    expect(root.textContent).toContain('Showing 100 of 120.');
    more(root)!.click();
    await until(() => shownIds(root).length === 122);
    expect(more(root)).toBeUndefined();
    expect(new Set(shownIds(root)).size).toBe(122);
  });

  it('a search narrows both lists with one test, and starts again at the first 50', async () => {
    const { root } = await mountMany(120);
    await until(() => shownIds(root).length === 52);
    more(root)!.click();
    await until(() => shownIds(root).length === 102);
    await search(root, 'ODD ONE');
    await until(() => root.textContent!.includes('Showing 50 of 60.'));
    expect(shownIds(root)[0]).toBe(sampleNote(1).id);
    expect(shownIds(root)).toHaveLength(51);
  });
});
