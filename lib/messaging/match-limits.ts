/**
 * Largest text a page may send for matching in one message (about 2 MB of characters); a longer
 * article is sent in pieces. Its own module: the content script needs the number, not the schemas.
 */
export const MAX_MATCH_CHARS = 2_000_000;
