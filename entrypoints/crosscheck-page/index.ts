// First: marks the start of module evaluation (see full-load-mark.ts).
import './full-load-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { currentHandover, publishFullScript, runningFullScript } from './handover';
import { createScriptContext, runtimeAlive } from './script-context';
import { startCrosscheck } from './start';

/**
 * The full content script: page checker, highlights, card, notes UI, tab messages. Not in the
 * manifest; the background injects it (scripting.executeScript) when the small content script, the
 * popup, a shortcut or a page with notes needs it.
 */
export default defineUnlistedScript(() => {
  // Injected twice: the first one serves.
  const older = runningFullScript();
  if (older?.isValid) return;
  // An older copy orphaned by an extension reload, if it shares this world, stops now; reading
  // `isValid` tells this copy when it is orphaned in turn.
  older?.invalidate('a newer copy started');
  const ctx = createScriptContext(runtimeAlive);
  publishFullScript(ctx);
  const handover = currentHandover();
  handover?.stopLight();
  void startCrosscheck(ctx, handover ?? { aboutStory: false, selectionPending: false, stopLight: () => undefined });
});
