import { browser } from 'wxt/browser';
import type { ClaimSet } from '../../lib/claims/schema';
import type { Sender } from '../../lib/messaging/router';
import { createNoteFrameHandlers } from '../../lib/notes/frame-handlers';
import { createFrameSessions, storageAreaStore } from '../../lib/notes/frame-sessions';
import type { NoteRepository } from '../../lib/notes/repository';

/**
 * The note frame's handlers over `storage.session`, which outlives the service worker's restarts
 * while a reader writes, stays in memory, and is closed to content scripts (its default access level).
 */
export function createFrameHandlers(repo: NoteRepository, claimSet: ClaimSet, isExtensionPage: (sender: Sender) => boolean) {
  const claims = claimSet.claims.map((c) => ({ id: c.id, question: c.question }));
  return createNoteFrameHandlers({
    sessions: createFrameSessions({ store: storageAreaStore(browser.storage.session) }),
    repo,
    claims: () => claims,
    isExtensionPage,
  });
}
