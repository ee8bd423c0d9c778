import { browser } from 'wxt/browser';
import { FULL_SCRIPT } from '../../lib/messaging/content-messages';
import { extensionTabTransport } from '../../lib/messaging/to-tab';

/** Injects the full content script into a tab's frame (it does nothing if it runs there already). */
export const injectFullScript = (tabId: number, frameId = 0) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FULL_SCRIPT] });

/** Tab messages from the background, injecting the full script where no one answers. */
export const tabTransport = extensionTabTransport(browser);
