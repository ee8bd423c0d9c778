// First: marks the start of module evaluation (see load-mark.ts).
import './load-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { bundledPrecheck } from '../../lib/dom/page-precheck';
import { startLight } from './light';

/**
 * The small content script every page gets (listed in the manifest by wxt.config.ts), with the
 * bundled packs' pre-check baked in; the rest is injected only when needed (see light.ts).
 *
 * Why an unlisted script and not defineContentScript: WXT's content-script wrapper builds a context
 * whose setup reads `browser.runtime.id` as the bundle loads, and the first touch of an extension API
 * in a page costs about a millisecond. This script touches none on a page that is not about a story.
 */
export default defineUnlistedScript(() => startLight({ precheck: bundledPrecheck, selection: true, timing: true }));
