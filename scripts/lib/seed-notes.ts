/**
 * Many notes for the bench's "My notes" figures: deterministic notes over a few hundred sites, written
 * as the extension's own import files (Web Annotation JSON-LD, lib/export/jsonld.ts), so they are
 * stored through the same path a reader's import takes.
 */
import { notesToJsonLd } from '../../lib/export/jsonld';
import { NOTE_TAGS, type Note } from '../../lib/notes/types';
import { prng } from './bench-article';

/** The word one note in `SEARCH_EVERY` carries in its quote: what the bench searches for. */
export const SEARCH_WORD = 'lighthouse';
export const SEARCH_EVERY = 100;

const WORDS = 'the minister said talks would resume after the summit while officials denied any meeting took place in the capital on saturday'.split(' ');

/** A version-4 UUID from a seeded PRNG. */
export function seededUuid(rand: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const variant = '89ab'[Math.floor(rand() * 4)]!;
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/** `count` notes on `sites` sites, the same on every run; every `SEARCH_EVERY`-th quote holds `SEARCH_WORD`. */
export function makeNotes(count: number, { sites = 200, seed = 3, now = Date.UTC(2026, 11, 1) } = {}): Note[] {
  const rand = prng(seed);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const quote = `${words(8)}${i % SEARCH_EVERY === 0 ? ` ${SEARCH_WORD}` : ''} ${words(4)}`;
    const start = Math.floor(rand() * 5000);
    const createdAt = now - (count - i) * 60_000;
    return {
      id: seededUuid(rand),
      url: `https://news${i % sites}.example/story/${Math.floor(i / sites)}`,
      title: `Story ${i}`,
      quote,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: words(3), suffix: words(3) },
        position: { type: 'TextPositionSelector', start, end: start + quote.length },
      },
      body: i % 3 === 0 ? '' : words(12),
      tag: i % 5 === 0 ? null : NOTE_TAGS[i % NOTE_TAGS.length]!,
      claimId: null,
      createdAt,
      updatedAt: createdAt + (i % 7) * 1000,
    };
  });
}

/** The notes as import files of at most `perFile` notes each (the import refuses files over 5 MB). */
export function importFiles(notes: readonly Note[], perFile = 2000): string[] {
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`;
  const files: string[] = [];
  for (let i = 0; i < notes.length; i += perFile) files.push(notesToJsonLd(notes.slice(i, i + perFile), { newId }));
  return files;
}
