/**
 * The three primary accounts, without zod: the in-page card needs their ids and names, and the
 * content script must not bundle the claim-set schema (see lib/claims/schema.ts for that).
 */
export const SOURCE_IDS = ['afp', 'i24', 'samaa'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const SOURCE_LABELS: Record<SourceId, string> = {
  afp: 'AFP',
  i24: 'i24 News',
  samaa: 'Samaa',
};
