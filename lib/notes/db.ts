import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { pairsEndingIn } from './code-points';
import { normalizeUrl, siteKeyOfUrl } from './normalize-url';
import { NOTE_TAGS, type Note, type NoteSelectors, type NoteTag } from './types';

/**
 * The notes database. Only the background opens it: IndexedDB is per origin, so a database opened in a
 * content script would belong to the web page.
 */

/** A stored row: a note plus `siteKey`, derived from the URL and indexed for per-site search. */
export type NoteRow = Note & { siteKey: string };

/**
 * Version 1 (first release): tags were free text typed by the reader, URLs were stored as visited
 * (tracking parameters included), and there was no `updatedAt`.
 * Only indexed fields are listed; Dexie stores the rest of each object as is.
 */
export const SCHEMA_V1 = { notes: 'id, url, tag, claimId, createdAt' } as const;

/**
 * Version 2: tags from a fixed list, normalised URLs, `updatedAt` (for "recently edited") and
 * `siteKey` (for "notes on this site").
 */
export const SCHEMA_V2 = { notes: 'id, url, siteKey, tag, claimId, createdAt, updatedAt' } as const;

/** A version-1 row as it may sit in a reader's profile. */
export interface NoteRowV1 extends Omit<Note, 'tag' | 'updatedAt'> {
  tag: string | null;
  updatedAt?: number;
}

/** Free-text v1 tags readers actually typed, mapped onto the fixed list. */
const V1_TAG_ALIASES: Record<string, NoteTag> = {
  agree: 'agree',
  agrees: 'agree',
  agreed: 'agree',
  dispute: 'dispute',
  disputed: 'dispute',
  disputes: 'dispute',
  contradicts: 'dispute',
  'needs source': 'needs-source',
  'needs-source': 'needs-source',
  'source?': 'needs-source',
  unsourced: 'needs-source',
  'follow up': 'follow-up',
  'follow-up': 'follow-up',
  followup: 'follow-up',
  todo: 'follow-up',
};

/**
 * Maps a v1 free-text tag onto the fixed list. A tag that does not map is not thrown away: it moves
 * into the body (`#tag` on its own line) so the reader still sees what they wrote.
 */
export function upgradeTagV1(tag: string | null | undefined, body: string): { tag: NoteTag | null; body: string } {
  const text = (tag ?? '').trim();
  if (!text) return { tag: null, body };
  const key = text.toLowerCase().replace(/[_\s]+/g, ' ');
  const mapped = V1_TAG_ALIASES[key] ?? (NOTE_TAGS as readonly string[]).find((t) => t === key.replace(/ /g, '-'));
  if (mapped) return { tag: mapped as NoteTag, body };
  return { tag: null, body: body ? `${body}\n\n#${text}` : `#${text}` };
}

/** Brings one v1 row to v2 in place (Dexie's `modify` persists the mutation). */
export function upgradeRowV1(row: NoteRowV1 & Partial<NoteRow>): void {
  const { tag, body } = upgradeTagV1(row.tag, row.body ?? '');
  row.tag = tag;
  row.body = body;
  row.updatedAt = row.updatedAt ?? row.createdAt;
  try {
    row.url = normalizeUrl(row.url);
  } catch {
    // An address we cannot parse stays as it was: the note must survive the upgrade.
  }
  row.siteKey = siteKeyOfUrl(row.url);
}

/**
 * Version 3: the TextPositionSelector counts Unicode code points (W3C model §4.2.5), as exports
 * do; versions 1 and 2 counted UTF-16 units. Same indexes as version 2.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * A UTF-16 position recounted in code points from what the note itself holds. The article text is
 * not stored, so only the characters in the stored prefix can be seen: the result is exact when no
 * character outside the BMP lies before the prefix (always for passages near the start), otherwise
 * `start` stays that many too far on. The length is always right. The position only breaks ties
 * between identical repeats; anchoring finds a note by its quote and context first.
 */
export function codePointsFromUtf16(selectors: NoteSelectors): NoteSelectors['position'] {
  const start = Math.max(0, selectors.position.start - pairsEndingIn(selectors.quote.prefix));
  return { type: 'TextPositionSelector', start, end: start + [...selectors.quote.exact].length };
}

/** Brings one v2 row to v3 in place. */
export function upgradeRowV2(row: NoteRow): void {
  // A row without both selectors is left as it was: the note must survive the upgrade.
  if (row.selectors?.position && typeof row.selectors.quote?.exact === 'string') row.selectors.position = codePointsFromUtf16(row.selectors);
}

/** The notes database: a typed `notes` table and its versions. */
export class NotesDb extends Dexie {
  notes!: EntityTable<NoteRow, 'id'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => tx.table('notes').toCollection().modify(upgradeRowV1));
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => tx.table('notes').toCollection().modify(upgradeRowV2));
  }
}

/**
 * Opens (lazily, on first use) the notes database. Pass `indexedDB` and `IDBKeyRange` from
 * `fake-indexeddb` in tests; the browser's own are used otherwise.
 */
export function createNotesDb(
  name = 'crosscheck-notes',
  options?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>,
): NotesDb {
  return new NotesDb(name, options);
}
