import type { Note, NoteTag } from '../notes/types';

/**
 * Notes as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), the format
 * other annotation tools read. Fields the model has no slot for (page title, claim id) go under a
 * `crosscheck:` prefix declared in the context, so export → import loses nothing.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of Crosscheck's own terms. `.invalid` is reserved: the IRI names, it is never fetched. */
export const CROSSCHECK_NS = 'https://crosscheck.invalid/ns#';
/** The W3C context plus the `crosscheck:` prefix used for title and claim. */
export const JSONLD_CONTEXT = [ANNO_CONTEXT, { crosscheck: CROSSCHECK_NS }] as const;

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
  body?: TextualBody[];
  target: {
    source: string;
    selector: [Note['selectors']['quote'], Note['selectors']['position']];
  };
  'crosscheck:title': string;
  'crosscheck:claim'?: string;
}

/** The exported document: one W3C AnnotationCollection with its single page embedded. */
export interface AnnotationCollection {
  '@context': typeof JSONLD_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
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
    ...(body.length ? { body } : {}),
    target: { source: note.url, selector: [{ ...note.selectors.quote }, { ...note.selectors.position }] },
    'crosscheck:title': note.title,
    ...(note.claimId !== null ? { 'crosscheck:claim': note.claimId } : {}),
  };
}

/** All notes in one collection with a single embedded page (a personal export is small enough). */
export function notesToAnnotationCollection(notes: readonly Note[]): AnnotationCollection {
  return {
    '@context': JSONLD_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Crosscheck notes',
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(noteToAnnotation) },
  };
}

/** The export file's text: pretty-printed JSON-LD. */
export function notesToJsonLd(notes: readonly Note[]): string {
  return `${JSON.stringify(notesToAnnotationCollection(notes), null, 2)}\n`;
}
