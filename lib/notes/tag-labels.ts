import type { NoteTag } from './types';

/**
 * The reader's tags in plain words, in the order the editors offer them. Here, not beside the notes
 * view's state, so the background (Markdown export) and the content script can read them without Preact.
 */
export const TAG_LABELS: Record<NoteTag, string> = {
  agree: 'Agree',
  dispute: 'Dispute',
  'needs-source': 'Needs a source',
  'follow-up': 'Follow up',
};
/** The tags in menu order (kept here, not read from the zod schema, so the content script stays small). */
export const TAG_ORDER = Object.keys(TAG_LABELS) as NoteTag[];
