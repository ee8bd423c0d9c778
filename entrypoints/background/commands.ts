import { browser } from 'wxt/browser';

/** Keyboard shortcuts (manifest `commands`) are forwarded to the active tab's content script. */
export function forwardCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const type = { 'toggle-highlights': 'page.setVisible', 'next-flagged': 'page.nextFlagged', 'add-note': 'page.addNote' }[command];
    if (!type) return;
    await browser.tabs.sendMessage(tab.id, { type, payload: {} }).catch(() => undefined);
  });
}
