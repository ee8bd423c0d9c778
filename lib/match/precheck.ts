/**
 * Cheap test the content script runs on every page before asking the background to match.
 * No wink import here: this file is bundled into the content script.
 *
 * True when the text names the Syrian leader (any common spelling), or mentions Syria together
 * with Israel and Baku/Azerbaijan. `findPassages` runs this same test first and returns nothing
 * when it fails, so the precheck can never hide a passage the matcher would have found.
 */
const LEADER = /\b(?:al[- ]?)?shar'?aa?\b|\b(?:al[- ]?)?j(?:[ou]w?|aw)lani\b|\bsyria(?:n|'s|’s)\s+(?:interim\s+|new\s+|transitional\s+)?(?:president|leader)\b/i;
const SYRIA = /\bsyria/i;
const ISRAEL = /\bisrael/i;
const BAKU = /\bbaku\b|\bazerbaijan/i;
// Text about the story contains one of these (each pattern above needs one): a single cheap pass
// settles most pages that are not about it, before the patterns with word boundaries run.
const GATE = /syria|shar'?a|j(?:[ou]w?|aw)lani/i;

/** @returns whether the text may be about the Baku Syria–Israel meeting (regexes only; linear time). */
export function isAboutStory(text: string): boolean {
  return GATE.test(text) && (LEADER.test(text) || (SYRIA.test(text) && ISRAEL.test(text) && BAKU.test(text)));
}

/**
 * Whether the text names any part of the story (the leader, Syria, Israel, Baku or Azerbaijan). Text
 * added to a page can only make the page about the story if it does, so the content script re-tests
 * the whole page only then.
 */
export function mentionsStory(text: string): boolean {
  return SYRIA.test(text) || ISRAEL.test(text) || BAKU.test(text) || LEADER.test(text);
}
