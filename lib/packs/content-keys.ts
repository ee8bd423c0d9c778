import type { PrecheckSpec } from '../pack/precheck';

/**
 * Where the packs live in `browser.storage.local`, and zod-free readers for the two keys content
 * scripts read: they run in every page, so they check the shape structurally instead of bundling zod
 * (the store in store.ts writes these keys and is the only writer; see there for the whole layout).
 */

/** Ids of the packs switched off, bundled or imported. The small content script reads it with the settings. */
export const PACKS_OFF_KEY = 'crosscheck:packs:off';
/** The imported packs, in import order (what the options page lists). */
export const PACKS_IMPORTED_KEY = 'crosscheck:packs:imported';
/** The pre-check of the imported packs that are on: what the second small script reads on every page. */
export const IMPORTED_PRECHECK_KEY = 'crosscheck:packs:precheck';
/** One imported pack, as its file gave it. */
export const packKey = (id: string): string => `crosscheck:pack:${id}`;

/** Keys whose change means the enabled packs changed: open pages check again. */
export const PACK_KEYS: readonly string[] = [PACKS_OFF_KEY, PACKS_IMPORTED_KEY, IMPORTED_PRECHECK_KEY];

const strings = (v: unknown, max: number): v is string[] => Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string' && s.length <= 300);

/** The ids switched off; [] for anything malformed (then every pack counts as on, as before packs could be switched). */
export function storedPacksOff(raw: unknown): string[] {
  return strings(raw, 1000) ? raw : [];
}

/**
 * The imported packs' pre-check specs; malformed entries are dropped. The store derives them from
 * validated packs, so this only guards against storage changed by hand: a bad spec must not break a page.
 */
export function storedPrecheckSpecs(raw: unknown): PrecheckSpec[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (s): s is PrecheckSpec =>
      !!s &&
      typeof s === 'object' &&
      typeof s.pack === 'string' &&
      strings(s.key, 2000) &&
      Array.isArray(s.sides) &&
      s.sides.every((side: unknown) => strings(side, 2000)) &&
      strings(s.places, 2000),
  );
}
