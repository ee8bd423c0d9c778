import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { messages } from '../../lib/messaging/messages';
import { asMessageListener } from '../../lib/messaging/listen';
import { NOTE_TEXT_MESSAGES } from '../../lib/messaging/note-messages';
import { createRouter } from '../../lib/messaging/router';
import { fromExtensionPage, onlyFrom } from '../../lib/messaging/sender-gate';
import { createNoteHandlers } from '../../lib/notes/handlers';
import { setBadge } from './badge';
import { forwardCommands } from './commands';
import { addNoteMenu } from './context-menu';
import { createInjectHandlers } from './inject-handlers';
import { createMatchHandlers } from './match-handlers';
import { createFrameHandlers } from './note-frame-handlers';
import { markdownLabels, openNoteRepository } from './note-handlers';
import { injectWhereNotesAre } from './notes-on-load';
import { setUpPacks } from './packs';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground(() => {
  // First, so the listener is in place before the install event is delivered.
  openWelcomeOnInstall();
  const notes = openNoteRepository();
  const isExtensionPage = fromExtensionPage(browser.runtime.getURL('/'));
  const packs = setUpPacks();
  const route = createRouter(messages, {
    ...createMatchHandlers(packs.enabled, setBadge),
    ...packs.handlers,
    // What the reader wrote is read and changed from the extension's own pages only, never from a page's content script.
    ...onlyFrom(createNoteHandlers(notes, Date.now, markdownLabels(packs.enabled)), NOTE_TEXT_MESSAGES, isExtensionPage),
    ...createFrameHandlers(notes, packs.enabled, isExtensionPage),
    ...createInjectHandlers(),
  });
  // Every message is untrusted until its schema has parsed it (the router does that first).
  browser.runtime.onMessage.addListener(asMessageListener(route));
  forwardCommands();
  injectWhereNotesAre(notes);
  addNoteMenu();
});
