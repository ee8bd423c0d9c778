import { contentMessages } from './content-messages';
import { matchMessages } from './match-messages';
import { noteFrameMessages } from './note-frame-messages';
import { noteMessages } from './note-messages';
import { packMessages } from './pack-messages';

/** Every message the background answers, by type. */
export const messages = { ...matchMessages, ...packMessages, ...noteMessages, ...noteFrameMessages, ...contentMessages };
export type Messages = typeof messages;
