import type { Span } from '../types';
import { segmentSentences, type SentenceRules } from '../sentences';

// Titles before a name never end a sentence: "Mr. Smith", "Gen. Jones", "Lt. Col. Brown", "Sen. Graham";
// nor a month before a day or a year ("Jan. 5", "Sept. 2024"), nor "vs.".
const TITLES = 'Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Cmdr|Adm|Brig|Sen|Rep|Gov|Pres|Amb|Sec|Atty|Supt|Insp|Rev|Hon|Fr|Sr|Jr|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs';
const TITLE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:${TITLES})\.\s*$`, 'u');
// Initials and dotted abbreviations usually go on ("U.S. President Trump", "the U.N. Security Council",
// "Ahmed A. al-Sharaa", "at 9 a.m. Syrian time", "St. Petersburg") but may end a sentence ("sanctions on
// the U.S. The talks…"): they join unless the next word is one that starts sentences.
const INITIALS = /(?<![\p{L}\p{N}.])(?:\p{L}\.(?:\p{L}\.)+|\p{Lu}\.|St\.)\s*$/u;
const STARTER = /^["“‘(]?(?:The|A|An|He|She|It|They|We|I|You|His|Her|Its|Their|Our|This|That|These|Those|There|Then|By|From|With|But|And|Or|So|Yet|In|On|At|For|As|If|When|While|After|Before|Since|Although|Though|However|Meanwhile|Earlier|Later|Now|No|Not|Neither|Both|Some|Many|What|Who|Why|How)(?![\p{L}\p{N}'’-])/u;
// "No. 2", "Nos. 3 and 4": "No." ends a sentence before anything but a number.
const NUMBER_SIGN = /(?<![\p{L}\p{N}.])Nos?\.\s*$/u;
// A question or exclamation in quotes goes on with its attribution: "“Why?” he asked."
const QUOTED_QUESTION = /[?!]+["”’»)]+\s*$/u;

// UAX #29 never ends a sentence before a lower-case word or a digit, but news copy starts sentences with
// names written so and with figures ("…the Damascus source. i24 said…", "…never showed up. 1 meeting…"):
// a stop after a word of two letters or more ends the sentence before a lower-case word or a digit too,
// unless the word is a dotted abbreviation, a title or month above, or one of these ("etc. and", "et
// al. said", "para. 3"). Not "?" or "!" (above).
const NOT_ENDING = `${TITLES}|No|Nos|etc|approx|cf|incl|esp|al|ca|circa|viz|vol|art|arts|fig|pp|para|ch|sec|op|St`;
const either = NOT_ENDING.split('|').flatMap((w) => [w.toLowerCase(), w[0]!.toUpperCase() + w.slice(1).toLowerCase()]).join('|');
const LOWER_START = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])(?!(?:${either})\.)[\p{L}\p{N}][\p{L}\p{N}'’-]*\p{L}\.["”’)]*(?=\s+[\p{Ll}\p{N}])`, 'gu');

const RULES: SentenceRules = {
  segmenter: new Intl.Segmenter('en', { granularity: 'sentence' }),
  joins: (segment, rest) =>
    TITLE.test(segment) || (QUOTED_QUESTION.test(segment) && /^\p{Ll}/u.test(rest)) || (INITIALS.test(segment) && !STARTER.test(rest)) || (NUMBER_SIGN.test(segment) && /^\d/.test(rest)),
  stops: LOWER_START,
};

/**
 * Splits English text into sentence spans with exact string offsets: line by line, then at Unicode's
 * sentence boundaries (`Intl.Segmenter`, built into every browser, nothing to load), with the boundaries
 * after titles, months and initials joined back. Runs of more than 256 characters without whitespace
 * belong to no sentence; sentences over 1200 characters are cut at spaces (lib/lang/sentences.ts).
 *
 * `keep` picks the sentences the matcher reads: those it accepts and one neighbour on each side.
 */
export function splitSentences(text: string, keep?: (chunk: string) => boolean): Span[] {
  return segmentSentences(text, RULES, keep);
}
