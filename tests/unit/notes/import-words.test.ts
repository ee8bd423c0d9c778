import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/export/import-jsonld';
import { notesToAnnotationCollection } from '../../../lib/export/jsonld';
import { importFailureWords, importResultWords } from '../../../lib/notes/import-words';
import { sampleNote } from './fixtures';

/** What the popup would get back from the background for `text`: the import's own Error message. */
function errorFor(text: string): string {
  try {
    parseImport(text);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('the file was accepted');
}
function exportWith(edit: (items: any[]) => void): string {
  const doc: any = structuredClone(notesToAnnotationCollection([sampleNote(1), sampleNote(2), sampleNote(3)]));
  edit(doc.first.items);
  return JSON.stringify(doc);
}

describe('importFailureWords: why a file was refused, in a reader’s words', () => {
  it.each([
    ['not JSON', '{ type: Annotation, }', /not a notes file/i, /Export all.*JSON-LD/],
    ['a text file', 'Dear editor,\nplease see the notes.', /not a notes file/i, /Export all.*JSON-LD/],
    ['JSON that is not an annotation export', '{"type": "not an annotation"}', /not a Crosscheck or Web Annotation notes export/, /Export all.*JSON-LD/],
    ['a JSON number', '42', /not a Crosscheck or Web Annotation notes export/, /Export all/],
    ['a list of other things', '[1, 2, 3]', /not a Crosscheck or Web Annotation notes export/, /Export all/],
    ['an empty file', '   ', /file is empty/, /Export all/],
  ])('%s', (_name, text, title, hint) => {
    const words = importFailureWords(errorFor(text));
    expect(words.title).toMatch(title);
    expect(words.title).toContain('Nothing was changed');
    expect(words.hint).toMatch(hint);
    // No parser's or schema's vocabulary reaches the reader.
    expect(`${words.title} ${words.hint}`).not.toMatch(/position \d|Expected|property name|items\[|\(root\)|TextQuoteSelector|urn:uuid|Invalid input/);
  });

  it('counts the notes that are damaged and says what one of them lacks', () => {
    const text = exportWith((items) => {
      delete items[0].target;
      items[2].created = 'yesterday';
    });
    const words = importFailureWords(errorFor(text));
    expect(words.title).toBe('2 of the notes in this file are damaged, so none was imported. Nothing was changed.');
    expect(words.hint).toMatch(/note 1 has no page address/);
    expect(words.hint).toMatch(/note 3 has no proper date/);
  });

  it('says so in plain words when the message is not one it knows', () => {
    const words = importFailureWords('No answer to "notes.import" (is the extension being reloaded?)');
    expect(words.title).toBe('This file could not be imported. Nothing was changed.');
    expect(words.hint).toMatch(/try again/i);
  });
});

describe('importResultWords: what an accepted file did', () => {
  it.each([
    [{ added: 0, skipped: 0 }, 'There are no notes in this file. Nothing was changed.'],
    [{ added: 1, skipped: 0 }, 'Added 1 note.'],
    [{ added: 4, skipped: 0 }, 'Added 4 notes.'],
    [{ added: 3, skipped: 2 }, 'Added 3 notes. 2 were already here, so they were left as they are.'],
    [{ added: 0, skipped: 1 }, 'The note in this file is already here, so nothing was added.'],
    [{ added: 0, skipped: 5 }, 'All 5 notes in this file are already here, so nothing was added.'],
  ])('%j → %s', (result, words) => expect(importResultWords(result)).toBe(words));

  it('an export file of nothing reads as "no notes in this file"', () => {
    expect(parseImport('[]').notes).toEqual([]);
    expect(importResultWords({ added: 0, skipped: 0 })).toMatch(/no notes in this file/);
  });
});
