import { isAboutStory } from '../match/precheck';
import { leadingText } from './leading-text';

/** Characters of the page's opening read first (about a screenful): a story page names the story there. */
const PRECHECK_OPENING_CHARS = 4096;

/**
 * The precheck on a page's text. The opening alone settles most story pages without copying a
 * long page's whole text; anything else gets the exact test on all of it (a match in the opening is
 * a match in the whole, give or take a word cut at its end, which the matcher re-tests anyway).
 */
export function pageIsAboutStory(body: HTMLElement): boolean {
  return isAboutStory(leadingText(body, PRECHECK_OPENING_CHARS)) || isAboutStory(body.textContent ?? '');
}
