import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/ClaimCard.css';
import '../../components/Popup.css';
import '../../components/NotesView.css';
import '../../components/Legend.css';
import { Popup } from '../../components/Popup';
import { createPopupState } from '../../components/popup-state';
import { NotesView } from '../../components/NotesView';
import { createNotesState, type NotesApi } from '../../components/notes-state';
import { messages } from '../../lib/messaging/messages';
import { createClient } from '../../lib/messaging/client';
import { tabMessages } from '../../lib/messaging/tab-messages';
import { extensionTabTransport, sendToTab } from '../../lib/messaging/to-tab';
import { isSiteDisabled, siteOf, withSite } from '../../lib/settings/schema';
import { loadSettings, saveSettings, themeClass } from '../../lib/settings/store';
import { shortcutOf } from '../../lib/reader/shortcuts';

async function main() {
  // Tests open the popup as a tab and name the page's tab with ?tab=ID; normally it is the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = param && /^\d+$/.test(param) ? Number(param) : param ? undefined : active?.id;
  const tab = tabId !== undefined ? await browser.tabs.get(tabId).catch(() => undefined) : undefined;
  const toPage = extensionTabTransport(browser);
  const toTab = createClient(tabMessages(), (m) => {
    if (tabId === undefined) return Promise.reject(new Error('no page is open in this tab'));
    // The full content script answers; pages not about the story do not have it until asked.
    return sendToTab(toPage, tabId, m);
  });
  const settings = await loadSettings(browser.storage.local);
  const state = createPopupState();
  let pageUrl: string | undefined;
  const root = document.getElementById('app')!;
  root.className = themeClass(settings);
  document.documentElement.style.colorScheme = settings.theme === 'system' ? 'light dark' : settings.theme;
  const send = createClient(messages, (m) => browser.runtime.sendMessage(m));
  const notesApi: NotesApi = {
    pageUrl: async () => tab?.url ?? (await toTab('page.state', {}).catch(() => null))?.url ?? null,
    listForUrl: async (url) => (await send('notes.listForUrl', { url })).notes,
    search: (query) => send('notes.search', query),
    update: (id, patch) => send('notes.update', { id, patch }),
    remove: (id) => send('notes.remove', { id }),
    restore: (note) => send('notes.restore', { note }),
    exportFile: (format, scope) => send('notes.exportFile', { format, scope }),
    importFile: (text) => send('notes.import', { text }),
    pageStatus: () => toTab('page.notesChanged', {}).catch(() => null),
    scrollToNote: (id) => toTab('page.scrollToNote', { id }),
    // Extension pages may ask; the background service worker cannot always.
    persist: async () => (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false),
  };
  const views = await send('packs.views', {});
  // The keys as the reader has them now: the popup names a shortcut only when it is set.
  const commands = await browser.commands.getAll().catch(() => []);
  const claims = views.claims.map((c) => ({ id: `${c.pack}/${c.id}`, question: c.question }));
  render(
    <Popup
      notesView={<NotesView state={createNotesState()} api={notesApi} claims={claims} addNoteKey={shortcutOf(commands, 'add-note')} />}
      commands={commands}
      state={state}
      views={views}
      api={{
        pageState: () => toTab('page.state', {}),
        scrollToClaim: (claim) => toTab('page.scrollToClaim', { claim }),
        // The page's own content script tells its URL: Crosscheck has no `tabs` permission to read it.
        siteEnabled: async () => {
          const url = tab?.url ?? (await toTab('page.state', {}).catch(() => null))?.url;
          pageUrl = url;
          return { site: url ? siteOf(url) : null, enabled: !!url && !isSiteDisabled(await loadSettings(browser.storage.local), url) };
        },
        setSiteEnabled: async (enabled) => {
          const site = pageUrl ? siteOf(pageUrl) : null;
          if (!site) return;
          await saveSettings(browser.storage.local, withSite(await loadSettings(browser.storage.local), site, enabled));
        },
        openOptions: () => void browser.runtime.openOptionsPage(),
        showHighlights: async () => void (await toTab('page.setVisible', { visible: true })),
        copyText: (text) => navigator.clipboard.writeText(text),
      }}
    />,
    root,
  );
}

void main();
