// First: marks the start of module evaluation (see full-load-mark.ts).
import './full-load-mark';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { currentHandover, publishFullScript, runningFullScript } from './handover';
import { startCrosscheck } from './start';

/**
 * The full content script: page checker, highlights, card, notes UI, tab messages. Not in the
 * manifest; the background injects it (scripting.executeScript) when the small content script, the
 * popup, a shortcut or a page with notes needs it.
 */
export default defineUnlistedScript(() => {
  // Injected twice: the first one serves.
  if (runningFullScript()?.isValid) return;
  // Its own context, like a manifest content script's: creating it stops an older copy (one orphaned
  // by an extension reload), and reading `isValid` tells this copy when it is orphaned in turn.
  const ctx = new ContentScriptContext('crosscheck-page', { noScriptStartedPostMessage: true } as ConstructorParameters<typeof ContentScriptContext>[1]);
  publishFullScript(ctx);
  const handover = currentHandover();
  handover?.stopLight();
  void startCrosscheck(ctx, handover ?? { aboutStory: false, selectionPending: false, stopLight: () => undefined });
});
