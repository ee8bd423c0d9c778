import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/Options.css';
import '../../components/Legend.css';
import { Options } from '../../components/Options';
import { loadSettings, saveSettings, themeClass } from '../../lib/settings/store';

async function main() {
  const settings = await loadSettings(browser.storage.local);
  const root = document.getElementById('app')!;
  root.className = themeClass(settings);
  document.body.className = root.className;
  render(
    <Options
      initial={settings}
      save={async (next) => {
        await saveSettings(browser.storage.local, next);
        root.className = document.body.className = themeClass(next);
      }}
    />,
    root,
  );
}

void main();
