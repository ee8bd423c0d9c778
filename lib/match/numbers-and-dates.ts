/**
 * Days, dates and meeting counts as outlets write them.
 * The meeting was on Saturday 12 July 2025; "over the weekend" agrees with that.
 */

const MONTH_DAY_12 = String.raw`(?:July\s+12(?:th)?|12(?:th)?\s+(?:of\s+)?July)`;
const OTHER_JULY = String.raw`(?:July\s+(?:1[013-9]|[1-9]|2\d|3[01])(?:st|nd|rd|th)?|(?:1[013-9]|[1-9]|2\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?July)`;

/** Day expressions that agree with Saturday 12 July. */
export const DATE_AGREES = new RegExp(
  String.raw`\b(?:Saturday(?:,?\s+${MONTH_DAY_12})?|${MONTH_DAY_12}|(?:over|at|on) the weekend|this weekend|last weekend)\b`,
  'gi',
);

/** Day expressions that name another day. Weekday names alone are enough in a news lead. */
export const DATE_OTHER = new RegExp(String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Sunday|${OTHER_JULY})\b`, 'gi');

/** A reporting or travel verb just before a day means the day belongs to that verb ("reported Saturday"). */
export const DAY_OF_OTHER_VERB =
  /\b(?:reported|reports|said|says|told|announced|confirmed|added|wrote|tweeted|published|stated|noted|denied)\s+(?:(?:earlier|late|early)\s+)?(?:on\s+)?$|\b(?:arrived|arrives|arriving|landed|visited|travell?ed|flew)\b(?:\s+[\w,’'-]+){0,3}?\s+(?:on\s+)?$/i;

/** "a single meeting", "one meeting" — not "at least one meeting", "one of the meetings". */
export const ONE_MEETING =
  /(?<!at least |more than |of |in |on |to )\b(?:a single|only one|just one|one|a lone)\s+(?:(?:brief|short|face-to-face|direct|closed-door|secret|lone|single)\s+)*meeting\b(?!s)/gi;

/** Two or more meetings, including "one of the meetings", which presumes several. */
export const SEVERAL_MEETINGS = new RegExp(
  [
    String.raw`\b(?:two|three|four|five|several|multiple|a series of|a number of|a couple of|a pair of|at least two|more than one|separate|both)\s+(?:[\w-]+\s+){0,2}?(?:meetings|sessions|rounds of talks)\b`,
    String.raw`\bone of (?:the|two|three|several|those) (?:[\w-]+\s+)?(?:meetings|sessions)\b`,
    String.raw`\b(?:second|third|another) meeting\b`,
  ].join('|'),
  'gi',
);
