import type { Note, NoteTag } from '../notes/types';
import { CROSSCHECK_GENERATOR, LOCAL_READER } from './generator';

/**
 * Notes as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), the format
 * other annotation tools read. Fields the model has no slot for (page title, claim id) go under a
 * `crosscheck:` prefix declared in the context, so export → import loses nothing.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of Crosscheck's own terms. `.invalid` is reserved: the IRI names, it is never fetched. */
export const CROSSCHECK_NS = 'https://crosscheck.invalid/ns#';
/**
 * The W3C context plus the `crosscheck:` prefix used for title and claim, and `version` (the
 * generator's), which anno.jsonld does not define: schema.org's term for a software version.
 */
export const JSONLD_CONTEXT = [ANNO_CONTEXT, { crosscheck: CROSSCHECK_NS, version: 'http://schema.org/softwareVersion' }] as const;

/** A W3C TextualBody: the comment (`commenting`) or a tag (`tagging`). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

/** One note as a W3C Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'assessing' | 'tagging' | 'highlighting';
  created: string;
  modified: string;
  creator: typeof LOCAL_READER;
  generator: typeof CROSSCHECK_GENERATOR;
  body?: TextualBody[];
  target: {
    source: string;
    selector: [Note['selectors']['quote'], Note['selectors']['position']];
  };
  'crosscheck:title': string;
  'crosscheck:claim'?: string;
}

/** The one page of an export (model §5.2), embedded in its collection. */
export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: { id: string; total: number };
  startIndex: 0;
  items: WebAnnotation[];
}

/**
 * The exported document: one W3C AnnotationCollection (model §5.1) with its single page embedded.
 * An empty export has no page: a page holds annotations.
 */
export interface AnnotationCollection {
  '@context': typeof JSONLD_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: typeof CROSSCHECK_GENERATOR;
  first?: AnnotationPage;
  last?: string;
}

export interface ExportOptions {
  /** A fresh UUID per call: the collection and page ids (§5.1, §5.2 need an IRI for each). */
  newId?: () => string;
}

/** Agreeing or disputing is an assessment of the passage; the other tags only sort notes. */
function motivationOf(note: Note): WebAnnotation['motivation'] {
  if (note.body) return 'commenting';
  const assessing: Array<NoteTag | null> = ['agree', 'dispute'];
  if (assessing.includes(note.tag)) return 'assessing';
  return note.tag ? 'tagging' : 'highlighting';
}

/** Converts one note. Empty bodies and null tags are left out rather than written as empty values. */
export function noteToAnnotation(note: Note): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.body) body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  if (note.tag) body.push({ type: 'TextualBody', value: note.tag, format: 'text/plain', purpose: 'tagging' });
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: motivationOf(note),
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    creator: LOCAL_READER,
    generator: CROSSCHECK_GENERATOR,
    // No body `language`: notes do not record which language the reader wrote in, and a guess
    // would be a wrong statement in the file.
    ...(body.length ? { body } : {}),
    target: { source: note.url, selector: [{ ...note.selectors.quote }, { ...note.selectors.position }] },
    'crosscheck:title': note.title,
    ...(note.claimId !== null ? { 'crosscheck:claim': note.claimId } : {}),
  };
}

/**
 * All notes in one collection with a single embedded page (a personal export is small enough).
 * Its ids are `urn:uuid:`s made now: the export is a snapshot, not a resource served anywhere.
 */
export function notesToAnnotationCollection(notes: readonly Note[], options: ExportOptions = {}): AnnotationCollection {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const id = `urn:uuid:${newId()}`;
  const collection = {
    '@context': JSONLD_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Crosscheck notes',
    total: notes.length,
    generator: CROSSCHECK_GENERATOR,
  } as const;
  if (!notes.length) return collection;
  const page: AnnotationPage = {
    id: `urn:uuid:${newId()}`,
    type: 'AnnotationPage',
    partOf: { id, total: notes.length },
    startIndex: 0,
    items: notes.map(noteToAnnotation),
  };
  return { ...collection, first: page, last: page.id };
}

/** The export file's text: pretty-printed JSON-LD. */
export function notesToJsonLd(notes: readonly Note[], options: ExportOptions = {}): string {
  return `${JSON.stringify(notesToAnnotationCollection(notes, options), null, 2)}\n`;
}
