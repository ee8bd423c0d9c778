import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { compilePrecheck } from '../../lib/pack/precheck';
import { IMPORTED_PRECHECK_KEY, storedPrecheckSpecs } from '../../lib/packs/content-keys';
import { extensionApi, startLight } from '../crosscheck-light/light';

/**
 * The small content script for imported packs, registered by the background (lib/packs/imported-script.ts)
 * only while one is on. Their names are not baked into any bundle, so it reads their pre-check from
 * storage (one call, on every page), then does what the manifest's small script does with the bundled
 * one: on a page about one of them, it asks the background for the full script. Selections are left
 * to the manifest's script.
 */
export default defineUnlistedScript(() => {
  void (async () => {
    const specs = storedPrecheckSpecs((await extensionApi().storage.local.get(IMPORTED_PRECHECK_KEY))[IMPORTED_PRECHECK_KEY]);
    // Registered a moment too long (the last imported pack was just switched off): nothing to look for.
    if (!specs.length) return;
    startLight({ precheck: compilePrecheck(specs), selection: false, timing: false });
    // Orphaned by an extension reload before the read came back: nothing to do.
  })().catch(() => undefined);
});
