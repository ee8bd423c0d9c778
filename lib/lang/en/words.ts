/**
 * English word families of news copy, as regex sources so cue patterns can compose them. A synonym
 * goes here once, rather than into one cue. Nothing here names a story: the pack brings names.
 */

export const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** "on the sidelines of": a meeting held alongside something else. */
export const MARGINS = alt(['sidelines', 'margins?', 'fringes?']);

/** A "visit" somewhere. */
export const VISIT = alt(['visit', 'trip', 'tour', 'stay', 'stopover', 'state visit', 'official visit']);

/** Verbs and nouns for a meeting itself. */
export const MEETING = alt([
  'met', 'meet(?:s|ing|ings)?', 'talks', 'encounters?', 'sat down', 'convened', 'discussions?', 'sessions?', 'negotiations',
  'rendezvous', 'sit-downs?', 's(?:at|itting) across', 'c(?:a|o)me together', 'huddled?', 'face[- ]to[- ]face',
]);

/** Verbs that say a meeting happened, which a day can follow ("was held on Friday"). */
export const HAPPENED = alt(['held', 'took place', 'taken place', 'takes place', 'happened', 'occurred', 'convened']);

/** Being at a meeting, after a form of "to be" ("was present", "was in the room"). */
export const PRESENT_AT = alt(['present', 'in attendance', 'in the room', 'at the table', 'among (?:the )?(?:participants|attendees|those present)']);

/** Counts of two or more, as words or digits. */
export const SEVERAL = alt(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '[2-9]', '1\\d', 'several', 'multiple', 'a few', 'a number of']);

/** Ordinals that presume an earlier meeting ("a second meeting"). */
export const LATER_ORDINAL = alt(['second', 'third', 'fourth', 'fifth', 'another', 'further', '2nd', '3rd', 'new', 'follow-up', 'fresh']);

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec'] as const;

/** Number words up to twenty, by value. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  single: 1, once: 1, twice: 2, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000,
};
