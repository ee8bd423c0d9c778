import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/export/import-jsonld';
import { ANNO_CONTEXT, notesToAnnotationCollection } from '../../../lib/export/jsonld';
import { describeQuote } from '../../../lib/notes/selectors';
import type { Note, NoteTag } from '../../../lib/notes/types';
import { idFactory } from '../notes/fixtures';

/**
 * The MUST assertions of the W3C Web Annotation Data Model (Recommendation, 23 February 2017,
 * https://www.w3.org/TR/annotation-model/), run on our export. Section numbers are the model's.
 * The W3C test suite (web-platform-tests/annotation-model) checks the same statements with JSON
 * schemas; these are written out here so each one names its section.
 */

/** An article with characters outside the BMP before and inside passages, as real pages have. */
const ARTICLE =
  'Talks 🤝 in Baku: officials met on 12 July. 𠀀 is a rare CJK character; 𝐀 is bold A. ' +
  'The delegations 🇸🇾🇮🇱 said the talks were technical. Then 😀 a second round was set. ' +
  'A plain passage with no such characters at all.';

/** Passages to note, and what the reader did with each (so every motivation and body kind shows). */
const PASSAGES: Array<{ exact: string; body: string; tag: NoteTag | null; claimId: string | null }> = [
  { exact: 'officials met on 12 July', body: 'AFP says so too 🤝', tag: 'agree', claimId: 'baku/meeting-date' },
  { exact: '𝐀 is bold A', body: '', tag: 'dispute', claimId: null },
  { exact: 'talks were technical', body: '', tag: 'follow-up', claimId: null },
  { exact: '😀 a second round', body: '', tag: null, claimId: null },
  { exact: 'A plain passage', body: 'Check 𠀀', tag: null, claimId: null },
];

function notesOn(text: string): Note[] {
  const id = idFactory();
  return PASSAGES.map((p, i) => {
    const at = text.indexOf(p.exact);
    const selectors = describeQuote(text, at, at + p.exact.length);
    return {
      id: id(),
      url: 'https://news.example.com/baku',
      title: 'Baku talks | Example News',
      quote: p.exact,
      selectors,
      body: p.body,
      tag: p.tag,
      claimId: p.claimId,
      createdAt: Date.UTC(2026, 10, 20, 8, i),
      updatedAt: Date.UTC(2026, 10, 21, 8, i),
    };
  });
}

const notes = notesOn(ARTICLE);
let counter = 0;
const doc = notesToAnnotationCollection(notes, { newId: () => `00000000-0000-4000-8000-0000000abc0${++counter}` });
const json = JSON.parse(JSON.stringify(doc)) as Record<string, any>;
const annotations = (json.first?.items ?? []) as Array<Record<string, any>>;

/** An IRI (RFC 3987): a scheme, a colon, and no characters IRIs exclude. */
const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(v);
/** xsd:dateTime, with the time zone the model asks for (§3.3.1: SHOULD, ours always has one). */
const isXsdDateTime = (v: unknown) =>
  typeof v === 'string' && /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v));
const isNonNegativeInteger = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** §3.3.5: the Motivation instances of the Web Annotation vocabulary. */
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];

describe('§5.1 Annotation Collection', () => {
  it('has the anno.jsonld @context: one of its values, a string when it is the only one', () => {
    const contexts = asArray(json['@context']);
    expect(contexts).toContain(ANNO_CONTEXT);
    if (contexts.length === 1) expect(json['@context']).toBe(ANNO_CONTEXT);
  });

  it('has exactly one id, an IRI', () => {
    expect(isIri(json.id)).toBe(true);
  });

  it('has AnnotationCollection among its types', () => {
    expect(asArray(json.type)).toContain('AnnotationCollection');
  });

  it('has exactly one first page when it holds annotations, and names its last page', () => {
    expect(json.first).toBeTypeOf('object');
    expect(asArray(json.first)).toHaveLength(1);
    expect(isIri(json.last)).toBe(true);
    expect(json.last).toBe(json.first.id);
  });

  it('gives its total as a non-negative integer, the number of annotations', () => {
    expect(isNonNegativeInteger(json.total)).toBe(true);
    expect(json.total).toBe(notes.length);
  });
});

describe('§5.2 Annotation Page', () => {
  it('has exactly one id, an IRI other than the collection’s', () => {
    expect(isIri(json.first.id)).toBe(true);
    expect(json.first.id).not.toBe(json.id);
  });

  it('has AnnotationPage among its types', () => {
    expect(asArray(json.first.type)).toContain('AnnotationPage');
  });

  it('has exactly one items list holding the annotations', () => {
    expect(Array.isArray(json.first.items)).toBe(true);
    expect(json.first.items).toHaveLength(notes.length);
  });

  it('is part of the collection (partOf with its id and total), starting at index 0', () => {
    expect(json.first.partOf).toEqual({ id: json.id, total: notes.length });
    expect(json.first.startIndex).toBe(0);
  });

  it('has no next page, being the collection’s last (a next, were there one, would have to be given)', () => {
    expect(json.first.next).toBeUndefined();
    expect(isIri(json.last)).toBe(true);
    expect(json.last).toBe(json.first.id);
  });
});

