import { z } from 'zod';
import { ClaimIdSchema, NoteBodySchema, NoteSelectorsSchema, NoteTagSchema, NoteTitleSchema, PageUrlSchema } from '../notes/types';
import { defineMessage } from './protocol';

/** A note-frame token as randomToken makes it (lib/notes/frame-sessions.ts): 43 base64url characters. */
export const FrameTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a note-frame token');
const Token = z.strictObject({ token: FrameTokenSchema });
const TokenAnswer = z.strictObject({ token: FrameTokenSchema });

/** What the reader writes in the frame. */
export const NoteFieldsSchema = z.strictObject({ body: NoteBodySchema, tag: NoteTagSchema.nullable(), claimId: ClaimIdSchema.nullable() });
export type NoteFields = z.infer<typeof NoteFieldsSchema>;

const ClaimOptionSchema = z.strictObject({ id: z.string(), question: z.string() });

/** What a frame shows once it has taken its token: an empty editor on a passage, or a note. */
export const FrameViewSchema = z.discriminatedUnion('kind', [
  // `claimId`: the claim to preselect, when the passage is one highlighted for a claim.
  z.strictObject({ kind: z.literal('new'), quote: z.string(), claims: z.array(ClaimOptionSchema), claimId: ClaimIdSchema.optional() }),
  z.strictObject({ kind: z.literal('note'), quote: z.string(), note: NoteFieldsSchema, claims: z.array(ClaimOptionSchema) }),
]);
export type FrameView = z.infer<typeof FrameViewSchema>;

/**
 * The note frame's protocol (entrypoints/note-frame). A page's content script opens a draft or a note
 * and gets only a token, never the note's text; it hands the token to the frame, an extension page, which
 * takes it and saves through the background. Tokens and their rules: lib/notes/frame-sessions.ts.
 */
export const noteFrameMessages = {
  /**
   * Content script: a new note on these selectors of the sender's page → a token for the frame.
   * `claimId`: the claim of the highlighted passage the selection lies in (an id the page knows anyway).
   */
  'noteFrame.openDraft': defineMessage(
    z.strictObject({ url: PageUrlSchema, title: NoteTitleSchema, selectors: NoteSelectorsSchema, claimId: ClaimIdSchema.optional() }),
    TokenAnswer,
  ),
  /** Content script: show this note of the sender's page → a token for the frame. */
  'noteFrame.openNote': defineMessage(z.strictObject({ id: z.uuid('must be a note id (a UUID)') }), TokenAnswer),
  /** Frame: what its token was opened for (once per token). */
  'noteFrame.take': defineMessage(Token, FrameViewSchema),
  /** Frame: save the new note, or the changed one (once per token). */
  'noteFrame.save': defineMessage(z.strictObject({ token: FrameTokenSchema, note: NoteFieldsSchema }), z.strictObject({ saved: z.literal(true) })),
};
export type NoteFrameMessages = typeof noteFrameMessages;
