import { describe, expect, it, test, vi } from 'vitest';
import { createMatchHandlers } from '../../../entrypoints/background/match-handlers';
import { matchMessages } from '../../../lib/messaging/match-messages';
import { packMessages } from '../../../lib/messaging/pack-messages';
import { createRouter } from '../../../lib/messaging/router';
import { bakuPackData } from '../../../lib/pack/load';
import { createPackHandlers } from '../../../lib/packs/handlers';
import { createPackStore, type PackSummary } from '../../../lib/packs/store';
import { PORT_ID, brokenPortStrikeText, memoryStorage, portStrikeText } from '../packs/fixtures';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
const OPTIONS = { url: `${ORIGIN}options.html`, tabId: 4 };
const PAGE = { url: 'https://news.example/story', tabId: 9, frameId: 0 };

function setup() {
  const area = memoryStorage();
  const store = createPackStore({ area, bundled: [bakuPackData] });
  const changed = vi.fn<(packs: PackSummary[]) => void>();
  const route = createRouter(
    { ...packMessages, ...matchMessages },
    { ...createPackHandlers(store, { extensionOrigin: ORIGIN, changed }), ...createMatchHandlers(() => store.enabled(), () => undefined) },
  );
  const send = async (type: string, payload: unknown, sender: object = OPTIONS) => route({ type, payload }, sender);
  return { area, store, changed, send };
}

const BAKU_TEXT = 'Syrian President Ahmed al-Sharaa did not attend the meeting with an Israeli official in Baku on Saturday, a diplomatic source in Damascus told AFP.';
const PORT_TEXT = "The Carrow Dockers' Union called a strike at Port Carrow on Monday. Dockers began a 48-hour strike, general secretary Tomas Reyna said. The Carrow Port Authority said the port remained open.";
const claimsIn = async (send: ReturnType<typeof setup>['send'], text: string) => {
  const answer = await send('match', { text }, PAGE);
  if (!answer.ok) throw new Error(answer.error);
  return (answer.value as { passages: { pack: string; claim: string | null }[] }).passages.map((p) => `${p.pack}/${p.claim}`);
};

describe('packs.list', () => {
  it('answers each pack with its id, title, languages, claim count, source and switch', async () => {
    const { send } = setup();
    expect(await send('packs.list', {}, PAGE)).toEqual({
      ok: true,
      value: { packs: [{ id: 'baku-2025', title: bakuPackData.story.title, date: '2025-07-12', languages: bakuPackData.languages, claims: bakuPackData.claims.length, source: 'bundled', enabled: true }] },
    });
  });
});

describe('packs.import', () => {
  it('imports a valid pack and answers what was added and the new list', async () => {
    const { send, changed } = setup();
    const answer = await send('packs.import', { text: portStrikeText() });
    expect(answer.ok && answer.value).toMatchObject({ pack: { id: PORT_ID, claims: 3, source: 'imported', enabled: true }, replaced: false });
    expect(changed).toHaveBeenCalledWith([expect.objectContaining({ id: 'baku-2025' }), expect.objectContaining({ id: PORT_ID })]);
  });

  it('answers a pack that fails validation with the path and the problem, and the list is unchanged', async () => {
    const { send, changed } = setup();
    expect(await send('packs.import', { text: brokenPortStrikeText() })).toEqual({
      ok: false,
      error: 'Invalid claim pack: claims.1.versions.1.quote: not found verbatim in authority\'s words in source "authority-release"',
    });
    expect(changed).not.toHaveBeenCalled();
    expect(await send('packs.list', {})).toEqual({ ok: true, value: { packs: [expect.objectContaining({ id: 'baku-2025' })] } });
  });

  it('refuses a text over 2 MB at the message, before anything reads it', async () => {
    const { send } = setup();
    const answer = await send('packs.import', { text: 'x'.repeat(2_000_001) });
    expect(answer).toEqual({ ok: false, error: 'Invalid "packs.import" message: text: the file is larger than 2 MB, the most a pack may be' });
  });

  test.each([
    ['a content script (next to an untrusted page)', PAGE],
    ['a sender without an address', {}],
    ['another extension’s page', { url: 'chrome-extension://otherextensionid/options.html' }],
  ])('refuses to import for %s', async (_name, sender) => {
    const { send, area } = setup();
    expect(await send('packs.import', { text: portStrikeText() }, sender)).toEqual({ ok: false, error: 'Only Crosscheck’s options page can change the packs' });
    expect(area.writes).toBe(0);
  });

  test.each([
    ['no text', {}],
    ['a text that is not a string', { text: 42 }],
    ['an extra field', { text: '{}', force: true }],
  ])('rejects a payload with %s', async (_name, payload) => {
    const { send } = setup();
    const answer = await send('packs.import', payload);
    expect(answer.ok ? '' : answer.error).toMatch(/^Invalid "packs\.import" message: /);
  });
});

describe('packs.setEnabled and packs.remove', () => {
  it('switch packs and answer the new list; a content script cannot', async () => {
    const { send } = setup();
    expect(await send('packs.setEnabled', { id: 'baku-2025', enabled: false }, PAGE)).toMatchObject({ ok: false });
    const answer = await send('packs.setEnabled', { id: 'baku-2025', enabled: false });
    expect(answer.ok && answer.value).toEqual({ packs: [expect.objectContaining({ id: 'baku-2025', enabled: false })] });
  });

  it('remove an imported pack; the bundled one is refused with what to do instead', async () => {
    const { send } = setup();
    await send('packs.import', { text: portStrikeText() });
    expect(await send('packs.remove', { id: 'baku-2025' })).toEqual({ ok: false, error: `“${bakuPackData.story.title}” comes with Crosscheck and cannot be removed; switch it off instead.` });
    const answer = await send('packs.remove', { id: PORT_ID });
    expect(answer.ok && (answer.value as { packs: { id: string }[] }).packs.map((p) => p.id)).toEqual(['baku-2025']);
  });
});

describe('match uses the packs that are on', () => {
  it('finds a pack’s passages only while it is on, bundled or imported', async () => {
    const { send } = setup();
    expect(await claimsIn(send, BAKU_TEXT)).toContain('baku-2025/sharaa-attendance');
    expect(await claimsIn(send, PORT_TEXT)).toEqual([]);

    await send('packs.import', { text: portStrikeText() });
    expect(await claimsIn(send, PORT_TEXT)).toEqual([`${PORT_ID}/strike-called`, `${PORT_ID}/strike-length`, `${PORT_ID}/port-closed`]);

    await send('packs.setEnabled', { id: 'baku-2025', enabled: false });
    expect(await claimsIn(send, BAKU_TEXT)).toEqual([]);
    await send('packs.setEnabled', { id: PORT_ID, enabled: false });
    expect(await claimsIn(send, PORT_TEXT)).toEqual([]);

    await send('packs.setEnabled', { id: 'baku-2025', enabled: true });
    expect(await claimsIn(send, BAKU_TEXT)).toContain('baku-2025/sharaa-attendance');
  });

  it('gives the popup the stories of the packs that are on', async () => {
    const { send } = setup();
    await send('packs.import', { text: portStrikeText() });
    await send('packs.setEnabled', { id: 'baku-2025', enabled: false });
    const answer = await send('packs.views', {}, PAGE);
    expect(answer.ok && (answer.value as { stories: { pack: string }[] }).stories.map((s) => s.pack)).toEqual([PORT_ID]);
  });
});
