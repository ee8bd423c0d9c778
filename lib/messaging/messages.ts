import { contentMessages } from './content-messages';
import { matchMessages } from './match-messages';
import { noteFrameMessages } from './note-frame-messages';
import { noteMessages } from './note-messages';

/** Every message the background answers, by type. */
export const messages = { ...matchMessages, ...noteMessages, ...noteFrameMessages, ...contentMessages };
export type Messages = typeof messages;
