import { denialFrame, isNegated } from '../negation';
import { otherEvent, otherParty } from '../lookalikes';
import { DATE_AGREES, DATE_OTHER, DAY_OF_OTHER_VERB } from '../numbers-and-dates';
import { HAPPENED, MEETING } from '../paraphrases';
import { BAKU, ISRAELI, MEET, MEETING_DENIED, SIDELINES, SYRIAN, cues, isSyriaIsraelMeeting } from './event-anchors';
import type { Hit, Rule } from './types';

// "The low-key encounter in Baku came as …": the meeting named by a definite noun phrase and placed
// in Baku, its sides named in the sentence before.
const THE_MEETING_IN_BAKU = new RegExp(
  String.raw`^\s*(?:the|this|that|their|Saturday['’]s)\s+(?:[\w-]+\s+){0,3}?(?:meetings?|encounter|talks|discussions)\s+in\s+(?:Baku|Azerbaijan|the Azerbaijani capital)\b`,
  'i',
);

/**
 * Where: a Syria–Israel meeting clause that names Baku/Azerbaijan or the sidelines of the visit.
 * Only agreement is ever emitted: a meeting in another city is another meeting, not a contradiction.
 */
export const place: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    if (!MEET.test(text) || !BAKU.test(text) || otherEvent(text) || MEETING_DENIED.test(text)) continue;
    // "The ministry denied that a meeting with Israeli officials took place in Baku": the frame may sit in an earlier clause.
    if (denialFrame(s.text.slice(0, clause.start + MEET.exec(text)!.index))) continue;
    // "The meeting will take place on the sidelines of al-Sharaa's visit": the sidelines wording names the event.
    const located =
      (isSyriaIsraelMeeting(text) && BAKU.test(text)) ||
      (MEET.test(text) && SIDELINES.test(text) && BAKU.test(text)) ||
      (THE_MEETING_IN_BAKU.test(text) && isSyriaIsraelMeeting(s.previous) && !otherEvent(s.previous) && !otherParty(s.previous) && !otherParty(text) && !isNegated(text));
    if (!located) continue;
    hits.push({ claim: 'place-occasion', position: 'baku-sidelines', evidence: cues(text, MEET, BAKU, SIDELINES), clause });
  }
  return hits;
};

// The meeting (or its happening: "was held on") shortly before the day.
const MEETING_BEFORE_DAY = new RegExp(String.raw`\b(?:${MEETING}|${HAPPENED})\b`, 'i');

// "The encounter took place on July 12": the meeting itself as subject, right before its day. Only
// a bare or descriptive subject counts ("the next meeting", "the meeting with Aliyev" do not).
const THE_MEETING_HAPPENED = new RegExp(
  String.raw`^\s*(?:it\s+is\s+(?:understood|believed|thought|reported|said)\s+that\s+|(?:[\w’'-]+\s+){1,5}?(?:now\s+)?(?:claims?|says?|said|reports?|reported|insists?|insisted)\s+(?:that\s+)?)?(?:the|this|that|their|Saturday['’]s)\s+(?:(?:reported|secret|closed-door|face-to-face|rare|direct|Baku|Syrian-Israeli|Israeli-Syrian|landmark|unprecedented|historic)\s+)*(?:meetings?|encounter|talks|discussions|sessions?|contact|sit-down|rendezvous)\s+(?:in\s+(?:Baku|Azerbaijan|the Azerbaijani capital)\s+)?(?:(?:was|were|had been|has been|reportedly|actually|apparently|indeed|in fact)\s+)*${HAPPENED}\s+(?:on\s+)?(?=${DATE_AGREES.source}|${DATE_OTHER.source})`,
  'i',
);

// "Syrian outlets dated the encounter to Friday 11 July": the day given to the meeting by a verb of dating.
const DATED_MEETING = new RegExp(
  String.raw`\b(?:dated|dates|dating|placed|places|put|puts|timed)\s+(?:the|this|that|their|Saturday['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|encounter|talks|discussions|sessions?)\s+(?:to|on|at)\s+(?=${DATE_AGREES.source}|${DATE_OTHER.source})`,
  'i',
);

const DATELINE = /^[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:\([^)]*\))?\s*[-—–]/;

/**
 * When: a day expression attached to the meeting (not to "reported" or "arrived").
 * Another day contradicts AFP and Samaa, so it needs more anchoring: Baku named and the day
 * within a few words after the meeting verb.
 */
export const date: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    if (!isSyriaIsraelMeeting(text)) {
      const hit = meetingAsSubject(text, s.previous);
      if (hit) hits.push({ ...hit, clause });
      continue;
    }
    // A wire dateline ("BAKU, July 13 (Reuters) -") dates the story, not the meeting.
    const dateline = DATELINE.exec(text)?.[0].length ?? 0;
    const agrees = [...text.matchAll(DATE_AGREES)].filter((m) => m.index >= dateline && !DAY_OF_OTHER_VERB.test(text.slice(0, m.index)));
    const other = [...text.matchAll(DATE_OTHER)].filter((m) => m.index >= dateline && !DAY_OF_OTHER_VERB.test(text.slice(0, m.index)));
    if ((!agrees.length && !other.length) || otherEvent(text)) continue;
    if (agrees.length && !other.length) {
      hits.push({ claim: 'meeting-date', position: 'saturday-12-july', evidence: [agrees[0]![0], ...cues(text, MEET)], clause });
    } else if (other.length && !agrees.length && BAKU.test(text) && !isNegated(text)) {
      const day = other[0]!;
      const lead = text.slice(Math.max(0, day.index - 70), day.index);
      const meetBefore = MEETING_BEFORE_DAY.exec(lead);
      const dayFirst = day.index < 25 && MEET.test(text.slice(day.index));
      if ((meetBefore || dayFirst) && ISRAELI.test(text) && SYRIAN.test(text)) {
        hits.push({ claim: 'meeting-date', position: 'other-day', evidence: [day[0], ...cues(text, MEET)], clause });
      }
    }
  }
  return hits;
};

/**
 * "The meeting was held on Friday, July 11": no sides named, so the sentence must be only that — the
 * meeting as subject of its happening, then the day — in a clause and after a sentence that name
 * no other event or party ("Al-Sharaa also met Erdogan in Istanbul. The meeting was held on Friday.").
 */
function meetingAsSubject(text: string, previous: string): Omit<Hit, 'clause'> | null {
  const subject = THE_MEETING_HAPPENED.exec(text) ?? DATED_MEETING.exec(text);
  if (!subject || otherEvent(text) || otherEvent(previous) || otherParty(previous) || isNegated(text)) return null;
  const rest = text.slice(subject.index + subject[0].length);
  const agrees = [...rest.matchAll(DATE_AGREES)].filter((m) => !DAY_OF_OTHER_VERB.test(rest.slice(0, m.index)));
  const other = [...rest.matchAll(DATE_OTHER)].filter((m) => !DAY_OF_OTHER_VERB.test(rest.slice(0, m.index)));
  if (agrees.length && !other.length) return { claim: 'meeting-date', position: 'saturday-12-july', evidence: [agrees[0]![0], subject[0].trim()] };
  if (other.length && !agrees.length) return { claim: 'meeting-date', position: 'other-day', evidence: [other[0]![0], subject[0].trim()] };
  return null;
}
