import { browser } from 'wxt/browser';
import { sendToTab } from '../../lib/messaging/to-tab';
import { tabTransport } from './tab-transport';

const MENU_ID = 'crosscheck-add-note';

/**
 * "Add Crosscheck note" on selected text. The menu is created once per install/update (Chrome keeps
 * it across service-worker restarts); a click asks the tab's content script to open its note editor.
 */
export function addNoteMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Add Crosscheck note', contexts: ['selection'] }, () => {
      // A second create after an update reports "duplicate id"; reading lastError keeps it quiet.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void sendToTab(tabTransport, tab.id, { type: 'page.addNote', payload: {} }).catch(() => undefined);
  });
}
