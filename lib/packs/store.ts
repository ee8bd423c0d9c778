import { z } from 'zod';
import { parsePack } from '../pack/load';
import { precheckSpec, type PrecheckSpec } from '../pack/precheck';
import { LANGS, type Lang, type Pack } from '../pack/schema';
import { IMPORTED_PRECHECK_KEY, PACKS_IMPORTED_KEY, PACKS_OFF_KEY, packKey, storedPacksOff, storedPrecheckSpecs } from './content-keys';
import { readPackText } from './read-pack-text';

/**
 * The claim packs: the bundled ones (listed, can be switched off, never removed) and those the reader
 * imports (validated JSON). Bad input loses nothing: a file that fails any check changes nothing.
 *
 * Kept in `browser.storage.local`, not IndexedDB, because content scripts must read part of it: the
 * switched-off ids (the small script, with the settings) and the imported packs' pre-check (the second
 * small script, on every page). IndexedDB opened in a content script is the page's, not ours, so those
 * keys must live here; keeping the packs beside them lets one `set` write a pack, the index and the
 * derived keys together, with no second store to fall out of step. Room: Chromium gives storage.local
 * 10 MB (5 MB before Chromium 114) without `unlimitedStorage`, about a hundred packs the Baku pack's
 * size (74 KB); an import that does not fit is refused with a message, and nothing changes.
 *
 * Layout (keys in content-keys.ts): `crosscheck:pack:<id>` the file's JSON as imported; the index of
 * imported packs with each one's title, counts and pre-check; the ids switched off; and the pre-check of
 * the imported packs that are on. The background is the only writer; calls run one at a time.
 */

/** The slice of `browser.storage.local` the store needs; passed in so tests can use a plain map. */
export interface PackStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** A pack as the options page lists it. */
export interface PackSummary {
  id: string;
  title: string;
  date: string;
  languages: Lang[];
  claims: number;
  source: 'bundled' | 'imported';
  enabled: boolean;
  /** When it was imported (ms since the epoch); imported packs only. */
  importedAt?: number;
  /** Why an imported pack that is on could not be read back (the matcher skips it). */
  problem?: string;
}

/** More imported packs than any reader follows at once; storage would run out first for large ones. */
export const MAX_IMPORTED_PACKS = 50;
/**
 * Names an imported pack may give the page pre-check, which runs on every page while the pack is on:
 * one alternation of them all, so its cost grows with their number. The Baku pack gives about 40.
 */
export const MAX_PRECHECK_NAMES = 500;

const EntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  languages: z.array(z.enum(LANGS)),
  claims: z.number().int().nonnegative(),
  importedAt: z.number(),
  precheck: z.custom<PrecheckSpec>((v) => storedPrecheckSpecs([v]).length === 1),
});
type Entry = z.infer<typeof EntrySchema>;
interface State {
  off: string[];
  imported: Entry[];
}

// Entries that do not parse (storage edited by hand) are left out of the list; their packs stay stored.
const readIndex = (raw: unknown): Entry[] => (Array.isArray(raw) ? raw.flatMap((e) => { const r = EntrySchema.safeParse(e); return r.success ? [r.data] : []; }) : []);
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const versionOf = (e: Entry) => `${e.id}@${e.importedAt}`;

export interface PackStoreDeps {
  area: PackStorage;
  bundled: readonly Pack[];
  /** Validates a pack; throws with the paths and problems (parsePack, by default). */
  parse?: (json: unknown) => Pack;
  /** A further check of a valid pack (the background compiles it with the matcher); throws to refuse it. */
  verify?: (pack: Pack) => void;
  now?: () => number;
}

