import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/Legend.css';
import '../../components/Welcome.css';
import { Welcome } from '../../components/Welcome';
import { createClient } from '../../lib/messaging/client';
import { messages } from '../../lib/messaging/messages';
import { loadSettings, themeClass } from '../../lib/settings/store';

/** Where scripts/demo.ts serves the demo pages. */
const DEMO_URL = 'http://127.0.0.1:8787/';

async function main() {
  const settings = await loadSettings(browser.storage.local);
  const root = document.getElementById('app')!;
  root.className = document.body.className = themeClass(settings);
  document.documentElement.style.colorScheme = settings.theme === 'system' ? 'light dark' : settings.theme;
  const send = createClient(messages, (m) => browser.runtime.sendMessage(m));
  // The shortcuts as the browser has them now: the reader may have changed one, or another extension taken it.
  const [commands, views] = await Promise.all([browser.commands.getAll(), send('packs.views', {}).catch(() => ({ stories: [] }))]);
  render(<Welcome commands={commands} stories={views.stories} optionsUrl={browser.runtime.getURL('/options.html')} demoUrl={DEMO_URL} />, root);
}

void main();
