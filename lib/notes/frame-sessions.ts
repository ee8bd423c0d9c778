import type { NoteSelectors } from './types';

/** What a note frame was opened for: a new note on a passage, or an existing note. */
export type FrameDraft = { kind: 'new'; url: string; title: string; selectors: NoteSelectors; claimId?: string } | { kind: 'note'; id: string };

/** One token's state. `frame` is null until a frame has taken the token, then that frame's "tab:frame" key. */
export interface FrameSession {
  draft: FrameDraft;
  tabId: number;
  frame: string | null;
  expiresAt: number;
}

/**
 * Where sessions are kept. The background uses `browser.storage.session` (see storageAreaStore): an MV3
 * service worker stops after 30 s idle, which a reader writing a note easily exceeds; that area
 * outlives it, is never written to disk, and content scripts cannot read it.
 */
export interface FrameSessionStore {
  get(token: string): Promise<FrameSession | undefined>;
  set(token: string, session: FrameSession): Promise<void>;
  delete(token: string): Promise<void>;
  entries(): Promise<[string, FrameSession][]>;
}

/** A token must be taken this soon after it was made: the frame asks as soon as it has loaded. */
export const TAKE_WITHIN_MS = 60_000;
/** How long a taken session may stay open for writing (a reader may keep the editor open while reading on). */
export const OPEN_FOR_MS = 2 * 60 * 60_000;

/** Why a token was refused; the frame shows the message, so it says what to do. */
export class FrameTokenError extends Error {
  override name = 'FrameTokenError';
}

const unknown = () => new FrameTokenError('This note window is not valid (it was never opened by Crosscheck, or already used). Close it and open the note again.');
const expired = () => new FrameTokenError('This note window has expired. Copy your text, close the window (Esc) and open the note again.');

/** 256 random bits, base64url (43 characters). */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The token's life: a content script opens a draft for its tab and gets a token; the frame it then
 * shows takes the token once (within TAKE_WITHIN_MS, from the same tab), which binds the session to
 * that frame; only that frame may then save, once. Operations run one at a time, so two frames taking
 * one token at once cannot both win.
 */
export function createFrameSessions({ store, now = Date.now, newToken = randomToken }: { store: FrameSessionStore; now?: () => number; newToken?: () => string }) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const frameKey = (frame: { tabId: number; frameId: number }) => `${frame.tabId}:${frame.frameId}`;
  const live = async (token: string): Promise<FrameSession> => {
    const session = await store.get(token);
    if (!session) throw unknown();
    if (session.expiresAt <= now()) {
      await store.delete(token);
      throw expired();
    }
    return session;
  };

  return {
    /** Keeps `draft` for a frame in tab `tabId` → the token to hand that frame. Drops expired sessions. */
    open: (draft: FrameDraft, tabId: number): Promise<string> =>
      serial(async () => {
        const at = now();
        for (const [token, session] of await store.entries()) if (session.expiresAt <= at) await store.delete(token);
        const token = newToken();
        await store.set(token, { draft, tabId, frame: null, expiresAt: at + TAKE_WITHIN_MS });
        return token;
      }),
    /** The draft, once, for a frame in the tab it was opened for; binds the session to that frame. */
    take: (token: string, frame: { tabId: number; frameId: number }): Promise<FrameDraft> =>
      serial(async () => {
        const session = await live(token);
        if (session.frame !== null || session.tabId !== frame.tabId) throw unknown();
        await store.set(token, { ...session, frame: frameKey(frame), expiresAt: now() + OPEN_FOR_MS });
        return session.draft;
      }),
    /** The draft of a session this frame has taken (for saving). */
    ofFrame: (token: string, frame: { tabId: number; frameId: number }): Promise<FrameDraft> =>
      serial(async () => {
        const session = await live(token);
        if (session.frame !== frameKey(frame)) throw unknown();
        return session.draft;
      }),
    /** Ends a session (after its one save). */
    end: (token: string): Promise<void> => serial(() => store.delete(token)),
  };
}
export type FrameSessions = ReturnType<typeof createFrameSessions>;

/** The slice of `browser.storage.session` a store needs (passed in: lib/ touches no `browser`). */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

const PREFIX = 'noteFrame:';

/** Sessions kept in a storage area, one key per token. */
export function storageAreaStore(area: SessionArea): FrameSessionStore {
  return {
    get: async (token) => (await area.get(PREFIX + token))[PREFIX + token] as FrameSession | undefined,
    set: (token, session) => area.set({ [PREFIX + token]: session }),
    delete: (token) => area.remove(PREFIX + token),
    entries: async () =>
      Object.entries(await area.get(null))
        .filter(([key]) => key.startsWith(PREFIX))
        .map(([key, session]) => [key.slice(PREFIX.length), session as FrameSession]),
  };
}
