import { describe, expect, it, test } from 'vitest';
import { parseImport } from '../../../lib/export/import-jsonld';
import { ANNO_CONTEXT, noteToAnnotation, notesToAnnotationCollection, notesToJsonLd } from '../../../lib/export/jsonld';
import { version as packageVersion } from '../../../package.json';
import { sampleNote } from '../notes/fixtures';

describe('notesToAnnotationCollection', () => {
  it('follows the W3C model: context, collection, embedded first page', () => {
    const doc = notesToAnnotationCollection([sampleNote(1), sampleNote(2)]);
    expect(doc['@context'][0]).toBe(ANNO_CONTEXT);
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(doc.first?.items).toHaveLength(2);
  });

  it('writes a note as an Annotation with comment and tag bodies and both selectors', () => {
    const note = sampleNote(1);
    expect(noteToAnnotation(note)).toEqual({
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-20T08:01:00.000Z',
      modified: '2026-11-21T08:01:00.000Z',
      creator: { type: 'Person', nickname: 'Crosscheck reader' },
      generator: { type: 'Software', name: 'Crosscheck', version: packageVersion },
      body: [
        { type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'dispute', format: 'text/plain', purpose: 'tagging' },
      ],
      target: { source: note.url, selector: [note.selectors.quote, note.selectors.position] },
      'crosscheck:title': note.title,
      'crosscheck:claim': 'claim-1',
    });
  });

  test.each([
    ['a comment', { body: 'x', tag: null }, 'commenting'],
    ['agree, no comment', { body: '', tag: 'agree' as const }, 'assessing'],
    ['dispute, no comment', { body: '', tag: 'dispute' as const }, 'assessing'],
    ['follow-up, no comment', { body: '', tag: 'follow-up' as const }, 'tagging'],
    ['nothing but the quote', { body: '', tag: null }, 'highlighting'],
  ])('gives %s the motivation %s', (_name, overrides, motivation) => {
    expect(noteToAnnotation(sampleNote(4, overrides)).motivation).toBe(motivation);
  });
});

describe('export → import round trip', () => {
  it('gives back the same notes', () => {
    const notes = Array.from({ length: 10 }, (_, i) => sampleNote(i + 1));
    expect(parseImport(notesToJsonLd(notes)).notes).toEqual(notes);
  });

  it('round-trips an empty export', () => {
    expect(parseImport(notesToJsonLd([])).notes).toEqual([]);
  });
});
