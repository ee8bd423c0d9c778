import { z } from 'zod';
import { passageSchema } from './passage-schema';
import { defineMessage } from './protocol';
import { MAX_MATCH_CHARS } from './match-limits';

export const PassageSchema = passageSchema();

export { MAX_MATCH_CHARS };

const Short = z.string().max(2000);
const VersionViewSchema = z.strictObject({ account: Short, position: Short, says: Short, quote: Short, source: Short, time: Short });
export const ClaimViewSchema = z.strictObject({
  id: Short,
  pack: Short,
  question: Short,
  summary: Short,
  positions: z.array(z.strictObject({ id: Short, label: Short })),
  compatible: z.array(z.tuple([Short, Short])),
  versions: z.array(VersionViewSchema),
  otherVoices: z.array(z.strictObject({ who: Short, says: Short, quote: Short, source: Short })),
});
export const StoryViewSchema = z.strictObject({
  pack: Short,
  title: Short,
  date: Short,
  summary: Short,
  accounts: z.array(z.strictObject({ id: Short, name: Short, about: Short })),
  sources: z.record(
    Short,
    z.strictObject({
      id: Short,
      outlet: Short,
      title: Short,
      url: Short,
      published: Short,
      carries: z.array(z.strictObject({ account: Short, via: z.enum(['first-hand', 'relay']) })),
    }),
  ),
});

/** Messages for the claim engine, answered by the background (which holds the matcher). */
export const matchMessages = {
  /** Match a page's article text; the content script sends it, the background runs the matcher. */
  // The answer carries the claims and stories it found, so the content script never bundles a pack.
  match: defineMessage(
    z.strictObject({
      text: z.string().max(MAX_MATCH_CHARS),
      /** Text read before `text` (a page's opening, for paragraphs added later): it sets the scene but yields no passages. */
      context: z.string().max(20_000).optional(),
      /** The page's own id for this check, so it can stop it with `match.cancel` (its text was replaced). */
      job: z.string().max(64).optional(),
    }),
    z.strictObject({
      passages: z.array(PassageSchema),
      /** By claim key ("pack/claim"). */
      claims: z.record(z.string(), ClaimViewSchema),
      stories: z.record(z.string(), StoryViewSchema),
    }),
  ),
  /** Stops a check the same page asked for; false when it had ended already. */
  'match.cancel': defineMessage(z.strictObject({ job: z.string().max(64) }), z.boolean()),
  /** The enabled packs' stories and claims, for the popup's overview and for linking a note to a claim. */
  'packs.views': defineMessage(z.strictObject({}), z.strictObject({ stories: z.array(StoryViewSchema), claims: z.array(ClaimViewSchema) })),
  /** Claim keys and questions, for linking a note to a claim (the content script does not bundle the packs). */
  'claims.list': defineMessage(z.strictObject({}), z.array(z.strictObject({ id: z.string(), question: z.string() }))),
  /** The content script reports how many passages it flagged, for the toolbar badge. */
  reportCounts: defineMessage(
    z.strictObject({ flagged: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
    z.null(),
  ),
};
