/**
 * Word families: the ways outlets say the same thing, as regex sources so rules can compose them.
 * A synonym goes here, once, rather than into one rule's pattern.
 */

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** "on the sidelines of": the meeting was held alongside something else. */
export const MARGINS = alt(['sidelines', 'margins?', 'fringes?']);

/** al-Sharaa's "visit" to Azerbaijan. */
export const VISIT = alt(['visit', 'trip', 'tour', 'stay', 'stopover']);

/** Verbs and nouns for the meeting itself. */
export const MEETING = alt(['met', 'meet(?:s|ing|ings)?', 'talks', 'encounters?', 'sat down', 'convened', 'discussions?', 'sessions?', 'negotiations']);

/** Verbs that say the meeting happened, which a day can follow ("was held on Friday"). */
export const HAPPENED = alt(['held', 'took place', 'taken place', 'happened', 'occurred', 'convened']);

/** Being at the meeting, after a form of "to be" ("was present", "was in the room"). */
export const PRESENT_AT = alt(['present', 'in attendance', 'in the room', 'at the table', 'among (?:the )?(?:participants|attendees|those present)']);

/** Who spoke for Israel: an envoy of Netanyahu. */
export const ENVOY = alt(['envoys?', 'emissar(?:y|ies)', 'representatives?', 'confidants?', '(?:officials?|figures?) close to']);

/** Netanyahu by name or office. */
export const NETANYAHU_REF = alt([
  '(?:(?:Israeli\\s+)?Prime\\s+Minister\\s+)?(?:Benjamin\\s+)?Netanyahu',
  'the\\s+Israeli\\s+prime\\s+minister',
  'Israel(?:\'s|’s)\\s+prime\\s+minister',
]);

/** Counts of two or more, as words or digits. */
export const SEVERAL = alt(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '[2-9]', '1\\d', 'several', 'multiple', 'a few', 'a number of']);

/** Ordinals that presume an earlier meeting ("a second meeting"). */
export const LATER_ORDINAL = alt(['second', 'third', 'fourth', 'fifth', 'another', 'further', '2nd', '3rd']);
