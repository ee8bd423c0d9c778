import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { bundledPacks } from '../../lib/pack/load';
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
import { openNoteRepository } from './note-handlers';
import { injectWhereNotesAre } from './notes-on-load';

export default defineBackground(() => {
  const notes = openNoteRepository();
  const isExtensionPage = fromExtensionPage(browser.runtime.getURL('/'));
  const route = createRouter(messages, {
    ...createMatchHandlers(() => bundledPacks, setBadge),
    // What the reader wrote is read and changed from the extension's own pages only, never from a page's content script.
    ...onlyFrom(createNoteHandlers(notes), NOTE_TEXT_MESSAGES, isExtensionPage),
    ...createFrameHandlers(notes, () => bundledPacks, isExtensionPage),
    ...createInjectHandlers(),
  });
  // Every message is untrusted until its schema has parsed it (the router does that first).
  browser.runtime.onMessage.addListener(asMessageListener(route));
  forwardCommands();
  injectWhereNotesAre(notes);
  addNoteMenu();
});
