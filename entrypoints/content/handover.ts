import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Result } from '../../lib/messaging/protocol';

/** A tab-message router: the full script's, reached through the small script's one listener. */
export type TabRoute = (raw: unknown) => Promise<Result<unknown>>;

/**
 * What the small content script (always injected) hands the full one (injected by the background
 * when needed). Both run in the same isolated world, so this is a plain object on its global; the
 * page's own scripts cannot see it. One `runtime.onMessage` listener, the small script's, answers
 * every tab message, so no message is ever answered twice.
 */
export interface Handover {
  /** The small script's context: the full script's listeners and timers stop with it. */
  ctx: ContentScriptContext;
  /** The settings as stored (unparsed), read once by the small script. */
  storedSettings: unknown;
  /** The page passed the pre-check already (the full script need not run it again). */
  aboutStory: boolean;
  /** The reader selected text before the full script ran: its notes UI shows the Add-note button at once. */
  selectionPending: boolean;
  /** Set by the full script as it starts: a second injection into the page finds it and does nothing. */
  started: boolean;
  /** The full script registers its tab-message router here; the small script forwards to it from then on. */
  setRoute(route: TabRoute): void;
}

const KEY = '__crosscheckHandover';

/** The handover of the small script now running in this page, if any. */
export const currentHandover = (): Handover | undefined => (globalThis as Record<string, unknown>)[KEY] as Handover | undefined;

/** Publishes a (new) small script's handover; a later small script (after an extension reload) replaces it. */
export const publishHandover = (handover: Handover): void => {
  (globalThis as Record<string, unknown>)[KEY] = handover;
};
