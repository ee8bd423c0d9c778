import { browser } from 'wxt/browser';
import type { Pack } from '../../lib/pack/schema';
import { claimKey } from '../../lib/pack/view';
import type { Sender } from '../../lib/messaging/router';
import { createNoteFrameHandlers } from '../../lib/notes/frame-handlers';
import { createFrameSessions, storageAreaStore } from '../../lib/notes/frame-sessions';
import type { NoteRepository } from '../../lib/notes/repository';

/**
 * The note frame's handlers over `storage.session`, which outlives the service worker's restarts
 * while a reader writes, stays in memory, and is closed to content scripts (its default access level).
 */
export function createFrameHandlers(repo: NoteRepository, packs: () => Promise<readonly Pack[]>, isExtensionPage: (sender: Sender) => boolean) {
  const claims = async () => (await packs()).flatMap((p) => p.claims.map((c) => ({ id: claimKey(p.id, c.id), question: c.question })));
  return createNoteFrameHandlers({
    sessions: createFrameSessions({ store: storageAreaStore(browser.storage.session) }),
    repo,
    claims,
    isExtensionPage,
  });
}
