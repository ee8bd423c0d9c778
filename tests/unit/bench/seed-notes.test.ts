import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_IMPORT_BYTES, parseImport } from '../../../lib/export/import-jsonld';
import { prng } from '../../../scripts/lib/bench-article';
import { SEARCH_EVERY, SEARCH_WORD, importFiles, makeNotes, seededUuid } from '../../../scripts/lib/seed-notes';

describe('makeNotes and importFiles', () => {
  const notes = makeNotes(450, { sites: 10 });

  it('makes valid version-4 UUIDs', () => expect(seededUuid(prng(1))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));

  it('puts the search word in one note of every hundred', () => {
    expect(notes.filter((n) => n.quote.includes(SEARCH_WORD))).toHaveLength(Math.ceil(450 / SEARCH_EVERY));
  });

  it('writes files the import takes back whole', () => {
    const files = importFiles(notes, 200);
    expect(files).toHaveLength(3);
    const back = files.flatMap((f) => parseImport(f).notes);
    expect(back).toEqual(notes);
  });

  it('keeps a file of 2,000 notes under the import limit', () => {
    const [file] = importFiles(makeNotes(2000), 2000);
    expect(file!.length).toBeLessThan(DEFAULT_MAX_IMPORT_BYTES);
  });
});
