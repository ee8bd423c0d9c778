import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createNotesDb } from '../../../lib/notes/db';
import type { NewNoteInput, Note } from '../../../lib/notes/types';

let dbCounter = 0;

/** A fresh fake-indexeddb database per call, so tests never share state. */
export function freshDb(label: string) {
  const name = `test-${label}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
  return { name, db: createNotesDb(name, { indexedDB, IDBKeyRange }) };
}

export { IDBKeyRange, indexedDB };

/** Deterministic ids: 00000000-0000-4000-8000-00000000000N. */
export function idFactory() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

/** A clock that advances one second per call. */
export function clock(start = Date.UTC(2026, 10, 22, 9)) {
  let t = start - 1000;
  return () => (t += 1000);
}

/** Input for a note on `url` quoting `exact` at `start`. */
export function noteInput(url: string, exact: string, extra: Partial<NewNoteInput> = {}, start = 10): NewNoteInput {
  return {
    url,
    title: 'Baku talks',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    ...extra,
  };
}

/** A complete note, as stored or exported. */
export function sampleNote(n: number, overrides: Partial<Note> = {}): Note {
  const exact = `Quote number ${n}, with "quotes", commas and a = sign`;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: `https://news.example.com/story-${n % 2}`,
    title: `Story ${n % 2}`,
    quote: exact,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'pre ', suffix: ' post' },
      position: { type: 'TextPositionSelector', start: n * 100, end: n * 100 + exact.length },
    },
    body: n % 3 === 0 ? '' : `Body ${n}: *check* this\nsecond line`,
    tag: (['agree', 'dispute', 'needs-source', 'follow-up', null] as const)[n % 5]!,
    claimId: n % 2 ? `claim-${n}` : null,
    createdAt: Date.UTC(2026, 10, 20, 8, n),
    updatedAt: Date.UTC(2026, 10, 21, 8, n),
    ...overrides,
  };
}
