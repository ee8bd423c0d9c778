// First: marks the start of module evaluation (see load-mark.ts).
import './load-mark';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLight } from './light';

// The small part every page gets; the rest is injected only when needed (see light.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // The full script gives its shadow roots their CSS itself (ui-css.ts); this one has none.
  cssInjectionMode: 'manual',
  // Why: WXT would also window.postMessage "wxt:content-script-started" to the page on every load,
  // telling any page script that an extension runs here and upsetting pages with naive message
  // listeners. Stopping an old copy after an extension update works through a DOM event without it.
  noScriptStartedPostMessage: true,
  main: (ctx) => startLight(ctx),
});
