import { describe, expect, it, test } from 'vitest';
import { formatPath, parseImport } from '../../../lib/export/import-jsonld';
import { noteToAnnotation, notesToAnnotationCollection } from '../../../lib/export/jsonld';
import { sampleNote } from '../notes/fixtures';

/** An export of three notes, with `edit` applied to the JSON before serialising. */
function file(edit: (doc: any) => void = () => {}): string {
  const doc: any = structuredClone(notesToAnnotationCollection([sampleNote(1), sampleNote(2), sampleNote(3)]));
  edit(doc);
  return JSON.stringify(doc);
}

describe('parseImport', () => {
  test.each([
    ['a collection with an embedded page', (n: unknown[]) => ({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: n } })],
    ['a collection with items directly', (n: unknown[]) => ({ type: 'AnnotationCollection', items: n })],
    ['an AnnotationPage', (n: unknown[]) => ({ type: 'AnnotationPage', items: n })],
    ['a bare array', (n: unknown[]) => n],
  ])('reads %s', (_name, wrap) => {
    const notes = [sampleNote(1), sampleNote(2)];
    expect(parseImport(JSON.stringify(wrap(notes.map(noteToAnnotation)))).notes).toEqual(notes);
  });

  it('reads a single annotation', () => {
    expect(parseImport(JSON.stringify(noteToAnnotation(sampleNote(5)))).notes).toEqual([sampleNote(5)]);
  });

  it('keeps another tool’s tags readable in the body', () => {
    const text = file((d) => {
      d.first.items[0].body = [
        { type: 'TextualBody', value: 'Check this', purpose: 'commenting' },
        { type: 'TextualBody', value: 'Disputed', purpose: 'tagging' },
        { type: 'TextualBody', value: 'syria', purpose: 'tagging' },
      ];
    });
    expect(parseImport(text).notes[0]).toMatchObject({ tag: 'dispute', body: 'Check this\n\n#syria' });
  });

  test.each([
    ['text that is not JSON', '{"type": "AnnotationCollection",,}', /^Cannot import: the file is not JSON: .*\(line 1, column \d+\)/],
    ['an empty file', '  ', /the file is empty/],
    ['a bare number', '42', /must hold an AnnotationCollection/],
    ['an unknown container', '{"type":"Playlist"}', /type: expected "AnnotationCollection", "AnnotationPage" or "Annotation", got "Playlist"/],
    ['a collection whose page is only linked', '{"type":"AnnotationCollection","total":3,"first":"https://x/p1"}', /first: the annotations must be in the file, not linked \(https:\/\/x\/p1\)/],
    ['a page with no items', '{"type":"AnnotationPage"}', /^Cannot import: items: missing$/],
    ['a note with no target', file((d) => delete d.first.items[2].target), /first\.items\[2\]\.target: missing/],
    ['a target with no quote selector', file((d) => d.first.items[1].target.selector.splice(0, 1)), /first\.items\[1\]\.target\.selector: needs a TextQuoteSelector/],
    ['a wrong id', file((d) => (d.first.items[0].id = 'note-1')), /first\.items\[0\]\.id: must be "urn:uuid:"/],
    ['a bad date', file((d) => (d.first.items[0].created = 'yesterday')), /first\.items\[0\]\.created: /],
    ['a javascript: source', file((d) => (d.first.items[0].target.source = 'javascript:alert(1)')), /first\.items\[0\] \(as a note\) url: must be an http\(s\) page address/],
    ['a huge body', file((d) => (d.first.items[0].body[0].value = 'a'.repeat(20_000))), /body: a note can be at most 10000 characters/],
  ])('explains %s', (_name, text, message) => {
    expect(() => parseImport(text)).toThrow(message);
  });

  it('reports several problems at once, so one fix-and-retry is enough', () => {
    const text = file((d) => {
      delete d.first.items[0].target;
      delete d.first.items[2].created;
    });
    expect(() => parseImport(text)).toThrow(/first\.items\[0\]\.target: missing; first\.items\[2\]\.created: missing/);
  });

  it('refuses a file over the size limit, saying both sizes', () => {
    expect(() => parseImport(file(), { maxBytes: 1_000 })).toThrow(/the file is [\d,]+ bytes; the limit is 1,000 bytes/);
  });

  it('counts bytes, not characters', () => {
    const text = JSON.stringify({ type: 'AnnotationPage', items: [], label: 'ش'.repeat(600) });
    expect(() => parseImport(text, { maxBytes: 1_000 })).toThrow(/bytes; the limit is 1,000 bytes/);
  });
});

describe('formatPath', () => {
  test.each([
    [[], '(root)'],
    [['first', 'items', 3, 'target'], 'first.items[3].target'],
    [[0, 'id'], '[0].id'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('positions in files of earlier Crosscheck versions', () => {
  const text = 'Talks 🤝 in Baku: officials met on 12 July.';
  const start = text.indexOf('officials met');
  /** An annotation as Crosscheck wrote it before positions counted code points: no generator, UTF-16 offsets. */
  function earlier(): Record<string, unknown> {
    const note = sampleNote(1);
    const exact = 'officials met';
    const annotation: Record<string, unknown> = { ...noteToAnnotation({
      ...note,
      quote: exact,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(0, start), suffix: text.slice(start + exact.length) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
    }) };
    delete annotation.generator;
    delete annotation.creator;
    return annotation;
  }

  it('recounts them in code points, as notes are stored now', () => {
    const [note] = parseImport(JSON.stringify(earlier())).notes;
    expect([...text].slice(note!.selectors.position.start, note!.selectors.position.end).join('')).toBe('officials met');
  });

  it('takes another tool’s positions as code points, as the model counts them', () => {
    const other = earlier();
    delete other['crosscheck:title'];
    const [note] = parseImport(JSON.stringify(other)).notes;
    expect(note!.selectors.position).toMatchObject({ start, end: start + 'officials met'.length });
  });
});
