import { browser } from 'wxt/browser';
import { FULL_SCRIPT, type ContentMessages } from '../../lib/messaging/content-messages';
import type { Handlers } from '../../lib/messaging/router';

/**
 * Injects the full content script into the frame that asked. Only a content script has a tab to
 * inject into (extension pages have none), and the file is fixed: the sender picks nothing but itself.
 * The script guards against running twice in one page (see entrypoints/crosscheck-page.ts).
 */
export function createInjectHandlers(): Handlers<ContentMessages> {
  return {
    'content.loadFull': async (_payload, { tabId, frameId }) => {
      if (tabId === undefined) throw new Error('Only a page can ask for the full content script');
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files: [FULL_SCRIPT] });
      return { injected: true };
    },
  };
}
