import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/NoteFrame.css';
import { NoteFrame } from '../../components/NoteFrame';
import { createClient } from '../../lib/messaging/client';
import { acceptToken, type FrameEvent } from '../../lib/messaging/frame-handshake';
import { noteFrameMessages } from '../../lib/messaging/note-frame-messages';
import { SETTINGS_KEY, readSettings, type Settings } from '../../lib/settings/schema';
import { loadSettings, themeClass } from '../../lib/settings/store';

/**
 * The note frame: a page's content script shows it beside a passage and hands it a token; it asks the
 * background what the token was opened for and shows that, in the extension's origin. Opened without a
 * good token (a page embedding it) it stays empty.
 */
async function main() {
  const send = createClient(noteFrameMessages, (m) => browser.runtime.sendMessage(m));
  // Listening before anything is awaited: the token is posted as soon as the frame has loaded.
  const handshake = acceptToken(window, (token) => send('noteFrame.take', { token }));

  const root = document.documentElement;
  const applyTheme = (settings: Settings) => {
    root.className = themeClass(settings);
    root.style.colorScheme = settings.theme === 'system' ? 'light dark' : settings.theme;
  };
  applyTheme(await loadSettings(browser.storage.local));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) applyTheme(readSettings(changes[SETTINGS_KEY].newValue));
  });

  const { token, port, value: view } = await handshake;
  const tell = (event: FrameEvent) => port.postMessage(event);
  const app = document.getElementById('app')!;
  new ResizeObserver(() => tell({ type: 'size', height: app.getBoundingClientRect().height })).observe(app);
  render(
    <NoteFrame
      view={view}
      api={{
        save: async (note) => void (await send('noteFrame.save', { token, note })),
        close: (saved) => tell({ type: 'close', saved }),
        editing: () => tell({ type: 'editing' }),
      }}
    />,
    app,
  );
}

void main();
