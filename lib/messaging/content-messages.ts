import { z } from 'zod';
import { defineMessage } from './protocol';

/** The script the background injects when the small content script asks for the rest of Crosscheck. */
export const FULL_SCRIPT = '/crosscheck-page.js';

/**
 * Messages about loading Crosscheck into a page. The manifest's content script is small (pre-check,
 * settings, a watcher); everything else is injected into the asking frame only when the page is about
 * the story, has notes, or the reader asks for something (popup, shortcut, context menu).
 */
export const contentMessages = {
  /** Inject the full content script into the sender's frame → `{ injected: true }` once it has run. */
  'content.loadFull': defineMessage(z.strictObject({}), z.strictObject({ injected: z.boolean() })),
};
export type ContentMessages = typeof contentMessages;
