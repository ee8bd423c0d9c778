import { z } from 'zod';
import { ClaimSchema } from '../claims/schema';
import { passageSchema } from './passage-schema';
import { defineMessage } from './protocol';

export const PassageSchema = passageSchema();

/** Largest text a page may send for matching (about 2 MB of characters). */
export const MAX_MATCH_CHARS = 2_000_000;

/** Messages for the claim engine, answered by the background (which holds the matcher). */
export const matchMessages = {
  /** Match a page's article text; the content script sends it, the background runs the matcher. */
  // The answer carries the claims it found, so the content script never bundles the claim set.
  match: defineMessage(
    z.strictObject({
      text: z.string().max(MAX_MATCH_CHARS),
      /** Text read before `text` (a page's opening, for paragraphs added later): it sets the scene but yields no passages. */
      context: z.string().max(20_000).optional(),
    }),
    z.strictObject({
      passages: z.array(PassageSchema),
      claims: z.record(z.string(), ClaimSchema),
      seeds: z.record(z.string(), z.strictObject({ outlet: z.string(), title: z.string() })),
    }),
  ),
  /** Claim ids and questions, for linking a note to a claim (the content script does not bundle the set). */
  'claims.list': defineMessage(z.strictObject({}), z.array(z.strictObject({ id: z.string(), question: z.string() }))),
  /** The content script reports how many passages it flagged, for the toolbar badge. */
  reportCounts: defineMessage(
    z.strictObject({ flagged: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
    z.null(),
  ),
};
