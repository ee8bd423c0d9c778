import claimSetJson from '../../assets/claims.json';
import { describeZodError } from '../messaging/protocol';
import { ClaimSetSchema, type ClaimSet } from './schema';

/**
 * Validates an untrusted claim set (the bundled one, or one a user imports).
 * Throws an Error whose message names each bad path and its problem,
 * e.g. `claims.3.accounts.afp.quote: expected string, received undefined`.
 */
export function parseClaimSet(json: unknown): ClaimSet {
  const result = ClaimSetSchema.safeParse(json);
  if (!result.success) throw new Error(`Invalid claim set: ${describeZodError(result.error)}`);
  return result.data;
}

/** The claim set shipped in `assets/claims.json`, validated once at import time (a test keeps it valid). */
export const bundledClaimSet: ClaimSet = parseClaimSet(claimSetJson);

/** Looks a claim up by id; the matcher's rules name claims by id, so a missing one is a programming error. */
export function claimById(set: ClaimSet, id: string): ClaimSet['claims'][number] | undefined {
  return set.claims.find((claim) => claim.id === id);
}
