import { describe, expect, it, test } from 'vitest';
import { NoteNotFoundError, NoteValidationError, createNoteRepository } from '../../../lib/notes/repository';
import { clock, freshDb, idFactory, noteInput, sampleNote } from './fixtures';

function setup(label: string) {
  const { db } = freshDb(label);
  return createNoteRepository(db, { now: clock(), newId: idFactory() });
}

const PAGE = 'https://news.example.com/baku?utm_source=x#section-2';
const PAGE_NORMALISED = 'https://news.example.com/baku';

describe('note repository', () => {
  it('adds a note with id, normalised url, quote and timestamps', async () => {
    const repo = setup('add');
    const note = await repo.add(noteInput(PAGE, 'the talks were technical', { tag: 'dispute', body: 'Other accounts differ.' }));
    expect(note).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      url: PAGE_NORMALISED,
      quote: 'the talks were technical',
      tag: 'dispute',
      claimId: null,
      body: 'Other accounts differ.',
    });
    expect(note.updatedAt).toBe(note.createdAt);
    expect(await repo.get(note.id)).toEqual(note);
  });

  test.each([
    ['an empty quote', noteInput(PAGE, '   '), /selectors\.quote\.exact: the quote is empty/],
    ['a javascript: page', noteInput('javascript:alert(1)', 'x'), /url: must be an http\(s\) page address/],
    ['an unknown tag', noteInput(PAGE, 'x', { tag: 'maybe' as never }), /tag:/],
    ['a huge body', noteInput(PAGE, 'x', { body: 'a'.repeat(10_001) }), /body: a note can be at most 10000 characters/],
    ['an unknown field', { ...noteInput(PAGE, 'x'), colour: 'red' }, /Unrecognized key/],
  ])('refuses %s with a message naming the field', async (_name, input, message) => {
    const repo = setup('invalid');
    const error = await repo.add(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoteValidationError);
    expect((error as Error).message).toMatch(/^Cannot save the note: /);
    expect((error as Error).message).toMatch(message);
  });

  it('updates given fields only and bumps updatedAt', async () => {
    const repo = setup('update');
    const note = await repo.add(noteInput(PAGE, 'quoted words', { body: 'first', tag: 'agree' }));
    const changed = await repo.update(note.id, { body: 'second', tag: null });
    expect(changed).toEqual({ ...note, body: 'second', tag: null, updatedAt: note.updatedAt + 1000 });
  });

  it('moves the quote with re-anchored selectors', async () => {
    const repo = setup('reanchor');
    const note = await repo.add(noteInput(PAGE, 'old words'));
    const selectors = noteInput(PAGE, 'new words', {}, 40).selectors;
    const changed = await repo.update(note.id, { selectors });
    expect(changed.quote).toBe('new words');
    expect(changed.selectors.position.start).toBe(40);
  });

  it('reports a missing note on update and remove', async () => {
    const repo = setup('missing');
    await expect(repo.update('00000000-0000-4000-8000-000000000099', { body: 'x' })).rejects.toBeInstanceOf(NoteNotFoundError);
    await expect(repo.remove('00000000-0000-4000-8000-000000000099')).rejects.toThrow(/No note with id/);
  });

  it('removes a note and restores it exactly (undo)', async () => {
    const repo = setup('undo');
    const note = await repo.add(noteInput(PAGE, 'to be removed', { claimId: 'claim-1' }));
    const removed = await repo.remove(note.id);
    expect(removed).toEqual(note);
    expect(await repo.all()).toEqual([]);
    await repo.restore(removed);
    expect(await repo.all()).toEqual([note]);
  });

  it('lists notes for a page in reading order, whatever form of its URL is given', async () => {
    const repo = setup('list');
    await repo.add(noteInput(PAGE, 'second passage', {}, 200));
    await repo.add(noteInput(PAGE_NORMALISED, 'first passage', {}, 5));
    await repo.add(noteInput('https://news.example.com/other', 'elsewhere'));
    const listed = await repo.listForUrl('https://NEWS.example.com/baku?fbclid=abc');
    expect(listed.map((n) => n.quote)).toEqual(['first passage', 'second passage']);
  });

  describe('search', () => {
    async function seeded() {
      const repo = setup('search');
      await repo.add(noteInput('https://www.nytimes.com/a', 'Minister denies meeting', { tag: 'dispute', claimId: 'meeting' }));
      await repo.add(noteInput('https://nytimes.com/b', 'Talks were technical', { body: 'AFP says the MINISTER attended' }));
      await repo.add(noteInput('https://nytimesmagazine.com/c', 'minister quoted', { tag: 'agree' }));
      await repo.add(noteInput('https://bbc.co.uk/d', 'Border understanding', { tag: 'dispute', claimId: 'border' }));
      return repo;
    }

    test.each([
      ['text in quote or body, any case', { text: 'minister' }, ['minister quoted', 'Talks were technical', 'Minister denies meeting']],
      ['a site, including subdomains', { site: 'nytimes.com' }, ['Talks were technical', 'Minister denies meeting']],
      ['a site given as a URL', { site: 'https://www.bbc.co.uk/news' }, ['Border understanding']],
      ['a tag', { tag: 'dispute' as const }, ['Border understanding', 'Minister denies meeting']],
      ['a claim', { claimId: 'border' }, ['Border understanding']],
      ['tag and text together', { tag: 'dispute' as const, text: 'MINISTER' }, ['Minister denies meeting']],
      ['site and text together', { site: 'nytimes.com', text: 'technical' }, ['Talks were technical']],
      ['nothing (all notes, newest first)', {}, ['Border understanding', 'minister quoted', 'Talks were technical', 'Minister denies meeting']],
      ['text that matches nothing', { text: 'ceasefire' }, []],
    ])('finds notes by %s', async (_name, query, quotes) => {
      const repo = await seeded();
      expect((await repo.search(query)).map((n) => n.quote)).toEqual(quotes);
    });

    it('refuses unknown filters', async () => {
      const repo = await seeded();
      await expect(repo.search({ colour: 'red' } as never)).rejects.toThrow(/Cannot search: .*Unrecognized key/);
    });
  });

  describe('importMany', () => {
    it('adds new notes and skips ids already present or repeated', async () => {
      const repo = setup('import');
      await repo.importMany([sampleNote(1)]);
      const result = await repo.importMany([sampleNote(1), sampleNote(2), sampleNote(3), sampleNote(2)]);
      expect(result).toEqual({ added: 2, skipped: 2 });
      expect((await repo.all()).map((n) => n.id).sort()).toEqual([1, 2, 3].map((n) => sampleNote(n).id));
      expect(await repo.get(sampleNote(2).id)).toEqual(sampleNote(2));
    });

    it('applies nothing when one note is invalid', async () => {
      const repo = setup('import-invalid');
      const bad = { ...sampleNote(2), quote: 'not the selector text' };
      await expect(repo.importMany([sampleNote(1), bad])).rejects.toThrow(/Cannot import note 2: quote: quote must equal/);
      expect(await repo.all()).toEqual([]);
    });
  });
});
