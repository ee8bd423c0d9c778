/**
 * Imported first by index.ts, so this mark is set when the content script's modules start to
 * evaluate; startCrosscheck measures from here ("load"), since evaluating the bundle and setting up
 * the extension context is main-thread time every page pays. A mark only; at build time (no
 * document) nothing happens.
 */
export const LOAD_MARK = 'crosscheck:load';
if (typeof document !== 'undefined') performance.mark(LOAD_MARK);
