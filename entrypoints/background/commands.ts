import { browser } from 'wxt/browser';
import { sendToTab } from '../../lib/messaging/to-tab';
import { tabTransport } from './tab-transport';

/**
 * What each keyboard shortcut (manifest `commands`) asks of the active tab's content script.
 * `_execute_action` is missing on purpose: the browser opens the popup for it itself.
 */
export const COMMAND_MESSAGES = {
  'toggle-highlights': { type: 'page.setVisible', payload: {} },
  'next-flagged': { type: 'page.nextFlagged', payload: {} },
  'add-note': { type: 'page.addNote', payload: {} },
} as const;

export function commandMessage(command: string) {
  return Object.hasOwn(COMMAND_MESSAGES, command) ? COMMAND_MESSAGES[command as keyof typeof COMMAND_MESSAGES] : null;
}

/** Keyboard shortcuts are forwarded to the active tab's full content script (injected if need be). */
export function forwardCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const message = commandMessage(command);
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await sendToTab(tabTransport, tab.id, message).catch(() => undefined);
  });
}
