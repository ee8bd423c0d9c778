import { defineConfig } from 'wxt';

// Why: `imports: false` keeps every dependency an explicit import (STYLE.md);
// JSX goes through esbuild with Preact's automatic runtime, no extra Vite plugin.
export default defineConfig({
  imports: false,
  manifest: {
    name: 'Crosscheck',
    description:
      'Shows, in the article, which passages agree with, contradict or go beyond the AFP, i24 News and Samaa accounts of the Baku Syria–Israel meeting.',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    action: { default_title: 'Crosscheck' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open the Crosscheck popup' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Show or hide highlights on this page' },
      'next-flagged': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Jump to the next contradicted or contested passage' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Add a note to the selected text' },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  },
});
