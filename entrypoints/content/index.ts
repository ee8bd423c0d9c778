// First: marks the start of module evaluation (see load-mark.ts).
import './load-mark';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrosscheck } from './start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startCrosscheck(ctx),
});
