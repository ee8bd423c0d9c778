import { z } from 'zod';
import { LANGS } from '../pack/schema';
import { MAX_PACK_BYTES, formatBytes } from '../packs/read-pack-text';
import { defineMessage } from './protocol';

/**
 * Messages about the claim packs, answered by the background (which owns the pack store and the
 * matcher). Listing is open to any sender; importing, switching and removing only to Crosscheck's own
 * pages (see lib/packs/handlers.ts): a content script runs next to an untrusted page.
 */

const PackId = z.string().min(1).max(64);

export const PackSummarySchema = z.strictObject({
  id: PackId,
  title: z.string().max(300),
  date: z.string().max(20),
  languages: z.array(z.enum(LANGS)),
  claims: z.number().int().nonnegative(),
  source: z.enum(['bundled', 'imported']),
  enabled: z.boolean(),
  importedAt: z.number().optional(),
  problem: z.string().max(4000).optional(),
});
export type PackSummaryView = z.infer<typeof PackSummarySchema>;

const PackList = z.strictObject({ packs: z.array(PackSummarySchema) });

export const packMessages = {
  /** Every pack, bundled first → id, title, languages, claim count, bundled or imported, on or off. */
  'packs.list': defineMessage(z.strictObject({}), PackList),
  /**
   * Import a pack file's text → what was added (or replaced) and the new list. A bad file is refused
   * with the problem and where it is (`claims.3.versions.0.quote: not found verbatim …`); nothing changes.
   */
  'packs.import': defineMessage(
    z.strictObject({
      // Characters, which never exceed the file's bytes; the options page checks the bytes first.
      text: z.string().max(MAX_PACK_BYTES, `the file is larger than ${formatBytes(MAX_PACK_BYTES)}, the most a pack may be`),
    }),
    z.strictObject({ pack: PackSummarySchema, replaced: z.boolean(), packs: z.array(PackSummarySchema) }),
  ),
  /** Switch a pack on or off → the new list. */
  'packs.setEnabled': defineMessage(z.strictObject({ id: PackId, enabled: z.boolean() }), PackList),
  /** Remove an imported pack (a bundled one can only be switched off) → the new list. */
  'packs.remove': defineMessage(z.strictObject({ id: PackId }), PackList),
};
export type PackMessages = typeof packMessages;
