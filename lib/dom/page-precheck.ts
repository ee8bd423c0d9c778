import bundled from '../../assets/packs/precheck.json';
import { compilePrecheck, type PrecheckSpec } from '../pack/precheck';

/**
 * The pre-check on a page's whole text, run by the small content script on every page. Most pages
 * are not about a story, so this is built for them: one copy of the text (`textContent`, no layout)
 * and the bundled packs' names, derived from the packs (assets/packs/precheck.json).
 *
 * Tried and dropped: reading the opening first (saves a copy on long story pages, costs every other
 * page a second pass), and testing text node by node (no copy, but misses a name split across
 * elements, as in a drop cap "<span>S</span>yria", and was no faster in the bench).
 */
export const bundledPrecheck = compilePrecheck(bundled as PrecheckSpec[]);

export function pageIsAboutStory(body: HTMLElement): boolean {
  return bundledPrecheck.about(body.textContent ?? '').length > 0;
}

/** Text added later can only make the page about a story if it names part of one. */
export const mentionsStory = (text: string): boolean => bundledPrecheck.mentions(text);
