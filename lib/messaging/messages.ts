import { matchMessages } from './match-messages';
import { noteMessages } from './note-messages';

/** Every message the background answers, by type. */
export const messages = { ...matchMessages, ...noteMessages };
export type Messages = typeof messages;
