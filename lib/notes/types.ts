import { z } from 'zod';

/**
 * The shape of a personal note, as zod schemas (the single source of truth) and the types inferred
 * from them. Selector objects keep the W3C Web Annotation names so export is a rename-free mapping.
 */

/** Size limits: generous for real use, small enough that a hostile page cannot flood the database. */
export const NOTE_LIMITS = {
  url: 2_048,
  title: 500,
  quote: 5_000,
  context: 256,
  body: 10_000,
  claimId: 128,
  searchText: 500,
} as const;

/** The tags a reader can put on a note; `null` means untagged. */
export const NOTE_TAGS = ['agree', 'dispute', 'needs-source', 'follow-up'] as const;
export const NoteTagSchema = z.enum(NOTE_TAGS);
export type NoteTag = z.infer<typeof NoteTagSchema>;

/** W3C TextQuoteSelector: the exact text plus a little context on each side to tell repeats apart. */
export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z
    .string()
    .max(NOTE_LIMITS.quote, `a quote can be at most ${NOTE_LIMITS.quote} characters; select a shorter passage`)
    .refine((s) => s.trim().length > 0, 'the quote is empty; select some text first'),
  prefix: z.string().max(NOTE_LIMITS.context),
  suffix: z.string().max(NOTE_LIMITS.context),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C TextPositionSelector: character offsets [start, end) in the article text. */
export const TextPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** Both selectors a note carries; anchoring tries them in order (see anchor.ts). */
export const NoteSelectorsSchema = z.strictObject({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});
export type NoteSelectors = z.infer<typeof NoteSelectorsSchema>;

/** Only web pages carry articles; `javascript:` or `data:` URLs are refused outright. */
export const PageUrlSchema = z
  .string()
  .max(NOTE_LIMITS.url, `the page address is longer than ${NOTE_LIMITS.url} characters`)
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'must be an http(s) page address');

export const NoteBodySchema = z
  .string()
  .max(NOTE_LIMITS.body, `a note can be at most ${NOTE_LIMITS.body} characters; shorten it or split it in two`);
export const NoteTitleSchema = z.string().max(NOTE_LIMITS.title);
export const ClaimIdSchema = z.string().min(1).max(NOTE_LIMITS.claimId);
const TimestampSchema = z.number().int().nonnegative();

/** A stored note. `quote` repeats `selectors.quote.exact` so lists and search need not dig. */
export const NoteSchema = z
  .strictObject({
    id: z.uuid(),
    url: PageUrlSchema,
    title: NoteTitleSchema,
    quote: z.string(),
    selectors: NoteSelectorsSchema,
    body: NoteBodySchema,
    tag: NoteTagSchema.nullable(),
    claimId: ClaimIdSchema.nullable(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .refine((n) => n.quote === n.selectors.quote.exact, {
    message: 'quote must equal selectors.quote.exact',
    path: ['quote'],
  });
export type Note = z.infer<typeof NoteSchema>;

/** What the UI sends to create a note; id, quote and timestamps are filled in by the repository. */
export const NewNoteInputSchema = z.strictObject({
  url: PageUrlSchema,
  title: NoteTitleSchema.default(''),
  selectors: NoteSelectorsSchema,
  body: NoteBodySchema.default(''),
  tag: NoteTagSchema.nullable().default(null),
  claimId: ClaimIdSchema.nullable().default(null),
});
export type NewNoteInput = z.input<typeof NewNoteInputSchema>;

/**
 * Fields a reader may change. `selectors` is here so the UI can re-anchor a note after the page was
 * edited (the quote follows the new selectors); url and timestamps are not editable.
 */
export const NotePatchSchema = z.strictObject({
  title: NoteTitleSchema.optional(),
  selectors: NoteSelectorsSchema.optional(),
  body: NoteBodySchema.optional(),
  tag: NoteTagSchema.nullable().optional(),
  claimId: ClaimIdSchema.nullable().optional(),
});
export type NotePatch = z.input<typeof NotePatchSchema>;

/** Search filters, all optional and combined with AND. */
export const NoteQuerySchema = z.strictObject({
  /** Case-insensitive substring of the quote or the body. */
  text: z.string().max(NOTE_LIMITS.searchText).optional(),
  /** A hostname ("nytimes.com" also finds www.nytimes.com) or any URL on that site. */
  site: z.string().max(NOTE_LIMITS.url).optional(),
  tag: NoteTagSchema.optional(),
  claimId: ClaimIdSchema.optional(),
});
export type NoteQuery = z.input<typeof NoteQuerySchema>;

/** How many notes one search answer carries at most: a list longer than this is read a page at a time. */
export const SEARCH_PAGE_MAX = 1_000;

/** A search as My notes asks it: the filters, how many to send, and a page whose notes it lists itself. */
export const NoteSearchSchema = NoteQuerySchema.extend({
  /** At most this many notes, newest edits first; the answer's `total` says how many match. */
  limit: z.int().min(1).max(SEARCH_PAGE_MAX).optional(),
  /** Leave out this page's notes (any form of its URL): the view lists them itself, in reading order. */
  excludeUrl: z.string().max(NOTE_LIMITS.url).optional(),
});
export type NoteSearch = z.input<typeof NoteSearchSchema>;
