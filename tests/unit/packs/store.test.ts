import { describe, expect, it, test, vi } from 'vitest';
import { bakuPackData, parsePack } from '../../../lib/pack/load';
import { precheckSpec } from '../../../lib/pack/precheck';
import { IMPORTED_PRECHECK_KEY, PACKS_IMPORTED_KEY, PACKS_OFF_KEY, packKey } from '../../../lib/packs/content-keys';
import { LANGUAGES } from '../../../lib/lang';
import { checkWithEngine } from '../../../lib/packs/engine-check';
import { anyImportedOn, createPackStore, type PackStoreDeps } from '../../../lib/packs/store';
import { PORT_ID, brokenPortStrikeText, memoryStorage, otherPackText, portStrikeText } from './fixtures';

const BAKU = bakuPackData.id;

function setup(deps: Partial<PackStoreDeps> = {}, initial: Record<string, unknown> = {}) {
  const area = memoryStorage(initial);
  let clock = 1_000;
  const store = createPackStore({ area, bundled: [bakuPackData], now: () => (clock += 1000), ...deps });
  const snapshot = () => structuredClone(Object.fromEntries(area.data));
  return { area, store, snapshot };
}

const ids = (packs: { id: string; enabled: boolean }[]) => packs.map((p) => `${p.id}:${p.enabled ? 'on' : 'off'}`);

describe('the pack list', () => {
  it('lists the bundled pack, on, before anything is imported', async () => {
    const { store } = setup();
    expect(await store.list()).toEqual([
      { id: BAKU, title: bakuPackData.story.title, date: bakuPackData.story.date, languages: bakuPackData.languages, claims: bakuPackData.claims.length, source: 'bundled', enabled: true },
    ]);
  });

  it('lists imported packs after the bundled one, in the order they came', async () => {
    const { store } = setup();
    await store.importText(portStrikeText());
    await store.importText(otherPackText('another-story', 'Another story'));
    expect((await store.list()).map((p) => [p.id, p.source])).toEqual([
      [BAKU, 'bundled'],
      [PORT_ID, 'imported'],
      ['another-story', 'imported'],
    ]);
  });
});

