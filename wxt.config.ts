import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const ICON_SIZES = [16, 32, 48, 128] as const;
/** Pages Crosscheck reads: the small content script's matches, and the hosts the background may inject into. */
const PAGES = ['http://*/*', 'https://*/*', 'file:///*'] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/icon-${size}.png`]));

// Why: `imports: false` keeps every dependency an explicit import (STYLE.md);
// JSX goes through esbuild with Preact's automatic runtime, no extra Vite plugin.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'Shows, in the article, which passages agree with, contradict or go beyond the AFP, i24 News and Samaa accounts of the Baku Syria–Israel meeting.',
    // `scripting`: the background injects the full content script into pages that need it (see
    // lib/messaging/content-messages.ts). Chromium refuses executeScript on hosts granted only through
    // content_scripts.matches ("must request permission to access the respective host", tried), so the
    // same hosts are listed here; the install warning is the one those matches already give.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [...PAGES],
    // The small content script (entrypoints/crosscheck-light), listed here rather than through
    // defineContentScript: see its index.ts for why. It is built as an unlisted script.
    content_scripts: [{ matches: [...PAGES], js: ['crosscheck-light.js'], run_at: 'document_idle' }],
    // The note frame (entrypoints/note-frame): the content script shows it inside pages, so pages may
    // load it. Chromium then serves it only at a per-session address, so a page cannot probe a fixed
    // one to tell Crosscheck is installed; Firefox's extension addresses are per install already.
    web_accessible_resources: [{ resources: ['note-frame.html'], matches: [...PAGES], ...(browser !== 'firefox' && { use_dynamic_url: true }) }],
    icons,
    action: { default_title: 'Crosscheck', default_icon: icons },
    // Why these letters: Chromium silently leaves a suggested key unassigned when it clashes (Alt+Shift+C,
    // N, X and A all came back empty here); tests/e2e/shortcuts.spec.ts checks that every one is assigned.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+O' }, description: 'Open the Crosscheck popup' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Show or hide highlights on this page' },
      'next-flagged': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Jump to the next contradicted or contested passage' },
      'add-note': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Add a note to the selected text' },
    },
    // Why: Firefox needs an id for MV3 and asks every new add-on to declare what data it collects:
    // none — the claim set is bundled and notes stay in the extension's own storage.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'crosscheck@crosscheck.example', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  // Why: the icons live in assets/ (the design card's layout), not in a public/ folder; copy only them.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const size of ICON_SIZES) {
        files.push({ absoluteSrc: resolve(import.meta.dirname, `assets/icons/icon-${size}.png`), relativeDest: `icons/icon-${size}.png` });
      }
    },
  },
  // The Firefox store's sources zip: what builds the extension, not test output or local profiles.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', '.demo-profile/**', 'stats.html'] },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  },
});
