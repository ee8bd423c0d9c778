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
export const MEETING = alt(['met', 'meet(?:s|ing|ings)?', 'talks', 'encounters?', 'sat down', 'convened', 'discussions?', 'sessions?', 'negotiations', 'rendezvous', 'sit-downs?', 's(?:at|itting) across', 'c(?:a|o)me together']);

/** Verbs that say the meeting happened, which a day can follow ("was held on Friday"). */
export const HAPPENED = alt(['held', 'took place', 'taken place', 'happened', 'occurred', 'convened']);

/** Being at the meeting, after a form of "to be" ("was present", "was in the room"). */
export const PRESENT_AT = alt(['present', 'in attendance', 'in the room', 'at the table', 'among (?:the )?(?:participants|attendees|those present)']);

/** Who spoke for Israel: an envoy of Netanyahu. */
export const ENVOY = alt(['envoys?', 'emissar(?:y|ies)', 'representatives?', 'confidants?', '(?:officials?|figures?) close to']);

/** Netanyahu by name or office. */
export const NETANYAHU_REF = alt([
  '(?:(?:Israeli\\s+)?Prime\\s+Minister\\s+)?(?:Benjamin\\s+|Binyamin\\s+)?Netanyahu',
  'the\\s+Israeli\\s+prime\\s+minister',
  'Israel(?:\'s|’s)\\s+prime\\s+minister',
]);

/** Counts of two or more, as words or digits. */
export const SEVERAL = alt(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '[2-9]', '1\\d', 'several', 'multiple', 'a few', 'a number of']);

/** Ordinals that presume an earlier meeting ("a second meeting"). */
export const LATER_ORDINAL = alt(['second', 'third', 'fourth', 'fifth', 'another', 'further', '2nd', '3rd']);

/** Weapons as a trade good ("arms", "weaponry", "military hardware", "drones"). */
export const ARMS = alt(['arms', 'weapons?', 'weaponry', 'military (?:hardware|equipment|technology)', 'drones', 'munitions', 'defen[cs]e (?:equipment|systems)']);

/** The seller's side of a sale: "supplier", "sells", "provides", "exports", "arms" (verb). */
export const SUPPLY = alt(['suppl(?:y|ies|ied|ying|ier|iers)', 'sell(?:s|ing|er|ers)?', 'sold', 'provid(?:e|es|ed|ing|er|ers)', 'export(?:s|ed|ing|er|ers)?', 'deliver(?:s|ed|ing)?', 'arm(?:s|ed|ing)']);

/** The buyer's side: "buys", "a major buyer of", "imports", "gets … from". */
export const BUY = alt(['buy(?:s|ing|er|ers)?', 'bought', 'purchas(?:e|es|ed|ing|er|ers)', 'import(?:s|ed|ing|er|ers)?', 'acquir(?:e|es|ed|ing)', 'customers?', 'clients?', 'gets', 'got', 'obtain(?:s|ed)?', 'sources?', 'sourced', 'receiv(?:e|es|ed)']);

/** Sharing a border: "borders", "neighbours", "shares a long border with". */
export const BORDERS = alt(['borders', 'bordering', 'neighbou?rs', 'neighbou?ring', '(?:shares?|sharing|has|have)\\s+(?:a|an|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:border|frontier)\\s+with', '(?:lies|sits|is)\\s+(?:on|along)\\s+(?:the\\s+)?(?:border|frontier)\\s+with']);

/** Something under way: "has started", "had commenced", "is under way". */
export const STARTED = alt(['start(?:ed|s)', 'begun', 'began', 'begins', 'commenc(?:ed|es)', 'under ?way', 'kicked off', 'launched']);

/** Wanting something: "expressed interest in", "was interested in", "wants", "is keen on". */
export const INTEREST = alt(['interest(?:ed)?', 'keen', 'wants?', 'wanted', 'wish(?:es|ed)?', 'eager', 'hop(?:e|es|ed|ing)', 'ready', 'open to', 'seek(?:s|ing)?', 'sought', 'pursu(?:e|es|ed|ing)', 'aspir(?:e|es|ed|ing)', 'desire']);

/** Normal relations: "normalisation", "normalising ties", "peace". */
export const NORMALISE = alt(['normali[sz](?:e|es|ed|ing|ation)', 'normal (?:relations|ties)', 'peace']);

/** A deal that ends: "fell apart", "collapsed", "was cut off". */
export const COLLAPSED = alt(['fell apart', 'fallen apart', 'collapsed?', 'ended', 'void', 'halted', 'cut off', 'dried up', 'stopped', 'ceased', 'terminated']);

/** What outlets call a notable meeting, after "marks", "is", "was seen as": "a significant step", "a milestone". */
export const SIGNIFICANT = alt([
  'significant (?:step|development|moment|milestone|breakthrough|shift)',
  'milestone',
  'breakthrough',
  'landmark',
  'turning point',
  'rare (?:[\\w-]+ ){0,2}?(?:interaction|contact|encounter|meeting|talks|exchange|step|engagement)',
  'unprecedented',
  'historic',
]);

/** Adjectives that make the meeting itself notable: "the rare meeting", "an unprecedented encounter". */
export const NOTABLE = alt(['rare', 'unprecedented', 'historic', 'landmark', 'first-ever', 'ground-?breaking']);

/** A long stretch of time: "in decades", "in more than 20 years", "since 1948". */
export const IN_DECADES = alt(['in\\s+(?:(?:more than|over|nearly|almost|some)\\s+)?(?:decades|years|a generation|a quarter[- ]century|\\w+ (?:decades|years))', 'since\\s+\\d{4}', 'ever']);
