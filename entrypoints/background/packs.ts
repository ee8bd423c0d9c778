import { browser } from 'wxt/browser';
import { LANGUAGES } from '../../lib/lang';
import { bundledPacks } from '../../lib/pack/load';
import { checkWithEngine } from '../../lib/packs/engine-check';
import { createPackHandlers } from '../../lib/packs/handlers';
import { importedScriptSync } from '../../lib/packs/imported-script';
import { anyImportedOn, createPackStore, type PackSummary } from '../../lib/packs/store';

/**
 * The claim packs in the extension's own storage: the store, its message handlers, and the second
 * small content script, registered while an imported pack is on.
 */
export function setUpPacks() {
  const store = createPackStore({ area: browser.storage.local, bundled: bundledPacks, verify: checkWithEngine(LANGUAGES) });
  const sync = importedScriptSync(browser.scripting);
  const follow = (packs: PackSummary[]) => sync(anyImportedOn(packs));
  // At every start too: an update, or a failure after the last change, may have left them out of step.
  void store
    .list()
    .then(follow)
    .catch((err: unknown) => console.error('Crosscheck: could not sync the imported packs’ content script', err));
  return {
    enabled: () => store.enabled(),
    handlers: createPackHandlers(store, { extensionOrigin: browser.runtime.getURL('/'), changed: follow }),
  };
}
