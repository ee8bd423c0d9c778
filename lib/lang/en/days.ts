import type { DayExpression } from '../types';
import { MONTHS, MONTH_SHORT, NUMBER_WORDS, WEEKDAYS } from './words';

/**
 * Day and date expressions in English news copy, read into parts for the engine to compare with an
 * event's date: "Saturday", "Saturday, July 12", "12 July 2025", "on the 12th", "12/07", "over the
 * weekend". Numeric dates are read both ways (12/07 is 12 July or 7 December) and only ever agree.
 */

const MONTH = `(?:${MONTHS.join('|')}|(?:${MONTH_SHORT.join('|')})\\.?)`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const ORD = '(?:st|nd|rd|th)?';
// A day of a month, 1 to 31 (the regex's closing \b keeps "March 32" from reading as March 3).
const DAY = String.raw`(3[01]|[12]\d|0?[1-9])`;
const DAY_MONTH = String.raw`${DAY}${ORD}\s+(?:of\s+)?(${MONTH})(?:,?\s+(\d{4}))?`;
const MONTH_DAY = String.raw`(${MONTH})\s+${DAY}${ORD}(?:,?\s+(\d{4}))?`;
const NUMERIC = String.raw`(\d{1,2})[/.](\d{1,2})(?:[/.]((?:20)?\d{2}))?`;
const ISO = String.raw`(\d{4})-(\d{2})-(\d{2})`;
// "on the 12th" with the month left to the lead; not "the 12th century" or "the 12th round".
const THE_NTH = String.raw`the\s+${DAY}(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:${MONTH}|century|round|time|anniversary|edition|session|meeting|floor|day|year|week|month|president|of)\b)`;
const WEEKEND = String.raw`(?:over|at|on) the weekend|this weekend|last weekend|the weekend`;
// "mid-March" is written with a hyphen and no space, also after a preposition ("in mid-March").
const MONTH_ALONE = String.raw`(?:(?:in|since|during|earlier in|late|early|last|by|until|through)\s+(?:mid-)?|mid-|mid\s+)(${MONTH})(?!\s+\d)`;
// "in January 2000": a month of a year, no day.
const MONTH_YEAR = String.raw`(${MONTH})\s+((?:19|20)\d{2})`;

const DAY_RE = new RegExp(
  String.raw`\b(?:(${WEEKDAY})(?:,?\s+(?:${DAY_MONTH}|${MONTH_DAY}))?|${DAY_MONTH}|${MONTH_DAY}|${ISO}|${NUMERIC}|${THE_NTH}|(${WEEKEND})|${MONTH_ALONE}|${MONTH_YEAR})\b`,
  'gi',
);

/**
 * A reporting or travel verb just before a day means the day belongs to that verb ("reported
 * Saturday", "a source told Reuters on Friday", "said in a statement on Friday", "arrived on Friday").
 */
const DAY_OF_OTHER_VERB =
  /\b(?:reported|reports|said|says|told|tells|announced|confirmed|added|wrote|tweeted|published|stated|noted|denied|quoted|posted)\s+(?:[\w’'-]+\s+){0,3}?(?:(?:earlier|late|early)\s+)?(?:on\s+)?$|\bin an? (?:statement|interview|report|briefing|post)\s+(?:on\s+)?$|\b(?:arrived|arrives|arriving|landed|visited|travell?ed|flew|left|departed)\b(?:\s+[\w,’'-]+){0,3}?\s+(?:on\s+)?$|\b(?:published|updated|posted|issued|released|circulated)\s+(?:[\w’'-]+\s+){0,2}?(?:on\s+)?$|\b(?:published|updated|posted)\s*:?\s*$/i;

const monthOf = (word: string | undefined): number | undefined => {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
  return i >= 0 ? i + 1 : undefined;
};
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const year = (s: string | undefined) => (s === undefined ? undefined : s.length === 2 ? 2000 + Number(s) : Number(s));

export function englishDays(text: string): DayExpression[] {
  const out: DayExpression[] = [];
  for (const m of text.matchAll(DAY_RE)) {
    const g = m.slice(1);
    const base = { start: m.index, end: m.index + m[0].length, text: m[0], ofOtherVerb: DAY_OF_OTHER_VERB.test(text.slice(Math.max(0, m.index - 80), m.index)) };
    if (g[0]) {
      const weekday = WEEKDAYS.indexOf(g[0].toLowerCase() as (typeof WEEKDAYS)[number]);
      const day = num(g[1]) ?? num(g[5]);
      const month = monthOf(g[2] ?? g[4]);
      out.push({ ...base, weekday, day, month, year: year(g[3] ?? g[6]) });
    } else if (g[7]) out.push({ ...base, day: num(g[7]), month: monthOf(g[8]), year: year(g[9]) });
    else if (g[10]) out.push({ ...base, month: monthOf(g[10]), day: num(g[11]), year: year(g[12]) });
    else if (g[13]) out.push({ ...base, year: num(g[13]), month: num(g[14]), day: num(g[15]) });
    else if (g[16]) {
      const a = Number(g[16]);
      const b = Number(g[17]);
      // A figure ("12.7 percent") is not a date: dots only with a year.
      if (m[0].includes('.') && !g[18]) continue;
      if (a > 31 || b > 31 || (a > 12 && b > 12)) continue;
      out.push({ ...base, day: a, month: b, year: year(g[18]), ambiguous: a <= 12 && b <= 12 && a !== b ? { day: b, month: a } : undefined });
    } else if (g[19]) out.push({ ...base, day: num(g[19]) });
    else if (g[20]) out.push({ ...base, weekend: true });
    else if (g[21]) out.push({ ...base, month: monthOf(g[21]), monthOnly: true });
    else if (g[22]) out.push({ ...base, month: monthOf(g[22]), year: Number(g[23]), monthOnly: true });
  }
  return out;
}

// Digits: four or more in a row ("1800"), or up to three then comma groups ("1,800"), with decimals.
const NUMBER_RE = new RegExp(
  String.raw`\b(\d{4,}(?:\.\d+)?|\d{1,3}(?:,\d{3})*(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})\b(?:\s+(?:more\s+|other\s+|separate\s+|different\s+|full\s+)?([a-z][a-z-]+))?`,
  'gi',
);

// A year word right before four digits: "since 1800", "in the year 1800", "until 1800", "circa 1800".
const YEAR_BEFORE = /\b(?:since|year|until|till|circa|c\.)\s+$/i;

/** Four digits without a comma that read as a year (1900 to 2099, or after a year word) are not a count. */
function isYear(word: string, before: string): boolean {
  if (!/^\d{4}$/.test(word)) return false;
  const value = Number(word);
  return (value >= 1900 && value <= 2099) || YEAR_BEFORE.test(before);
}

/** Numbers as digits or words, with the word after them ("three hours", "50 delegates"). */
export function englishNumbers(text: string): { index: number; text: string; value: number; noun: string }[] {
  const out: { index: number; text: string; value: number; noun: string }[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const word = m[1]!.toLowerCase();
    const value = NUMBER_WORDS[word] ?? Number(word.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (isYear(word, text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push({ index: m.index, text: m[0], value, noun: (m[2] ?? '').toLowerCase() });
  }
  return out;
}