describe('importing a pack', () => {
  it('adds a valid pack, on, with its title, languages and number of claims, and says it was not a replacement', async () => {
    const { store, area } = setup();
    const { pack, replaced, packs } = await store.importText(portStrikeText());
    expect(pack).toEqual({ id: PORT_ID, title: 'The dock strike at Port Carrow, March 2025', date: '2025-03-03', languages: ['en'], claims: 3, source: 'imported', enabled: true, importedAt: 2000 });
    expect(replaced).toBe(false);
    expect(ids(packs)).toEqual([`${BAKU}:on`, `${PORT_ID}:on`]);
    // The file as given, and the pre-check the second small script reads.
    expect(area.data.get(packKey(PORT_ID))).toEqual(JSON.parse(portStrikeText()));
    expect(area.data.get(IMPORTED_PRECHECK_KEY)).toEqual([precheckSpec(parsePack(JSON.parse(portStrikeText())))]);
  });

  it('refuses an invalid pack with the path and the problem, and leaves storage exactly as it was', async () => {
    const { store, snapshot } = setup();
    await store.importText(otherPackText('kept', 'A pack already there'));
    const before = snapshot();
    await expect(store.importText(brokenPortStrikeText())).rejects.toThrow(
      'Invalid claim pack: claims.1.versions.1.quote: not found verbatim in authority\'s words in source "authority-release"',
    );
    expect(snapshot()).toEqual(before);
    expect((await store.list()).map((p) => p.id)).toEqual([BAKU, 'kept']);
  });

  test.each([
    ['a file that is not JSON, with where it breaks', '{\n  "id": "x"\n  "story": {}\n}', /^The file is not JSON: .+ \(line 3, column 3\)\.$/],
    ['an empty file', '  \n', /^The file is empty\.$/],
    ['JSON that is not a pack', '[1, 2, 3]', /^Invalid claim pack: \(root\): /],
    ['a pack for another schema version', JSON.stringify({ ...JSON.parse(portStrikeText()), schemaVersion: 2 }), /^Invalid claim pack: schemaVersion: must be 1/],
    ['a pack with the id of the bundled pack', JSON.stringify({ ...JSON.parse(portStrikeText()), id: BAKU }), /id "baku-2025" is the id of a pack bundled with Crosscheck; change "id"/],
  ])('refuses %s, changing nothing', async (_name, text, error) => {
    const { store, snapshot } = setup();
    const before = snapshot();
    await expect(store.importText(text)).rejects.toThrow(error);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a file over 2 MB before parsing it', async () => {
    const parse = vi.fn(parsePack);
    const { store } = setup({ parse });
    await expect(store.importText(`{"pad": "${'x'.repeat(2_000_000)}"}`)).rejects.toThrow(/^The file is 2 MB \(2,000,011 bytes\); a pack may be at most 2 MB \(2,000,000 bytes\)\.$/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses a pack the matcher cannot read, naming the matcher', async () => {
    const { store, snapshot } = setup({ verify: () => { throw new Error('unknown frame'); } });
    const before = snapshot();
    await expect(store.importText(portStrikeText())).rejects.toThrow('The matcher cannot read this pack: unknown frame');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a pack whose names would make the pre-check on every page too costly', async () => {
    const pack = JSON.parse(portStrikeText());
    pack.entities.find((e: { id: string }) => e.id === 'carrow').aliases.en = Array.from({ length: 64 }, (_, i) => `harbour${i}`);
    for (let i = 0; i < 8; i++) pack.entities.push({ id: `quay-${i}`, kind: 'place', label: `Quay ${i}`, aliases: { en: Array.from({ length: 64 }, (_, j) => `quay${i}x${j}`) } });
    pack.event.places.push(...Array.from({ length: 8 }, (_, i) => `quay-${i}`));
    const { store, snapshot } = setup();
    const before = snapshot();
    await expect(store.importText(JSON.stringify(pack))).rejects.toThrow(/^The pack gives the page pre-check \d+ names .*at most 500, as it runs on every page/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses, changing nothing, when storage has no room left', async () => {
    const { store, area, snapshot } = setup();
    const before = snapshot();
    area.failNextSet(new Error('QUOTA_BYTES quota exceeded'));
    await expect(store.importText(portStrikeText())).rejects.toThrow(/^Crosscheck's storage has no room for this \(QUOTA_BYTES quota exceeded\)\. Remove an imported pack and try again\.$/);
    expect(snapshot()).toEqual(before);
  });

  it('replaces an imported pack with the same id (a newer version of the story), switched on, and says so', async () => {
    const { store } = setup();
    await store.importText(portStrikeText());
    await store.setEnabled(PORT_ID, false);
    const newer = JSON.parse(portStrikeText());
    newer.story.title = 'The dock strike at Port Carrow (updated)';
    const { pack, replaced, packs } = await store.importText(JSON.stringify(newer));
    expect(replaced).toBe(true);
    expect(pack).toMatchObject({ id: PORT_ID, title: 'The dock strike at Port Carrow (updated)', enabled: true });
    expect(packs.filter((p) => p.id === PORT_ID)).toHaveLength(1);
  });
});

describe('switching packs on and off', () => {
  it('switches the bundled pack off and on again; it stays listed', async () => {
    const { store, area } = setup();
    expect(ids(await store.setEnabled(BAKU, false))).toEqual([`${BAKU}:off`]);
    expect(area.data.get(PACKS_OFF_KEY)).toEqual([BAKU]);
    expect(await store.enabled()).toEqual([]);
    expect(ids(await store.setEnabled(BAKU, true))).toEqual([`${BAKU}:on`]);
    expect(await store.enabled()).toEqual([bakuPackData]);
  });

  it('keeps only the imported packs that are on in the pre-check the second small script reads', async () => {
    const { store, area } = setup();
    await store.importText(portStrikeText());
    await store.importText(otherPackText('another-story', 'Another story'));
    await store.setEnabled(PORT_ID, false);
    expect((area.data.get(IMPORTED_PRECHECK_KEY) as { pack: string }[]).map((s) => s.pack)).toEqual(['another-story']);
    expect(anyImportedOn(await store.setEnabled('another-story', false))).toBe(false);
    expect(area.data.get(IMPORTED_PRECHECK_KEY)).toEqual([]);
    // The bundled pack's pre-check is baked into the manifest's small script, never stored.
    await store.setEnabled(BAKU, true);
    expect(area.data.get(IMPORTED_PRECHECK_KEY)).toEqual([]);
  });

  it('takes two quick switches in a row, both', async () => {
    const { store } = setup();
    await store.importText(portStrikeText());
    await Promise.all([store.setEnabled(BAKU, false), store.setEnabled(PORT_ID, false)]);
    expect(ids(await store.list())).toEqual([`${BAKU}:off`, `${PORT_ID}:off`]);
  });

  it('refuses a pack it does not have', async () => {
    const { store } = setup();
    await expect(store.setEnabled('nope', false)).rejects.toThrow('There is no pack "nope".');
  });
});

describe('removing packs', () => {
  it('removes an imported pack and its stored file', async () => {
    const { store, area } = setup();
    await store.importText(portStrikeText());
    await store.setEnabled(PORT_ID, false);
    expect(ids(await store.remove(PORT_ID))).toEqual([`${BAKU}:on`]);
    expect(area.data.has(packKey(PORT_ID))).toBe(false);
    expect(area.data.get(PACKS_OFF_KEY)).toEqual([]);
    expect(area.data.get(PACKS_IMPORTED_KEY)).toEqual([]);
  });

  it('cannot remove the bundled pack, and says to switch it off instead', async () => {
    const { store, snapshot } = setup();
    const before = snapshot();
    await expect(store.remove(BAKU)).rejects.toThrow(`“${bakuPackData.story.title}” comes with Crosscheck and cannot be removed; switch it off instead.`);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an id it does not have', async () => {
    const { store } = setup();
    await expect(store.remove('nope')).rejects.toThrow('There is no imported pack "nope".');
  });
});

describe('the packs the matcher gets', () => {
  it('are the bundled and imported packs that are on, the same objects from call to call', async () => {
    const { store } = setup();
    await store.importText(portStrikeText());
    const first = await store.enabled();
    expect(first.map((p) => p.id)).toEqual([BAKU, PORT_ID]);
    expect(first[0]).toBe(bakuPackData);
    const second = await store.enabled();
    expect(second[1]).toBe(first[1]);
    // Another pack switched off and on: this one is not parsed again.
    await store.setEnabled(BAKU, false);
    await store.setEnabled(BAKU, true);
    expect((await store.enabled())[1]).toBe(first[1]);
  });

  it('are read back from storage once by a new store (a restarted background), then kept', async () => {
    const { area, store } = setup();
    await store.importText(portStrikeText());
    const parse = vi.fn(parsePack);
    const restarted = createPackStore({ area, bundled: [bakuPackData], parse });
    const [a, b] = [await restarted.enabled(), await restarted.enabled()];
    expect(a.map((p) => p.id)).toEqual([BAKU, PORT_ID]);
    expect(b[1]).toBe(a[1]);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('leave out a stored pack that no longer validates, and the list says why', async () => {
    const { area, store } = setup();
    await store.importText(portStrikeText());
    area.data.set(packKey(PORT_ID), { ...JSON.parse(portStrikeText()), schemaVersion: 0 });
    const restarted = createPackStore({ area, bundled: [bakuPackData] });
    expect((await restarted.enabled()).map((p) => p.id)).toEqual([BAKU]);
    expect((await restarted.list())[1]!.problem).toMatch(/^Could not be read back: Invalid claim pack: schemaVersion: /);
  });

  it('see a change made just before they are asked for', async () => {
    const { store } = setup();
    await store.enabled();
    // Not awaited: a page's match request may arrive while the switch is being saved.
    void store.setEnabled(BAKU, false);
    expect(await store.enabled()).toEqual([]);
  });
});

describe('checkWithEngine', () => {
  it('lets a pack in a language the matcher reads through, and refuses one in none of them', async () => {
    const check = checkWithEngine(LANGUAGES);
    const pack = parsePack(JSON.parse(portStrikeText()));
    expect(() => check(pack)).not.toThrow();
    // A matcher that reads English only (the pack schema knows every language the extension has).
    const englishOnly = checkWithEngine(LANGUAGES.filter((l) => l.id === 'en'));
    const { store } = setup({ verify: englishOnly });
    const arabic = JSON.parse(portStrikeText());
    arabic.languages = ['ar'];
    await expect(store.importText(JSON.stringify(arabic))).rejects.toThrow("The matcher cannot read this pack: it reads en, and this pack's languages are ar");
  });
});
