import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/ClaimCard.css';
import '../../components/Popup.css';
import { Popup } from '../../components/Popup';
import { createPopupState } from '../../components/popup-state';
import { bundledClaimSet } from '../../lib/claims/load';
import { createClient } from '../../lib/messaging/client';
import { tabMessages } from '../../lib/messaging/tab-messages';
import { isSiteDisabled, siteOf, withSite } from '../../lib/settings/schema';
import { loadSettings, saveSettings, themeClass } from '../../lib/settings/store';

async function main() {
  // Tests open the popup as a tab and name the page's tab with ?tab=ID; normally it is the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = param && /^\d+$/.test(param) ? Number(param) : param ? undefined : active?.id;
  const tab = tabId !== undefined ? await browser.tabs.get(tabId).catch(() => undefined) : undefined;
  const toTab = createClient(tabMessages, (m) => {
    if (tabId === undefined) return Promise.reject(new Error('no page is open in this tab'));
    return browser.tabs.sendMessage(tabId, m);
  });
  const settings = await loadSettings(browser.storage.local);
  const state = createPopupState();
  let pageUrl: string | undefined;
  const root = document.getElementById('app')!;
  root.className = themeClass(settings);
  document.documentElement.style.colorScheme = settings.theme === 'system' ? 'light dark' : settings.theme;
  render(
    <Popup
      state={state}
      claimSet={bundledClaimSet}
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
      }}
    />,
    root,
  );
}

void main();
