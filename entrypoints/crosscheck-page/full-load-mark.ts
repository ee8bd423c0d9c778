import { mark } from './work-timing';

/**
 * Imported first by the full script (entrypoints/crosscheck-page/index.ts), like load-mark.ts for the
 * small one: evaluating the full bundle (Preact, the card, the notes UI, schemas) is main-thread time
 * too, measured from here to the start of its work as `crosscheck:work:full-load` (bench builds only).
 */
export const FULL_LOAD_MARK = 'crosscheck:full-load';
if (typeof document !== 'undefined') mark(FULL_LOAD_MARK);
