import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { messages } from '../../lib/messaging/messages';
import { asMessageListener } from '../../lib/messaging/listen';
import { createRouter } from '../../lib/messaging/router';
import { createNoteHandlers } from '../../lib/notes/handlers';
import { setBadge } from './badge';
import { forwardCommands } from './commands';
import { addNoteMenu } from './context-menu';
import { createInjectHandlers } from './inject-handlers';
import { createMatchHandlers } from './match-handlers';
import { openNoteRepository } from './note-handlers';
import { injectWhereNotesAre } from './notes-on-load';
import { setUpPacks } from './packs';

export default defineBackground(() => {
  const notes = openNoteRepository();
  const packs = setUpPacks();
  const route = createRouter(messages, {
    ...createMatchHandlers(packs.enabled, setBadge),
    ...packs.handlers,
    ...createNoteHandlers(notes),
    ...createInjectHandlers(),
  });
  // Every message is untrusted until its schema has parsed it (the router does that first).
  browser.runtime.onMessage.addListener(asMessageListener(route));
  forwardCommands();
  injectWhereNotesAre(notes);
  addNoteMenu();
});
