import { describe, expect, it, test } from 'vitest';
import { createClient } from '../../../lib/messaging/client';
import { noteMessages } from '../../../lib/messaging/note-messages';
import { createRouter } from '../../../lib/messaging/router';
import { createNoteHandlers } from '../../../lib/notes/handlers';
import { createNoteRepository } from '../../../lib/notes/repository';
import { clock, freshDb, idFactory, noteInput } from './fixtures';

const EXPORT_DAY = new Date(2026, 10, 22, 12).getTime();

function setup(label: string) {
  const { db } = freshDb(label);
  const repo = createNoteRepository(db, { now: clock(), newId: idFactory() });
  const router = createRouter(noteMessages, createNoteHandlers(repo, () => EXPORT_DAY, async () => LABELS));
  return { router, request: createClient(noteMessages, (m) => router(m)) };
}

const PAGE = 'https://www.news.example.com/baku?utm_medium=social';
const LABELS = {
  tag: { agree: 'Agree', dispute: 'Dispute', 'needs-source': 'Needs a source', 'follow-up': 'Follow up' },
  claim: (id: string) => (id === 'baku/meeting-date' ? 'When did they meet?' : undefined),
};

describe('notes messages through the router', () => {
  test.each([
    ['an empty payload', { type: 'notes.add', payload: {} }, /^Invalid "notes\.add" message: url: Invalid input: expected string/],
    ['an unknown field', { type: 'notes.add', payload: { ...noteInput(PAGE, 'x'), html: '<b>' } }, /Unrecognized key: "html"/],
    ['a non-http page', { type: 'notes.listForUrl', payload: { url: 'chrome://settings' } }, /url: must be an http\(s\) page address/],
    ['a count for a non-http page', { type: 'notes.countForUrl', payload: { url: 'file:///etc/passwd' } }, /url: must be an http\(s\) page address/],
    ['a count with an unknown field', { type: 'notes.countForUrl', payload: { url: PAGE, all: true } }, /Unrecognized key: "all"/],
    ['a count without a url', { type: 'notes.countForUrl', payload: {} }, /url: Invalid input: expected string/],
    ['an id that is not a UUID', { type: 'notes.remove', payload: { id: '1; DROP' } }, /id: must be a note id \(a UUID\)/],
    ['a huge body', { type: 'notes.update', payload: { id: '00000000-0000-4000-8000-000000000001', patch: { body: 'x'.repeat(10_001) } } }, /patch\.body: a note can be at most 10000 characters/],
    ['an unknown tag', { type: 'notes.search', payload: { tag: 'fake' } }, /tag: Invalid option/],
    ['an unknown export format', { type: 'notes.exportFile', payload: { format: 'pdf', scope: 'all' } }, /format: Invalid option/],
    ['an oversized import', { type: 'notes.import', payload: { text: 'x'.repeat(5_000_001) } }, /text: the file is larger than the 5,000,000-byte limit/],
    ['an unknown message type', { type: 'notes.nuke', payload: {} }, /^Unknown message type "notes\.nuke"$/],
    ['a malformed envelope', { kind: 'notes.add' }, /^Malformed message: /],
  ])('rejects %s with a clear error', async (_name, message, error) => {
    const { router } = setup('reject');
    const answer = await router(message);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error).toMatch(error);
  });

  it('passes repository errors on as readable messages', async () => {
    const { router } = setup('not-found');
    expect(await router({ type: 'notes.remove', payload: { id: '00000000-0000-4000-8000-000000000042' } })).toEqual({
      ok: false,
      error: 'No note with id "00000000-0000-4000-8000-000000000042"; it may have been deleted in another window',
    });
  });

  it('adds, lists, updates, removes and restores a note', async () => {
    const { request } = setup('crud');
    const note = await request('notes.add', noteInput(PAGE, 'no agreement was signed', { tag: 'dispute' }));
    expect(note.url).toBe('https://www.news.example.com/baku');
    expect((await request('notes.listForUrl', { url: `${note.url}#top` })).notes).toEqual([note]);
    expect(await request('notes.countForUrl', { url: `${note.url}?utm_source=x#top` })).toEqual({ count: 1 });
    expect(await request('notes.countForUrl', { url: 'https://news.example.com/other' })).toEqual({ count: 0 });
    const updated = await request('notes.update', { id: note.id, patch: { body: 'AFP says otherwise' } });
    expect(updated.body).toBe('AFP says otherwise');
    const removed = await request('notes.remove', { id: note.id });
    expect((await request('notes.search', {})).notes).toEqual([]);
    await request('notes.restore', { note: removed });
    expect((await request('notes.search', { text: 'afp says' })).notes).toEqual([updated]);
  });

  test.each([
    ['jsonld', 'all', 'crosscheck-notes-2026-11-22.jsonld', 'application/ld+json', '"type": "AnnotationCollection"'],
    ['markdown', { url: PAGE }, 'crosscheck-notes-news.example.com-2026-11-22.md', 'text/markdown;charset=utf-8', '> first quote'],
    ['csv', 'all', 'crosscheck-notes-2026-11-22.csv', 'text/csv;charset=utf-8', '\uFEFFid,url,title'],
  ] as const)('exports %s files', async (format, scope, filename, mime, excerpt) => {
    const { request } = setup('export');
    await request('notes.add', noteInput(PAGE, 'first quote'));
    const file = await request('notes.exportFile', { format, scope });
    expect(file).toMatchObject({ filename, mime });
    expect(file.content).toContain(excerpt);
  });

  it('writes the Markdown export in the words the caller gives for tags and claims', async () => {
    const { request } = setup('export-labels');
    await request('notes.add', noteInput(PAGE, 'first quote', { tag: 'needs-source', claimId: 'baku/meeting-date' }));
    const { content } = await request('notes.exportFile', { format: 'markdown', scope: 'all' });
    expect(content).toContain('**Tag:** Needs a source · **About:** When did they meet?');
  });

  it('imports an export into another profile, skipping notes already there', async () => {
    const from = setup('import-from');
    await from.request('notes.add', noteInput(PAGE, 'first quote'));
    await from.request('notes.add', noteInput('https://other.example.org/x', 'second quote', { claimId: 'c-2', body: 'b' }));
    const { content } = await from.request('notes.exportFile', { format: 'jsonld', scope: 'all' });

    const to = setup('import-to');
    expect(await to.request('notes.import', { text: content })).toEqual({ added: 2, skipped: 0 });
    expect(await to.request('notes.import', { text: content })).toEqual({ added: 0, skipped: 2 });
    expect((await to.request('notes.search', {})).notes).toEqual((await from.request('notes.search', {})).notes);
  });

  it('answers a broken import file with what is wrong and where, importing nothing', async () => {
    const { router, request } = setup('import-broken');
    const answer = await router({ type: 'notes.import', payload: { text: '{"type":"AnnotationPage","items":[{"type":"Annotation"}]}' } });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^Cannot import: items\[0\]\.id: missing; .*items\[0\]\.target: missing/) });
    expect((await request('notes.search', {})).notes).toEqual([]);
  });
});
