import { LATER_ORDINAL, SEVERAL } from './paraphrases';

/**
 * Days, dates and meeting counts as outlets write them.
 * The meeting was on Saturday 12 July 2025; "over the weekend" agrees with that.
 */

// 12/07 and 07/12 both read as 12 July under one of the two conventions; dots only with a year
// ("12.7" is more often a figure than a date).
const MONTH_DAY_12 = String.raw`(?:July\s+12(?:th)?|12(?:th)?\s+(?:of\s+)?July|12/0?7(?:/(?:20)?25)?|0?7/12(?:/(?:20)?25)?|12\.07\.(?:20)?25|2025-07-12)`;
const OTHER_JULY = String.raw`(?:July\s+(?:1[013-9]|[1-9]|2\d|3[01])(?:st|nd|rd|th)?|(?:1[013-9]|[1-9]|2\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?July)`;

// "on the 12th" with the month left to the lead; not "the 12th century" or "the 12th round".
const THE_12TH = String.raw`the\s+12th(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|August|September|October|November|December|century|round|time|anniversary|edition|session|meeting|floor|day)\b)`;

/** Day expressions that agree with Saturday 12 July. */
export const DATE_AGREES = new RegExp(
  String.raw`\b(?:Saturday(?:,?\s+${MONTH_DAY_12})?|${MONTH_DAY_12}|${THE_12TH}|(?:over|at|on) the weekend|this weekend|last weekend)\b`,
  'gi',
);

/** Day expressions that name another day. Weekday names alone are enough in a news lead. */
export const DATE_OTHER = new RegExp(String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Sunday|${OTHER_JULY})\b`, 'gi');

/**
 * A reporting or travel verb just before a day means the day belongs to that verb ("reported
 * Saturday", "a source told Reuters on Friday", "said in a statement on Friday").
 */
export const DAY_OF_OTHER_VERB =
  /\b(?:reported|reports|said|says|told|tells|announced|confirmed|added|wrote|tweeted|published|stated|noted|denied|quoted)\s+(?:[\w’'-]+\s+){0,3}?(?:(?:earlier|late|early)\s+)?(?:on\s+)?$|\bin an? (?:statement|interview|report|briefing|post)\s+(?:on\s+)?$|\b(?:arrived|arrives|arriving|landed|visited|travell?ed|flew)\b(?:\s+[\w,’'-]+){0,3}?\s+(?:on\s+)?$/i;

// What one meeting is called: "meeting", "encounter", "session", "round of talks".
const ONE_NOUN = String.raw`meeting|encounter|session|round of (?:talks|negotiations|discussions)`;
// Rounds of something else ("two rounds of strikes", "rounds of voting") are not meetings.
const ROUNDS = String.raw`rounds\b(?!\s+of\s+(?!talks|negotiations|discussions|meetings)\w)`;

/** "a single meeting", "one meeting" — not "at least one meeting", "one of the meetings". */
export const ONE_MEETING = new RegExp(
  [
    // A bare "one" is a count only on its own ("in one meeting" is where, not how many); "a single" always is.
    String.raw`\b(?:a single|only one|just one|(?<!at least |more than |of |in |on |to )(?:one|1)|a lone)\s+(?:(?:brief|short|face-to-face|direct|closed-door|secret|lone|single)\s+)*(?:${ONE_NOUN})\b(?!s)`,
  ].join('|'),
  'gi',
);

/** Two or more meetings, including "one of the meetings", which presumes several. */
export const SEVERAL_MEETINGS = new RegExp(
  [
    String.raw`\b(?:${SEVERAL}|a series of|a couple of|a pair of|at least two|more than one|separate|both)\s+(?:[\w-]+\s+){0,2}?(?:meetings|sessions|encounters|${ROUNDS})`,
    String.raw`\bone of (?:the|two|three|several|those) (?:[\w-]+\s+)?(?:meetings|sessions)\b`,
    String.raw`\b${LATER_ORDINAL} (?:meeting|session|round of talks)\b`,
  ].join('|'),
  'gi',
);

/**
 * Counts carried by the verb: "met three times", "met twice" (several), "met only once" (one, not
 * "met once again"). The verb's subject may be anyone, so the rule checks who met (see `otherParty`).
 */
export const MET_SEVERAL_TIMES = new RegExp(
  String.raw`\b(?:met|meet|convened|sat down)\s+(?:(?:at least|some|in total)\s+)?(?:twice|${SEVERAL} times|on\s+(?:${SEVERAL}|separate)\s+occasions)\b`,
  'gi',
);
export const MET_ONCE = /\b(?:met|meet|convened)\s+(?:only\s+|just\s+)?(?:once\b(?!\s+(?:again|more|before))|on\s+(?:a single|one|only one|just one)\s+occasion\b)/gi;
