import bundled from '../../assets/packs/precheck.json';
import { shownText } from './shown-text';
import { compilePrecheck, precheckOf, type BakedPrecheck, type Precheck, type PrecheckSpec } from '../pack/precheck';

/**
 * The pre-check on a page's whole text, run by the small content script on every page. Most pages
 * are not about a story, so this is built for them: one copy of the text (`textContent`, no layout)
 * and the bundled packs' names, derived from the packs and baked at build time (assets/packs/precheck.json).
 *
 * Tried and dropped: reading the opening first (saves a copy on long story pages, costs every other
 * page a second pass), and testing text node by node (no copy, but misses a name split across
 * elements, as in a drop cap "<span>S</span>yria", and was no faster in the bench).
 */
export const bundledPrecheck = precheckOf(bundled as BakedPrecheck[]);

// The imported packs' pre-check, once the full script has read it from storage.
let imported: Precheck | null = null;

/**
 * Adds the imported packs' pre-check (as storage holds it) to `pageIsAboutStory` and `mentionsStory`.
 * The full script calls it before it checks a page and whenever the packs change, so a page about an
 * imported story is checked when the popup or a note brings the full script in. The small script never
 * does: it is handed one pre-check and asks nothing else.
 */
export function useImportedPrecheck(specs: readonly PrecheckSpec[]): void {
  imported = specs.length ? compilePrecheck(specs) : null;
}

/** The page may be about a story of a bundled pack, or of an imported one the full script knows of. */
export function pageIsAboutStory(body: HTMLElement): boolean {
  const about = (text: string) => bundledPrecheck.about(text).length > 0 || (imported?.about(text).length ?? 0) > 0;
  // The cheap copy first; the shown text (layout) only for a page that may be about a story.
  return about(body.textContent ?? '') && about(shownText(body));
}

/** Text added later can only make the page about a story if it names part of one. */
export const mentionsStory = (text: string): boolean => bundledPrecheck.mentions(text) || (imported?.mentions(text) ?? false);
