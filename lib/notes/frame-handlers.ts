import type { NoteFrameMessages } from '../messaging/note-frame-messages';
import type { Handlers, Sender } from '../messaging/router';
import type { FrameSessions } from './frame-sessions';
import { normalizeUrl } from './normalize-url';
import { NoteNotFoundError, type NoteRepository } from './repository';

type Deps = {
  sessions: FrameSessions;
  repo: Pick<NoteRepository, 'add' | 'update' | 'get'>;
  /** Claim ids and questions for the editor's "About claim" list. */
  claims: () => Promise<{ id: string; question: string }[]>;
  /** True for the extension's own documents (see fromExtensionPage in lib/messaging/sender-gate.ts). */
  isExtensionPage: (sender: Sender) => boolean;
};

/**
 * The background's side of the note frame. Opening is for a page's content script (a sender in a tab,
 * not an extension page) and yields only a token; taking and saving are for the extension's frame in
 * that same tab. The note's text goes from the database to the frame and back, never to the page.
 */
export function createNoteFrameHandlers({ sessions, repo, claims, isExtensionPage }: Deps): Handlers<NoteFrameMessages> {
  const pageTab = (sender: Sender): number => {
    if (sender.tabId === undefined || isExtensionPage(sender)) throw new Error("Only a page's content script can open a note window");
    return sender.tabId;
  };
  const frameOf = (sender: Sender) => {
    if (!isExtensionPage(sender) || sender.tabId === undefined || sender.frameId === undefined) throw new Error("Only Crosscheck's note window can ask for a note");
    return { tabId: sender.tabId, frameId: sender.frameId };
  };

  return {
    'noteFrame.openDraft': async (draft, sender) => ({ token: await sessions.open({ kind: 'new', ...draft }, pageTab(sender)) }),
    'noteFrame.openNote': async ({ id }, sender) => {
      const tabId = pageTab(sender);
      const note = await repo.get(id);
      // A content script may show the notes of its own page only.
      if (!note || !sender.url || normalizeUrl(note.url) !== normalizeUrl(sender.url)) throw new NoteNotFoundError(id);
      return { token: await sessions.open({ kind: 'note', id }, tabId) };
    },
    'noteFrame.take': async ({ token }, sender) => {
      const draft = await sessions.take(token, frameOf(sender));
      if (draft.kind === 'new') {
        const list = await claims();
        // Only a claim of a pack that is on: the editor could not show another.
        const claimId = list.some((c) => c.id === draft.claimId) ? { claimId: draft.claimId! } : {};
        return { kind: 'new', quote: draft.selectors.quote.exact, claims: list, ...claimId };
      }
      const note = await repo.get(draft.id);
      if (!note) {
        await sessions.end(token);
        throw new NoteNotFoundError(draft.id);
      }
      return { kind: 'note', quote: note.quote, note: { body: note.body, tag: note.tag, claimId: note.claimId }, claims: await claims() };
    },
    'noteFrame.save': async ({ token, note }, sender) => {
      const draft = await sessions.ofFrame(token, frameOf(sender));
      if (draft.kind === 'new') await repo.add({ url: draft.url, title: draft.title, selectors: draft.selectors, ...note });
      else await repo.update(draft.id, note);
      await sessions.end(token);
      return { saved: true as const };
    },
  };
}
