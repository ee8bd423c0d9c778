import { otherEvent, otherParty } from '../lookalikes';
import { MET_ONCE, MET_SEVERAL_TIMES, ONE_MEETING, SEVERAL_MEETINGS } from '../numbers-and-dates';
import type { Hit, Rule } from './types';

// "attended one meeting" speaks of his attendance, not of how many meetings there were.
// "a single encounter, not a series of talks": a count said not to be is no count.
const DENIED_JUST_BEFORE = /\b(?:not|rather than|instead of|never)\s+$/i;

const ATTEND_JUST_BEFORE = /\b(?:attend(?:ed|s)?|sat in on|sit in on|joined|took part in|present (?:at|in))\s+$/i;

/**
 * How many meetings: only explicit counts ("a single meeting", "two meetings", "one of the
 * meetings", "a series of meetings"). A bare plural "meetings" is not read as a count.
 */
export const meetingCount: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    // Explicit counts are specific enough in a document about the meeting; look-alikes are still skipped.
    if (!/meeting|session|round|times|twice|once|encounter|occasion/i.test(text) || otherEvent(text)) continue;
    // A count says nothing of who met: another party before it makes it another meeting
    // ("Azerbaijani and Armenian negotiators met twice", "the energy ministers held two sessions").
    const ours = (re: RegExp) => [...text.matchAll(re)].filter((m) => !otherParty(text.slice(0, m.index)) && !DENIED_JUST_BEFORE.test(text.slice(0, m.index)));
    const one = ours(ONE_MEETING).filter((m) => !ATTEND_JUST_BEFORE.test(text.slice(0, m.index))).concat(ours(MET_ONCE));
    const several = [...ours(SEVERAL_MEETINGS), ...ours(MET_SEVERAL_TIMES)];
    if (one.length && several.length) continue;
    if (one.length) hits.push({ claim: 'meeting-count', position: 'one-meeting', evidence: [one[0]![0]], clause });
    if (several.length) hits.push({ claim: 'meeting-count', position: 'several-meetings', evidence: [several[0]![0]], clause });
  }
  return hits;
};
