import bakuPack from '../../assets/packs/baku-2025.json';
import { describeZodError } from '../messaging/protocol';
import { PackSchema, type Pack } from './schema';

/**
 * Validates an untrusted claim pack (the bundled one, or one a user imports). Throws an Error whose
 * message names each bad path and its problem, e.g. `claims.3.versions.0.quote: not found verbatim …`.
 */
export function parsePack(json: unknown): Pack {
  const result = PackSchema.safeParse(json);
  if (!result.success) throw new Error(`Invalid claim pack: ${describeZodError(result.error)}`);
  return result.data;
}

/** The packs shipped in `assets/packs/`, validated once at import time (a test keeps them valid). */
export const bundledPacks: readonly Pack[] = [parsePack(bakuPack)];

/** The Baku pack, for the tests and tools of this story. */
export const bakuPackData: Pack = bundledPacks[0]!;
