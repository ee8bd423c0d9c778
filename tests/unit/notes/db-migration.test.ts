import Dexie from 'dexie';
import { describe, expect, it, test } from 'vitest';
import { SCHEMA_V1, createNotesDb, upgradeTagV1, type NoteRowV1 } from '../../../lib/notes/db';
import { NoteSchema } from '../../../lib/notes/types';
import { IDBKeyRange, indexedDB } from './fixtures';

function v1Row(n: number, url: string, tag: string | null, body = ''): NoteRowV1 {
  const exact = `passage ${n}`;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url,
    title: 'Baku talks',
    quote: exact,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: n, end: n + exact.length },
    },
    body,
    tag,
    claimId: n === 1 ? 'claim-meeting' : null,
    createdAt: 1_700_000_000_000 + n,
  };
}

describe('notes database, version 1 → 2', () => {
  it('upgrades every v1 note without losing one', async () => {
    const name = `migration-${Math.random()}`;
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const rows = [
      v1Row(1, 'https://News.example.com/a?utm_source=tw&id=3#top', 'Disputed', 'They said otherwise.'),
      v1Row(2, 'https://news.example.com/a?id=3', 'follow up'),
      v1Row(3, 'https://other.example.org/b', 'important', 'Keep.'),
      v1Row(4, 'https://other.example.org/b', ''),
      v1Row(5, 'not a url at all', null),
    ];
    await v1.table('notes').bulkAdd(rows);
    v1.close();

    const db = createNotesDb(name, { indexedDB, IDBKeyRange });
    const upgraded = await db.notes.orderBy('id').toArray();
    db.close();

    expect(upgraded).toHaveLength(rows.length);
    expect(upgraded.map((r) => [r.url, r.tag, r.body, r.siteKey])).toEqual([
      ['https://news.example.com/a?id=3', 'dispute', 'They said otherwise.', 'com.example.news'],
      ['https://news.example.com/a?id=3', 'follow-up', '', 'com.example.news'],
      ['https://other.example.org/b', null, 'Keep.\n\n#important', 'org.example.other'],
      ['https://other.example.org/b', null, '', 'org.example.other'],
      ['not a url at all', null, '', ''],
    ]);
    for (const row of upgraded) expect(row.updatedAt).toBe(row.createdAt);
    // Everything with a web address is a valid v2 note.
    for (const { siteKey: _k, ...note } of upgraded.slice(0, 4)) expect(NoteSchema.safeParse(note).success).toBe(true);
  });

  it('opens a new database at the latest version (3) with the v2 indexes', async () => {
    const db = createNotesDb(`fresh-${Math.random()}`, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.notes.schema.indexes.map((i) => i.name).sort()).toEqual(['claimId', 'createdAt', 'siteKey', 'tag', 'updatedAt', 'url']);
    db.close();
  });
});

describe('upgradeTagV1', () => {
  test.each([
    ['Agree', 'agree'],
    ['disputed', 'dispute'],
    ['Needs source', 'needs-source'],
    ['needs_source', 'needs-source'],
    ['TODO', 'follow-up'],
    ['follow-up', 'follow-up'],
  ])('maps %j to %s', (tag, expected) => {
    expect(upgradeTagV1(tag, 'b')).toEqual({ tag: expected, body: 'b' });
  });

  test.each([
    ['empty', '', '', { tag: null, body: '' }],
    ['null', null, 'b', { tag: null, body: 'b' }],
    ['unknown, empty body', 'important', '', { tag: null, body: '#important' }],
    ['unknown, with body', 'Important', 'b', { tag: null, body: 'b\n\n#Important' }],
  ])('keeps an %s tag readable', (_name, tag, body, expected) => {
    expect(upgradeTagV1(tag, body)).toEqual(expected);
  });
});
