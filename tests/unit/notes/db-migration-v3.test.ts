import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/notes/anchor';
import { codePointIndex } from '../../../lib/notes/code-points';
import { SCHEMA_V2, createNotesDb, upgradeRowV2, type NoteRow } from '../../../lib/notes/db';
import { IDBKeyRange, indexedDB } from './fixtures';

/** A version-2 row as Crosscheck stored it: positions in UTF-16 units, context of 32 units. */
function v2Row(n: number, text: string, phrase: string): NoteRow {
  const start = text.indexOf(phrase);
  const end = start + phrase.length;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: 'https://news.example.com/baku',
    siteKey: 'com.example.news',
    title: 'Baku talks',
    quote: phrase,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: phrase, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    },
    body: '',
    tag: null,
    claimId: null,
    createdAt: 1_700_000_000_000 + n,
    updatedAt: 1_700_000_000_000 + n,
  };
}

const NEAR = 'Talks 🤝 in Baku: officials met on 12 July.';
const INSIDE = 'The 𝐀 report said 𠀀𠀀 twice, then moved on.';
const PLAIN = 'A plain sentence with a plain passage in it.';
const FAR = `😀 ${'x'.repeat(40)} then the passage far on.`;

async function upgrade(rows: NoteRow[]): Promise<NoteRow[]> {
  const name = `migration-v3-${Math.random()}`;
  const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
  v2.version(2).stores(SCHEMA_V2);
  await v2.table('notes').bulkAdd(rows);
  v2.close();
  const db = createNotesDb(name, { indexedDB, IDBKeyRange });
  const upgraded = await db.notes.orderBy('id').toArray();
  expect(db.verno).toBe(3);
  db.close();
  return upgraded;
}

const codePointSlice = (text: string, p: { start: number; end: number }) => [...text].slice(p.start, p.end).join('');

describe('notes database, version 2 → 3: positions in code points', () => {
  it('recounts positions in code points where the stored context shows every character before', async () => {
    const [near, inside, plain] = await upgrade([v2Row(1, NEAR, 'officials met'), v2Row(2, INSIDE, 'said 𠀀𠀀 twice'), v2Row(3, PLAIN, 'plain passage')]);
    expect(codePointSlice(NEAR, near!.selectors.position)).toBe('officials met');
    expect(codePointSlice(INSIDE, inside!.selectors.position)).toBe('said 𠀀𠀀 twice');
    expect(plain!.selectors.position).toEqual(v2Row(3, PLAIN, 'plain passage').selectors.position);
  });

  it('keeps the quote’s length right and the note findable when a character lies beyond the context', async () => {
    const [far] = await upgrade([v2Row(4, FAR, 'the passage')]);
    const { start, end } = far!.selectors.position;
    expect(end - start).toBe([...'the passage'].length);
    // One code point too far on (the emoji sits before the stored prefix): anchoring goes by the quote.
    expect(start).toBe(codePointIndex(FAR, FAR.indexOf('the passage')) + 1);
    expect(anchor(FAR, far!.selectors)).toMatchObject({ start: FAR.indexOf('the passage'), method: 'exact' });
  });

  it('loses no note and changes nothing but the positions', async () => {
    const rows = [v2Row(1, NEAR, 'officials met'), v2Row(2, INSIDE, 'said 𠀀𠀀 twice')];
    const upgraded = await upgrade(rows);
    expect(upgraded.map(({ selectors: { quote }, ...rest }) => ({ ...rest, quote }))).toEqual(
      rows.map(({ selectors: { quote }, ...rest }) => ({ ...rest, quote })),
    );
  });
});

describe('upgradeRowV2', () => {
  it('leaves a row without selectors as it was', () => {
    const row = { ...v2Row(5, PLAIN, 'plain passage'), selectors: undefined } as unknown as NoteRow;
    expect(() => upgradeRowV2(row)).not.toThrow();
    expect(row.selectors).toBeUndefined();
  });
});
