import * as z from 'zod/mini';
import { passageSchema } from './passage-schema';

// zod/mini: the content script answers these and validates each request on receipt (protocol.ts).
// Built on first use: most pages are never asked anything by the popup.
const buildTabMessages = () => {
  /** What a page's content script reports about itself to the popup. */
  const PageStateSchema = z.strictObject({
    url: z.string(),
    title: z.string(),
    /** False when the reader switched Crosscheck off for this site. */
    enabled: z.boolean(),
    /** Whether the cheap pre-check found the page to be about the story. */
    aboutStory: z.boolean(),
    /** A check is under way (the first one, or of text the page added): passages may still come. */
    checking: z.boolean(),
    /** Highlights currently shown. */
    visible: z.boolean(),
    passages: z.array(passageSchema()),
    error: z.nullable(z.string()),
  });
  /** Which of this page's notes are shown on it and which could not be placed (orphaned). */
  const NoteStatusSchema = z.strictObject({ placed: z.array(z.string()), orphaned: z.array(z.string()) });
  const Jump = z.strictObject({ index: z.number().check(z.int()), total: z.number().check(z.int()) });
  const Empty = z.strictObject({});
  return {
    'page.state': { request: Empty, response: PageStateSchema },
    /** Scroll to the next passage of a claim (wrapping round) and flash it. */
    'page.scrollToClaim': { request: z.strictObject({ claim: z.string().check(z.maxLength(100)) }), response: Jump },
    /** Scroll to the next passage that contradicts or is contested. */
    'page.nextFlagged': { request: Empty, response: Jump },
    'page.setVisible': { request: z.strictObject({ visible: z.optional(z.boolean()) }), response: z.strictObject({ visible: z.boolean() }) },
    /** Open the note editor on the reader's selection (shortcut, context menu); false when nothing is selected. */
    'page.addNote': { request: Empty, response: z.strictObject({ opened: z.boolean() }) },
    /** Scroll to a note's passage and flash it; false when the note is orphaned on this page. */
    'page.scrollToNote': { request: z.strictObject({ id: z.uuid() }), response: z.strictObject({ found: z.boolean() }) },
    /** Notes changed elsewhere (popup): re-read and re-anchor them → which ids are placed and which orphaned. */
    'page.notesChanged': { request: Empty, response: NoteStatusSchema },
  };
};
let built: ReturnType<typeof buildTabMessages> | null = null;

/**
 * Messages the content script answers, sent by the popup or the background with
 * `browser.tabs.sendMessage`. Same envelope and `{ ok, value | error }` answers as the background's.
 */
export const tabMessages = () => (built ??= buildTabMessages());
export type TabMessages = ReturnType<typeof tabMessages>;
export type PageState = z.infer<TabMessages['page.state']['response']>;
export type NoteStatus = z.infer<TabMessages['page.notesChanged']['response']>;
