// First: marks the start of module evaluation (see full-load-mark.ts).
import './content/full-load-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { currentHandover } from './content/handover';
import { startCrosscheck } from './content/start';

/**
 * The full content script: page checker, highlights, card, notes UI, tab messages. Not in the
 * manifest; the background injects it (scripting.executeScript) when the small content script asks.
 */
export default defineUnlistedScript(() => {
  const handover = currentHandover();
  // Injected twice, or with no live small script (an extension reload): nothing to do.
  if (!handover || handover.started || !handover.ctx.isValid) return;
  handover.started = true;
  void startCrosscheck(handover);
});