export function createPackStore({ area, bundled, parse = parsePack, verify, now = Date.now }: PackStoreDeps) {
  const bundledIds = new Set(bundled.map((p) => p.id));
  // One call at a time: two quick switches must not both read the old index and lose one change.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
  // Imported packs parsed once per stored version, so the matcher (which caches compiled packs per
  // pack object) gets the same object on every call.
  const parsed = new Map<string, Pack>();
  const problems = new Map<string, string>();
  let enabledCache: Promise<readonly Pack[]> | null = null;
  const forget = (id: string) => {
    for (const key of parsed.keys()) if (key.startsWith(`${id}@`)) parsed.delete(key);
    problems.delete(id);
  };

  async function readState(): Promise<State> {
    const got = await area.get([PACKS_OFF_KEY, PACKS_IMPORTED_KEY]);
    return { off: storedPacksOff(got[PACKS_OFF_KEY]), imported: readIndex(got[PACKS_IMPORTED_KEY]) };
  }

  async function write(state: State, extra: Record<string, unknown> = {}): Promise<void> {
    const precheck = state.imported.filter((e) => !state.off.includes(e.id)).map((e) => e.precheck);
    try {
      await area.set({ ...extra, [PACKS_IMPORTED_KEY]: state.imported, [PACKS_OFF_KEY]: state.off, [IMPORTED_PRECHECK_KEY]: precheck });
    } catch (err) {
      const full = /quota/i.test(message(err));
      throw new Error(full ? `Crosscheck's storage has no room for this (${message(err)}). Remove an imported pack and try again.` : `Could not save: ${message(err)}`);
    } finally {
      enabledCache = null;
    }
  }

  function summaries({ off, imported }: State): PackSummary[] {
    const on = (id: string) => !off.includes(id);
    return [
      ...bundled.map((p) => ({ id: p.id, title: p.story.title, date: p.story.date, languages: p.languages, claims: p.claims.length, source: 'bundled' as const, enabled: on(p.id) })),
      ...imported.map(({ precheck: _, ...e }) => ({ ...e, source: 'imported' as const, enabled: on(e.id), ...(problems.has(e.id) && { problem: problems.get(e.id) }) })),
    ];
  }

  async function loadEnabled(): Promise<readonly Pack[]> {
    const state = await readState();
    const on = state.imported.filter((e) => !state.off.includes(e.id));
    const missing = on.filter((e) => !parsed.has(versionOf(e)));
    const bodies = missing.length ? await area.get(missing.map((e) => packKey(e.id))) : {};
    for (const e of missing) {
      try {
        parsed.set(versionOf(e), parse(bodies[packKey(e.id)]));
        problems.delete(e.id);
      } catch (err) {
        problems.set(e.id, `Could not be read back: ${message(err)}`);
      }
    }
    const imported = on.flatMap((e) => parsed.get(versionOf(e)) ?? []);
    return [...bundled.filter((p) => !state.off.includes(p.id)), ...imported];
  }

  return {
    /** Every pack, bundled first, then imported ones in the order they came. */
    list: (): Promise<PackSummary[]> => serial(async () => summaries(await readState())),

    /** The packs that are on, for the matcher: the same objects from call to call until packs change. */
    enabled: (): Promise<readonly Pack[]> =>
      serial(() => {
        enabledCache ??= loadEnabled().catch((err) => {
          enabledCache = null;
          throw err;
        });
        return enabledCache;
      }),

    /**
     * Imports a pack file's text. Refuses, changing nothing, a file too large, not JSON, not a valid
     * pack (the message names each path and its problem), or with the id of a bundled pack. A pack
     * with the id of an imported one replaces it (a newer version of the same story) and is on.
     */
    async importText(text: string): Promise<{ pack: PackSummary; replaced: boolean; packs: PackSummary[] }> {
      const json = readPackText(text);
      const pack = parse(json);
      if (bundledIds.has(pack.id)) {
        throw new Error(`The pack's id "${pack.id}" is the id of a pack bundled with Crosscheck; change "id" in the file to import it as a story of its own.`);
      }
      const precheck = precheckSpec(pack);
      const names = precheck.key.length + precheck.sides.flat().length + precheck.places.length;
      if (names > MAX_PRECHECK_NAMES) {
        throw new Error(
          `The pack gives the page pre-check ${names} names (aliases of its key entities, of the event's sides and places); at most ${MAX_PRECHECK_NAMES}, as it runs on every page. Keep the spellings copy uses.`,
        );
      }
      try {
        verify?.(pack);
      } catch (err) {
        throw new Error(`The matcher cannot read this pack: ${message(err)}`);
      }
      return serial(async () => {
        const state = await readState();
        const replaced = state.imported.some((e) => e.id === pack.id);
        if (!replaced && state.imported.length >= MAX_IMPORTED_PACKS) throw new Error(`Crosscheck keeps at most ${MAX_IMPORTED_PACKS} imported packs; remove one first.`);
        const entry: Entry = { id: pack.id, title: pack.story.title, date: pack.story.date, languages: pack.languages, claims: pack.claims.length, importedAt: now(), precheck };
        const next: State = {
          off: state.off.filter((id) => id !== pack.id),
          imported: replaced ? state.imported.map((e) => (e.id === pack.id ? entry : e)) : [...state.imported, entry],
        };
        await write(next, { [packKey(pack.id)]: json });
        forget(pack.id);
        parsed.set(versionOf(entry), pack);
        const packs = summaries(next);
        return { pack: packs.find((p) => p.id === pack.id)!, replaced, packs };
      });
    },

    /** Switches a pack, bundled or imported, on or off. */
    setEnabled: (id: string, enabled: boolean): Promise<PackSummary[]> =>
      serial(async () => {
        const state = await readState();
        if (!bundledIds.has(id) && !state.imported.some((e) => e.id === id)) throw new Error(`There is no pack "${id}".`);
        const rest = state.off.filter((x) => x !== id);
        const next = { ...state, off: enabled ? rest : [...rest, id].sort() };
        await write(next);
        return summaries(next);
      }),

    /** Removes an imported pack; a bundled one can only be switched off. */
    remove: (id: string): Promise<PackSummary[]> =>
      serial(async () => {
        const bundledPack = bundled.find((p) => p.id === id);
        if (bundledPack) throw new Error(`“${bundledPack.story.title}” comes with Crosscheck and cannot be removed; switch it off instead.`);
        const state = await readState();
        if (!state.imported.some((e) => e.id === id)) throw new Error(`There is no imported pack "${id}".`);
        const next = { off: state.off.filter((x) => x !== id), imported: state.imported.filter((e) => e.id !== id) };
        await write(next);
        // After the index: a body left behind by a failure here is never listed or read.
        await area.remove([packKey(id)]).catch(() => undefined);
        forget(id);
        return summaries(next);
      }),
  };
}
export type PackStore = ReturnType<typeof createPackStore>;

/** Whether any imported pack is on: the second small content script runs only then. */
export const anyImportedOn = (packs: readonly PackSummary[]): boolean => packs.some((p) => p.source === 'imported' && p.enabled);
