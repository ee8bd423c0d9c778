import { describe, expect, it } from 'vitest';
import { createNoteRepository } from '../../../lib/notes/repository';
import { noteTest } from '../../../lib/notes/note-matches';
import { clock, freshDb, idFactory, noteInput, sampleNote } from './fixtures';

function setup(label: string) {
  const { db } = freshDb(label);
  return { db, repo: createNoteRepository(db, { now: clock(), newId: idFactory() }) };
}
const PAGE = 'https://news.example.com/baku';

describe('finding notes a page at a time', () => {
  it('sends the first `limit` notes, newest edit first, and says how many match in all', async () => {
    const { repo } = setup('find-limit');
    await repo.importMany(Array.from({ length: 120 }, (_, i) => sampleNote(i + 1, { updatedAt: 1_000 + i, body: i % 3 ? 'venue' : 'date' })));
    const first = await repo.find({ limit: 50 });
    expect(first.total).toBe(120);
    expect(first.notes).toHaveLength(50);
    expect(first.notes.map((n) => n.updatedAt)).toEqual(Array.from({ length: 50 }, (_, i) => 1_119 - i));
    const dates = await repo.find({ text: 'DATE', limit: 10 });
    expect(dates.total).toBe(40);
    expect(dates.notes.every((n) => n.body === 'date')).toBe(true);
  });

  it('leaves out the page the view lists itself, whatever form its address is given in', async () => {
    const { repo } = setup('find-exclude');
    await repo.add(noteInput(`${PAGE}?utm_source=x#top`, 'on this page'));
    await repo.add(noteInput('https://news.example.com/other', 'elsewhere'));
    const found = await repo.find({ excludeUrl: `${PAGE}#section-2` });
    expect(found.notes.map((n) => n.quote)).toEqual(['elsewhere']);
    expect(found.total).toBe(1);
  });

  it('sees every write at once: add, edit, delete, restore and import', async () => {
    const { repo } = setup('find-writes');
    const count = async (text?: string) => (await repo.find(text ? { text } : {})).total;
    expect(await count()).toBe(0);
    const note = await repo.add(noteInput(PAGE, 'the talks', { body: 'first thought' }));
    expect(await count()).toBe(1);
    await repo.update(note.id, { body: 'second thought' });
    expect(await count('second')).toBe(1);
    expect(await count('first')).toBe(0);
    const removed = await repo.remove(note.id);
    expect(await count()).toBe(0);
    await repo.restore(removed);
    expect(await count('second')).toBe(1);
    await repo.importMany([sampleNote(7)]);
    expect(await count()).toBe(2);
  });

  it('a search begun before a write is not served again after it', async () => {
    const { repo } = setup('find-race');
    const before = repo.find({});
    const added = repo.add(noteInput(PAGE, 'written meanwhile'));
    await Promise.all([before, added]);
    expect((await repo.find({})).notes.map((n) => n.quote)).toEqual(['written meanwhile']);
  });

  it('opening with no filter gives the same page before the notes are all read as after', async () => {
    const { db, repo } = setup('find-cold');
    await repo.importMany([
      ...Array.from({ length: 80 }, (_, i) => sampleNote(i + 1, { url: `https://elsewhere.example/${i}`, updatedAt: 5_000 + ((i * 37) % 80) })),
      sampleNote(200, { url: PAGE, updatedAt: 9_999 }),
    ]);
    // A repository over the same database, as after the service worker restarts: nothing read yet.
    const cold = createNoteRepository(db);
    const first = await cold.find({ limit: 30, excludeUrl: PAGE });
    const warm = await cold.find({ limit: 30, excludeUrl: PAGE });
    expect(first).toEqual(warm);
    expect(first.total).toBe(80);
    expect(first.notes).toHaveLength(30);
    expect(first.notes[0]!.updatedAt).toBe(5_079);
  });

  it('refuses an unknown field or a limit out of range, in words', async () => {
    const { repo } = setup('find-invalid');
    await expect(repo.find({ limit: 0 })).rejects.toThrow(/^Cannot search: limit/);
    await expect(repo.find({ limit: 5_000 })).rejects.toThrow(/^Cannot search: limit/);
    await expect(repo.find({ colour: 'red' } as never)).rejects.toThrow(/Unrecognized key/);
  });
});

describe('noteTest: one test for the background search and the popup page list', () => {
  const note = sampleNote(1, { url: 'https://www.afp.com/en/baku', quote: 'met face to face', body: 'Check the\nsecond source', tag: 'dispute' });
  it.each([
    [{}, true],
    [{ text: 'FACE' }, true],
    [{ text: 'second source' }, true],
    [{ text: 'face second' }, false],
    [{ text: 'face to face\ncheck' }, false],
    [{ site: 'afp.com' }, true],
    [{ site: 'https://afp.com/anything' }, true],
    [{ site: 'fp.com' }, false],
    [{ tag: 'dispute' }, true],
    [{ tag: 'agree' }, false],
    [{ claimId: 'baku-2025/venue' }, false],
  ])('%j → %s', (query, expected) => {
    expect(noteTest(query)(note)).toBe(expected);
  });
});
