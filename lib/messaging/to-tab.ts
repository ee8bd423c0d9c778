import type { browser as Browser } from 'wxt/browser';
import { FULL_SCRIPT } from './content-messages';

/**
 * Sending to a tab's full content script, which may not be there yet: the small content script
 * injects it only into pages that need it, and a tab opened before Crosscheck was installed has no
 * content script at all. When no one answers, the full script is injected and the message sent once more.
 */
export interface TabTransport {
  send(tabId: number, message: unknown): Promise<unknown>;
  /** Injects the full content script (scripting.executeScript); rejects where pages are off limits. */
  inject(tabId: number): Promise<unknown>;
}

/** Chromium and Firefox both say this when no listener in the tab takes the message. */
export const isNoReceiver = (err: unknown): boolean => /Receiving end does not exist|Could not establish connection/i.test(err instanceof Error ? err.message : String(err));

export async function sendToTab(transport: TabTransport, tabId: number, message: unknown): Promise<unknown> {
  try {
    return await transport.send(tabId, message);
  } catch (err) {
    if (!isNoReceiver(err)) throw err;
  }
  await transport.inject(tabId);
  return transport.send(tabId, message);
}

/**
 * The transport over the extension API, for the background and the popup alike (the API is passed
 * in: lib/ touches no `browser` of its own). The full script goes into the tab's top frame.
 */
export const extensionTabTransport = (api: typeof Browser): TabTransport => ({
  send: (tabId, message) => api.tabs.sendMessage(tabId, message),
  inject: (tabId) => api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [FULL_SCRIPT] }),
});
