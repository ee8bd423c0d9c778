import type { ContentMessages } from '../../lib/messaging/content-messages';
import type { Handlers } from '../../lib/messaging/router';
import { injectFullScript } from './tab-transport';

/**
 * Injects the full content script into the frame that asked. Only a content script has a tab to
 * inject into (extension pages have none), and the file is fixed: the sender picks nothing but itself.
 * The script guards against running twice in one page (see entrypoints/crosscheck-page/index.ts).
 */
export function createInjectHandlers(): Handlers<ContentMessages> {
  return {
    'content.loadFull': async (_payload, { tabId, frameId }) => {
      if (tabId === undefined) throw new Error('Only a page can ask for the full content script');
      await injectFullScript(tabId, frameId ?? 0);
      return { injected: true };
    },
  };
}
