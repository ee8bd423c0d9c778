import { contentMessages } from './content-messages';
import { matchMessages } from './match-messages';
import { noteMessages } from './note-messages';

/** Every message the background answers, by type. */
export const messages = { ...matchMessages, ...noteMessages, ...contentMessages };
export type Messages = typeof messages;
