import { isAboutStory } from '../match/precheck';

/**
 * The pre-check on a page's whole text, run by the small content script on every page. Most pages
 * are not about the story, so this is built for them: one copy of the text (`textContent`, no
 * layout) and one cheap pattern that fails on nearly all of it (see isAboutStory).
 *
 * Tried and dropped: reading the opening first (saves a copy on long story pages, costs every other
 * page a second pass), and testing text node by node (no copy, but misses a name split across
 * elements, as in a drop cap "<span>S</span>yria", and was no faster in the bench).
 */
export function pageIsAboutStory(body: HTMLElement): boolean {
  return isAboutStory(body.textContent ?? '');
}
