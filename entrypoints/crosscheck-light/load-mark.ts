import { LIGHT_LOAD_MARK } from '../crosscheck-page/work-timing';

/**
 * Imported first by index.ts, so this mark is set when the content script's bundle starts to
 * evaluate: evaluating it is main-thread time every page pays, so Crosscheck's time in a page is
 * measured from here. A mark only; at build time (no document) nothing happens.
 */
if (typeof document !== 'undefined') performance.mark(LIGHT_LOAD_MARK);
