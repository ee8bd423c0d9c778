import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/Options.css';
import '../../components/Legend.css';
import '../../components/PacksSection.css';
import { Options } from '../../components/Options';
import { PacksApiContext, type PacksApi } from '../../components/packs-state';
import { createClient } from '../../lib/messaging/client';
import { packMessages } from '../../lib/messaging/pack-messages';
import { loadSettings, saveSettings, themeClass } from '../../lib/settings/store';

async function main() {
  const settings = await loadSettings(browser.storage.local);
  const root = document.getElementById('app')!;
  root.className = themeClass(settings);
  document.body.className = root.className;
  // Packs live with the background (it owns the store and the matcher): every change goes through it.
  const send = createClient(packMessages, (m) => browser.runtime.sendMessage(m));
  const packs: PacksApi = {
    list: async () => (await send('packs.list', {})).packs,
    importText: (text) => send('packs.import', { text }),
    setEnabled: async (id, enabled) => (await send('packs.setEnabled', { id, enabled })).packs,
    remove: async (id) => (await send('packs.remove', { id })).packs,
  };
  render(
    <PacksApiContext.Provider value={packs}>
      <Options
        initial={settings}
        save={async (next) => {
          await saveSettings(browser.storage.local, next);
          root.className = document.body.className = themeClass(next);
        }}
      />
    </PacksApiContext.Provider>,
    root,
  );
}

void main();
