import { LIGHT_LOAD_MARK, mark } from '../crosscheck-page/work-timing';

/**
 * Imported first by index.ts, so this mark is set when the content script's bundle starts to
 * evaluate: evaluating it is main-thread time every page pays, so Crosscheck's time in a page is
 * measured from here (bench builds only). At build time (no document) nothing happens.
 */
if (typeof document !== 'undefined') mark(LIGHT_LOAD_MARK);