describe.each(annotations.map((a, i) => [i, a] as const))('annotation %i', (_i, a) => {
  it('§3.1: its @context, if repeated, includes anno.jsonld (it inherits the collection’s otherwise)', () => {
    if (a['@context'] !== undefined) expect(asArray(a['@context'])).toContain(ANNO_CONTEXT);
  });

  it('§3.1: has exactly one id, an IRI', () => {
    expect(isIri(a.id)).toBe(true);
  });

  it('§3.1: has Annotation among its types', () => {
    expect(asArray(a.type)).toContain('Annotation');
  });

  it('§3.1: has one or more targets', () => {
    expect(asArray(a.target).length).toBeGreaterThan(0);
  });

  it('§3.3.5: has motivations from the vocabulary only', () => {
    for (const m of asArray(a.motivation)) expect(MOTIVATIONS).toContain(m);
  });

  it('§3.3.1: created and modified are single xsd:dateTime values', () => {
    for (const key of ['created', 'modified']) {
      expect(Array.isArray(a[key])).toBe(false);
      expect(isXsdDateTime(a[key])).toBe(true);
    }
  });

  it('§3.2.4: each embedded body is a TextualBody with exactly one value, a format and a purpose from the vocabulary', () => {
    for (const body of asArray(a.body) as Array<Record<string, unknown>>) {
      expect(asArray(body.type)).toContain('TextualBody');
      expect(body.value).toBeTypeOf('string');
      expect(body.format).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(MOTIVATIONS).toContain(body.purpose);
    }
  });

  it('§3.3.2: its creator and generator are agents of a known class, without personal data', () => {
    expect(asArray(a.creator.type)).toContain('Person');
    expect(Object.keys(a.creator).sort()).toEqual(['nickname', 'type']);
    expect(a.generator).toMatchObject({ type: 'Software', name: 'Crosscheck' });
    expect(a.generator.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('§4: each target has exactly one source, an IRI', () => {
    for (const target of asArray(a.target) as Array<Record<string, unknown>>) {
      expect(asArray(target.source)).toHaveLength(1);
      expect(isIri(target.source)).toBe(true);
    }
  });

  it('§4.2.4: its TextQuoteSelector has exactly one exact, and strings for prefix and suffix', () => {
    const quote = (asArray(a.target.selector) as Array<Record<string, unknown>>).find((s) => s.type === 'TextQuoteSelector')!;
    expect(quote.exact).toBeTypeOf('string');
    expect(quote.prefix).toBeTypeOf('string');
    expect(quote.suffix).toBeTypeOf('string');
  });

  it('§4.2.5: its TextPositionSelector has single non-negative integer start and end, counted in code points', () => {
    const position = (asArray(a.target.selector) as Array<Record<string, unknown>>).find((s) => s.type === 'TextPositionSelector')!;
    const quote = (asArray(a.target.selector) as Array<Record<string, unknown>>).find((s) => s.type === 'TextQuoteSelector')!;
    expect(isNonNegativeInteger(position.start)).toBe(true);
    expect(isNonNegativeInteger(position.end)).toBe(true);
    expect([...ARTICLE].slice(position.start as number, position.end as number).join('')).toBe(quote.exact);
  });
});

describe('§5.1 an empty collection', () => {
  const empty = notesToAnnotationCollection([], { newId: () => '00000000-0000-4000-8000-0000000abcff' });

  it('still has an IRI id and a total of 0, and no page (a page would need annotations)', () => {
    expect(isIri(empty.id)).toBe(true);
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
    expect(empty.last).toBeUndefined();
  });

  it('imports as no notes', () => {
    expect(parseImport(JSON.stringify(empty)).notes).toEqual([]);
  });
});

describe('export → import', () => {
  it('gives back every note as stored, positions in code points included', () => {
    expect(parseImport(JSON.stringify(doc)).notes).toEqual(notes);
  });

  it('makes new collection and page ids per export', () => {
    const again = notesToAnnotationCollection(notes);
    const other = notesToAnnotationCollection(notes);
    expect(again.id).not.toBe(other.id);
    expect(again.first!.id).not.toBe(other.first!.id);
    expect(isIri(again.id) && isIri(again.first!.id)).toBe(true);
  });
});
