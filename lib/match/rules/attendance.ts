import { denialFrame, expectation, experiential, isNegated, isNegativeModal, openQuestion, passiveDenial, supersededFrame } from '../negation';
import { otherEvent } from '../lookalikes';
import { OTHER_PEOPLE, SHARAA, re } from '../names';
import { PRESENT_AT } from '../paraphrases';
import type { Hit, Rule, SentenceContext } from './types';

const CLAIM = 'sharaa-attendance';

// Verbs of presence. "met" only counts with an Israeli object: al-Sharaa also met Aliyev and Trump.
// A negator may sit inside "was not present"; it is read from the verb match too.
const PRESENT = String.raw`attend(?:s|ed|ing)?|show(?:s|ed|ing)?\s+up|t(?:ake|akes|ook|aken|aking)\s+a\s+seat|participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aken|aking)\s+part|s(?:at|it|its|itting)\s+in\b(?:\s+on)?|join(?:s|ed|ing)?|(?:(?:was|were|is)(?:n['’]t)?|be|been|being)\s+(?:(?:not|never|personally|also|himself|actually|indeed)\s+)*${PRESENT_AT}|(?:met|meet|meets)\s+(?:with\s+)?(?:the\s+|an?\s+|his\s+)?Israeli`;
// Verbs of absence: they deny on their own.
const ABSENT = String.raw`skip(?:s|ped|ping)?|miss(?:ed|es|ing)|(?:was|were|is|been)\s+(?:notably\s+)?absent|st(?:ay|ayed|ays)\s+(?:away|out\s+of)|s(?:at|it)\s+out|kept\s+away|kept\s+his\s+distance|(?:was|were)\s+nowhere\s+near|absent(?:ed)?\s+himself`;
const VERB = new RegExp(String.raw`\b(?:(${ABSENT})|(${PRESENT}))\b`, 'gi');
// These need a meeting as object; "attend" or "was absent" can stand alone ("he did not attend").
const NEEDS_OBJECT = /^(?:join|skip|miss|s(?:at|it)\s+(?:in|out))/i;
const MEETING_OBJECT = /^\s*(?:[\w’'-]+\s+){0,5}?(?:meetings?|talks|sessions?|encounter|discussions?|gathering)\b/i;
const NOT_A_MEETING = /^\s*(?:[\w’'-]+\s+){0,4}?(?:summit|conference|forum|ceremony|funeral|dinner|reception|prayers?|rally|parade|signing|visit|games?|match)\b/i;
const PRONOUN = /\b(?:he|himself)\b/gi;
// "officials of al-Sharaa's government", "an aide to the Syrian president": the name is not the subject.
const NOT_SUBJECT_BEFORE = /\b(?:of|from|for|to|by|under|aides?|officials?|envoys?|ministers?|government|delegation|team|administration)\s+(?:(?:Syrian\s+)?(?:interim\s+)?President\s+)?$/i;

const COORDINATED = /^\s*(?:and|nor|or|as well as|along with|together with)\s+[^,;]{0,60}$/i;
const SHARAA_RE = re(SHARAA);
const SHARAA_ANY = re(SHARAA, 'i');
const OTHER_PEOPLE_RE = re(OTHER_PEOPLE, 'i');

interface Subject {
  end: number;
  text: string;
}

function subjectBefore(s: SentenceContext, clauseStart: number, verbAt: number): Subject | null {
  const before = s.text.slice(clauseStart, verbAt);
  let best: Subject | null = null;
  for (const m of before.matchAll(SHARAA_RE)) {
    const at = clauseStart + m.index;
    const after = s.text.slice(at + m[0].length, at + m[0].length + 2);
    if (/^['’]s/.test(after)) continue; // "al-Sharaa's visit"
    if (NOT_SUBJECT_BEFORE.test(s.text.slice(Math.max(clauseStart, at - 40), at))) continue;
    best = { end: at + m[0].length, text: m[0] };
  }
  const sharaaEarlier = SHARAA_ANY.test(s.text.slice(0, verbAt)) || SHARAA_ANY.test(s.previous);
  if (sharaaEarlier) {
    for (const m of before.matchAll(PRONOUN)) {
      const end = clauseStart + m.index + m[0].length;
      if (!best || end > best.end) best = { end, text: m[0] };
    }
  }
  if (!best) return null;
  const between = s.text.slice(best.end, verbAt);
  // Another person in between is the real subject ("al-Sharaa's minister al-Shaibani attended"),
  // unless coordinated with him ("neither al-Sharaa nor al-Shaibani attended").
  if ((OTHER_PEOPLE_RE.test(between) && !COORDINATED.test(between)) || between.length > 90 || /[;:]/.test(between)) return null;
  return best;
}

/** Stance from polarity and modality; a denial frame flips what the embedded report said. */
function stanceOf(negative: boolean, expected: boolean, denied: boolean): string {
  if (denied) return negative ? 'attended' : 'did-not-attend';
  if (negative) return expected ? 'not-expected-to-attend' : 'did-not-attend';
  return expected ? 'expected-to-attend' : 'attended';
}

/**
 * Did al-Sharaa attend? Finds a presence/absence verb whose subject is al-Sharaa (any spelling, or
 * "he" after his name), reads negation and expectation on the subject→verb stretch, and flips for
 * "denied reports that …". Look-alike events (Abu Dhabi, the Arab League summit…) are skipped.
 */
export const attendance: Rule = (s) => {
  // Cheap gate: no name, title or pronoun, no subject.
  if (!s.aboutBakuMeeting || !(SHARAA_ANY.test(s.text) || /\b(?:he|himself)\b/i.test(s.text))) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    if (otherEvent(text)) continue;
    for (const v of text.matchAll(VERB)) {
      const verbAt = clause.start + v.index;
      const rest = s.text.slice(verbAt + v[0].length, clause.end);
      if (NOT_A_MEETING.test(rest)) continue;
      if (NEEDS_OBJECT.test(v[0]) && !MEETING_OBJECT.test(rest)) continue;
      const subject = subjectBefore(s, clause.start, verbAt);
      if (!subject) continue;
      const prefix = s.text.slice(clause.start, subject.end - subject.text.length);
      if (supersededFrame(prefix) || openQuestion(prefix)) continue;
      const stretch = s.text.slice(subject.end, verbAt);
      if (experiential(stretch)) continue;
      const absent = Boolean(v[1]);
      const neg = isNegated(stretch) ?? (v[2] ? isNegated(v[0]) : null);
      if (absent && neg) continue; // "did not skip": too rare to trust
      const modal = expectation(stretch);
      const denial = denialFrame(prefix) ?? passiveDenial(prefix, rest);
      const negative = absent || Boolean(neg) || Boolean(modal && isNegativeModal(modal[0]));
      const position = stanceOf(negative, Boolean(modal), Boolean(denial));
      const evidence = [subject.text, ...(denial ? [denial[0].split(/\s+/).slice(0, 3).join(' ')] : []), ...(neg ? [neg[0]] : []), ...(modal ? [modal[0]] : []), v[0]];
      hits.push({ claim: CLAIM, position, evidence, clause });
    }
  }
  return hits.concat(absenceNouns(s), passiveAttendance(s));
};

const WITHOUT = new RegExp(String.raw`\b(?:without|in the absence of)\s+(${SHARAA})|(${SHARAA})['’]s\s+absence\b|\bin the presence of\s+(${SHARAA})`, 'gi');

/** "the talks were held without al-Sharaa", "in the presence of the Syrian president". */
function absenceNouns(s: SentenceContext): Hit[] {
  if (!/\b(?:meetings?|talks|met|encounter)\b/i.test(s.text) || otherEvent(s.text)) return [];
  const hits: Hit[] = [];
  for (const m of s.text.matchAll(WITHOUT)) {
    const position = m[3] ? 'attended' : 'did-not-attend';
    hits.push({ claim: CLAIM, position, evidence: [m[0]] });
  }
  return hits;
}

// The meeting as subject, al-Sharaa as agent: "the talks were (not) attended by al-Sharaa".
const PASSIVE = new RegExp(
  String.raw`\b(?:meetings?|talks|sessions?|encounter|discussions?)\b([^;:]{0,60}?)\b(?:was|were|is|are|be|been)\s+((?:(?:not|never|also|reportedly|personally|only|partly)\s+)*)(?:attended|joined)\s+(?:in person\s+)?by\s+(${SHARAA})`,
  'gi',
);

function passiveAttendance(s: SentenceContext): Hit[] {
  if (otherEvent(s.text)) return [];
  const hits: Hit[] = [];
  for (const m of s.text.matchAll(PASSIVE)) {
    const stretch = `${m[1]} ${m[2]}`;
    const neg = isNegated(stretch);
    const modal = expectation(stretch);
    const position = stanceOf(Boolean(neg) || Boolean(modal && isNegativeModal(modal[0])), Boolean(modal), false);
    hits.push({ claim: CLAIM, position, evidence: [m[0].slice(m[0].search(/\b(?:was|were|is|are|be|been)\b/i))] });
  }
  return hits;
}
