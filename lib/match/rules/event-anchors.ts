/** Shared tests for "this clause is about the Syria–Israel meeting". */

import { MARGINS, MEETING, VISIT } from '../paraphrases';

/** A word for meeting or talks. */
export const MEET = new RegExp(String.raw`\b${MEETING}\b`, 'i');
/** Both sides named. */
export const ISRAELI = /\bIsrael(?:i|is|'s|’s)?\b/i;
// The leader's nom de guerre too ("the Jolani government", as Iranian outlets write).
export const SYRIAN = /\b(?:Syria(?:n|ns|'s|’s)?|Damascus)\b|\bal-Shar|\bSharaa?\b|\bJ(?:[ou]w?|aw)lani\b/i;
export const BAKU = /\b(?:Baku|Azerbaijan(?:i)?)\b/i;
/** Sidelines-of-the-visit wording, which places the meeting even without the city. */
export const SIDELINES = new RegExp(
  String.raw`\b${MARGINS} of\b[^.;]{0,60}\b${VISIT}\b|\bduring\b[^.;]{0,60}\b${VISIT} (?:to|in) (?:Baku|Azerbaijan)\b`,
  'i',
);

/** The meeting itself is denied ("did not meet in Baku", "no meeting took place"). */
export const MEETING_DENIED = /\b(?:not|never|n['’]t)\s+(?:[\w-]+\s+)?(?:meet|met|hold|held|take place|taken place|happen|happened|occur|occurred)\b|\bno (?:such )?meeting\b|\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|rul(?:ed|es|ing) out)\s+(?:(?:that|reports?|claims?|of)\s+)*(?:any|a|the|such)\s+(?:[\w-]+\s+)?(?:meeting|talks|encounter|contacts?)\b/i;

/** The clause speaks of a meeting between the two sides. */
export function isSyriaIsraelMeeting(clause: string): boolean {
  return MEET.test(clause) && ISRAELI.test(clause) && SYRIAN.test(clause);
}

/** Text of each regex's first match, for evidence. */
export function cues(text: string, ...patterns: RegExp[]): string[] {
  return patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '')).exec(text)?.[0]).filter((m): m is string => Boolean(m));
}
