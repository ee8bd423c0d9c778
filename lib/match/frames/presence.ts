import type { Span } from '../../lang/types';
import { escapeRegex } from '../../lang/fold';
import type { Mention, SentenceView } from '../sentence-view';
import { blankAsides } from '../asides';
import { elsewhereCue, outsiders, otherParty, sidesIn } from './common';
import type { FrameContext, FrameOf, FrameReader, Hit } from './types';

type Presence = FrameOf<'presence'>;
type Stance = 'present' | 'absent' | 'expected' | 'notExpected';

/** Stance from polarity and modality; a denial frame flips what the embedded report said. */
function stanceOf(negative: boolean, expected: boolean, denied: boolean): Stance {
  if (denied) return negative ? 'present' : 'absent';
  if (negative) return expected ? 'notExpected' : 'absent';
  return expected ? 'expected' : 'present';
}

/** The frame's position for a stance, falling back to the nearest one it has ("expected" → "present"). */
function positionFor(frame: Presence, stance: Stance): string | undefined {
  const p = frame.positions;
  if (stance === 'expected') return p.expected ?? p.present;
  if (stance === 'notExpected') return p.notExpected ?? p.absent;
  return p[stance];
}

/**
 * A person's presence at the event. `subject` mode (the default): a presence or absence verb whose
 * subject is the person (a name, a title, or "he" after the name), read with negation, expectation and
 * denied reports ("the union's leader did not attend", "denied reports that he joined the talks"); and
 * the same by noun ("without the leader", "in her absence", "the talks were attended by …"). `member`
 * mode: naming the person in a clause about the meeting is enough ("with the port's director present").
 */
export const presence: FrameReader<'presence'> = (s, frame, claim, ctx) => {
  if (!ctx.aboutEvent) return [];
  const hits = frame.mode === 'member' ? member(s, frame, ctx) : [...verbs(s, frame, ctx), ...nouns(s, frame, ctx)];
  return hits.map((h) => ({ ...h, claim: claim.id }));
};

function subjectBefore(s: SentenceView, frame: Presence, ctx: FrameContext, clauseStart: number, verbAt: number): { end: number; text: string } | null {
  const cues = s.cl.lang.cues;
  const pronounAllowed = frame.who.some((id) => ctx.cp.pack.entities.find((e) => e.id === id)?.pronoun);
  let best: { end: number; text: string } | null = null;
  for (const m of s.mentions) {
    if (!frame.who.includes(m.entity) || m.start < clauseStart || m.end > verbAt) continue;
    if (/^['’]s\b/.test(s.f.slice(m.end, m.end + 3))) continue; // "the leader's visit"
    if (cues.notSubjectBefore.test(s.f.slice(Math.max(clauseStart, m.start - 40), m.start)) && !cues.subjectAfterAll.test(s.f.slice(m.end, m.end + 40))) continue;
    best = { end: m.end, text: m.text };
  }
  const namedEarlier = s.mentions.some((m) => frame.who.includes(m.entity) && m.end <= verbAt) || (s.previous?.mentions.some((m) => frame.who.includes(m.entity)) ?? false);
  if (pronounAllowed && namedEarlier) {
    const before = s.f.slice(clauseStart, verbAt);
    cues.pronoun.lastIndex = 0;
    for (const p of before.matchAll(cues.pronoun)) {
      const end = clauseStart + p.index + p[0].length;
      if (!best || end > best.end) best = { end, text: p[0] };
    }
  }
  if (!best) return null;
  const between = blankAsides(s.f.slice(best.end, verbAt));
  // Another person between them is the real subject ("the leader's deputy X attended"), unless
  // coordinated with the subject ("neither the leader nor X attended").
  const others = outsiders(ctx.cp, s, { start: best.end, end: verbAt }).filter((o) => between.slice(o.start - best!.end, o.end - best!.end).trim());
  const otherSides = s.mentions.filter((m) => m.start >= best!.end && m.end <= verbAt && !frame.who.includes(m.entity) && isPersonOnSide(ctx, m) && between.slice(m.start - best!.end, m.end - best!.end).trim());
  if ((others.length || otherSides.length) && !cues.coordinated.test(between)) return null;
  if (between.trim().length > 90 || /[;:]/.test(between)) return null;
  return best;
}

/** The subject right after a verb (verb-first languages): one of the frame's people within a few words, no one else between. */
function subjectAfter(s: SentenceView, frame: Presence, ctx: FrameContext, from: number, clauseEnd: number): { end: number; text: string } | null {
  const m = s.mentions.find((x) => x.start >= from && x.end <= clauseEnd && frame.who.includes(x.entity));
  if (!m) return null;
  const between = s.f.slice(from, m.start);
  if (between.trim().split(/\s+/).filter(Boolean).length > 3 || /[,;:]/.test(between)) return null;
  if (s.mentions.some((x) => x.start >= from && x.end <= m.start && isPersonOnSide(ctx, x) && !frame.who.includes(x.entity))) return null;
  if (s.cl.lang.cues.notSubjectBefore.test(s.f.slice(Math.max(from, m.start - 30), m.start))) return null;
  return { end: m.end, text: m.text };
}

const isPersonOnSide = (ctx: FrameContext, m: Mention) => ctx.cp.pack.entities.find((e) => e.id === m.entity)?.kind === 'person' && ctx.cp.sideOf.has(m.entity);

function verbs(s: SentenceView, frame: Presence, ctx: FrameContext): Omit<Hit, 'claim'>[] {
  type Found = Omit<Hit, 'claim'> & { superseded?: boolean };
  const lang = s.cl.lang;
  const cues = lang.cues;
  const hits: Found[] = [];
  for (const clause of s.clauses) {
    const text = s.f.slice(clause.start, clause.end);
    if (elsewhereCue(ctx, s, clause)) continue;
    cues.presenceVerb.lastIndex = 0;
    const found = [...text.matchAll(cues.presenceVerb)].map((v) => ({ at: clause.start + v.index, text: v[0], absent: Boolean(v[1]) }));
    found.push(...meetsCounterpart(s, frame, ctx, clause));
    for (const v of found) {
      const verbAt = v.at;
      const rest = s.f.slice(verbAt + v.text.length, clause.end);
      if (cues.notAMeeting.test(rest)) continue;
      if (cues.needsObject.test(v.text) && !cues.meetingObject.test(rest)) continue;
      const before = subjectBefore(s, frame, ctx, clause.start, verbAt);
      // Verb-first languages ("لم تحضر داسكو الاجتماع"): the subject right after the verb.
      const after = before || !lang.subjectAfterVerb ? null : subjectAfter(s, frame, ctx, verbAt + v.text.length, clause.end);
      const subject = before ?? after;
      if (!subject) continue;
      const subjectStart = subject.end - subject.text.length;
      const head = Math.min(subjectStart, verbAt);
      const prefix = s.f.slice(clause.start, head);
      const sentencePrefix = s.f.slice(0, head);
      if (lang.openQuestion(prefix) || lang.hypothetical(prefix)) continue;
      const superseded = Boolean(lang.supersededFrame(prefix));
      // Negation and modality sit between subject and verb, or (verb first) in the words just before the verb.
      const stretch = blankAsides(before ? s.f.slice(subject.end, verbAt) : s.f.slice(Math.max(clause.start, verbAt - 30), verbAt));
      if (lang.experiential(stretch)) continue;
      const negated = lang.negation(stretch) ?? (!v.absent ? lang.negation(v.text) : null);
      // "did not attend but X": the exception attended.
      const neg = negated && !v.absent && cues.exceptive.test(rest) ? null : negated;
      if (v.absent && neg) continue; // "did not skip": too rare to trust
      const modal = lang.expectation(stretch) ?? lang.expectation(v.text);
      const denial = lang.denialFrame(sentencePrefix) ?? lang.passiveDenial(prefix, rest);
      const negative = v.absent || Boolean(neg) || Boolean(modal?.negative);
      const position = positionFor(frame, stanceOf(negative, Boolean(modal), Boolean(denial)));
      if (!position) continue;
      const evidence = [subject.text, ...(denial ? [denial.text.split(/\s+/).slice(0, 3).join(' ')] : []), ...(neg ? [neg.text] : []), ...(modal ? [modal.text] : []), v.text];
      hits.push({ position, evidence, clause, at: { start: Math.min(subjectStart, verbAt), end: Math.max(subject.end, verbAt + v.text.length) }, superseded });
    }
  }
  // A report the sentence says was replaced ("after first reporting that she had not attended, the authority said …")
  // is read too: the reader is told it matches the account's first version (see verdicts.ts).
  return hits.map(({ superseded: _, ...h }) => h);
}

/** "met (with) the other side's envoy": meeting the counterpart is being at the meeting. */
function meetsCounterpart(s: SentenceView, frame: Presence, ctx: FrameContext, clause: Span): { at: number; text: string; absent: boolean }[] {
  const mySides = new Set(frame.who.map((id) => ctx.cp.sideOf.get(id)).filter(Boolean));
  const out: { at: number; text: string; absent: boolean }[] = [];
  // The verb only: "the meeting with the other side" is a noun phrase, not her presence.
  const meet = /\b(?:met|meets?)\s+(?:with\s+)?(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?/giu;
  const text = s.f.slice(clause.start, clause.end);
  for (const m of text.matchAll(meet)) {
    const after = clause.start + m.index + m[0].length;
    const object = s.mentions.find((x) => x.start === after);
    const side = object && ctx.cp.sideOf.get(object.entity);
    if (side && !mySides.has(side)) out.push({ at: clause.start + m.index, text: m[0].trim(), absent: false });
  }
  return out;
}

/** Presence said with a noun: "without X", "in X's absence", "in the presence of X", "the talks were attended by X". */
function nouns(s: SentenceView, frame: Presence, ctx: FrameContext): Omit<Hit, 'claim'>[] {
  const lang = s.cl.lang;
  if (!lang.cues.meeting.test(s.f) || elsewhereCue(ctx, s, { start: 0, end: s.f.length })) return [];
  const names = [...new Set(s.mentions.filter((m) => frame.who.includes(m.entity)).map((m) => escapeRegex(m.text)))];
  const pronoun =
    frame.who.some((id) => ctx.cp.pack.entities.find((e) => e.id === id)?.pronoun) &&
    (names.length > 0 || (s.previous?.mentions.some((m) => frame.who.includes(m.entity)) ?? false));
  if (!names.length && !pronoun) return [];
  const hits: Omit<Hit, 'claim'>[] = [];
  for (const m of s.f.matchAll(lang.cues.absenceNoun(names.join('|'), pronoun))) {
    const prefix = s.f.slice(0, m.index);
    if (lang.openQuestion(prefix) || lang.hypothetical(prefix)) continue;
    const absent = Boolean(m[1] || m[2] || m[3]);
    const after = s.f.slice(m.index + m[0].length, m.index + m[0].length + 50);
    const neg = lang.negation(s.f.slice(Math.max(0, m.index - 30), m.index));
    // "his participation was ruled out", "her presence is not expected".
    const ruledOut = /^[^.;]{0,30}?\b(?:ruled out|excluded|denied|not expected|unlikely|not confirmed)\b/.exec(after);
    const modal = lang.expectation(s.f.slice(Math.max(0, m.index - 40), m.index) + ' ' + after);
    // "his participation was ruled out" denies a presence noun; an absence noun ("without him, who was not expected") is absent already.
    const negative = absent || Boolean(neg) || Boolean(ruledOut);
    // "denied the keeper's presence": the noun is the verb's object, denied as a report would be.
    const denied = lang.denialFrame(prefix) ?? lang.deniedObject(prefix);
    const position = positionFor(frame, stanceOf(negative, Boolean(modal), Boolean(denied)));
    if (position) hits.push({ position, evidence: [m[0], ...(ruledOut ? [ruledOut[0].trim()] : [])], at: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of s.f.matchAll(lang.cues.passivePresence(names.join('|') || '(?!)'))) {
    const stretch = `${m[1]} ${m[2]}`;
    const neg = lang.negation(stretch);
    const modal = lang.expectation(stretch);
    const position = positionFor(frame, stanceOf(Boolean(neg) || Boolean(modal?.negative), Boolean(modal), false));
    if (position) hits.push({ position, evidence: [m[0]], at: { start: m.index, end: m.index + m[0].length } });
  }
  return hits;
}

/** A member of a delegation named in a clause about the meeting, present unless negated or denied. */
function member(s: SentenceView, frame: Presence, ctx: FrameContext): Omit<Hit, 'claim'>[] {
  const lang = s.cl.lang;
  const cues = lang.cues;
  const hits: Omit<Hit, 'claim'>[] = [];
  for (const clause of s.clauses) {
    // "Representatives of X's party": a possessive makes the named one the owner, not the member.
    const who = s.mentions.find((m) => frame.who.includes(m.entity) && m.start >= clause.start && m.end <= clause.end && !/^['’]s\b/.test(s.f.slice(m.end, m.end + 3)));
    if (!who || elsewhereCue(ctx, s, clause)) continue;
    const text = s.f.slice(clause.start, clause.end);
    const inMeeting = cues.memberPresence.exec(text) ?? cues.meeting.exec(text);
    if (!inMeeting) continue;
    // "X met the transport minister": another party makes it another meeting; "has never met" a life so far.
    if (otherParty(ctx.cp, s, clause) || lang.experiential(text.slice(0, inMeeting.index)) || lang.experiential(text)) continue;
    // "X met his host": an outsider as what the verb meets makes it another meeting; an outsider named
    // beside the member ("Y was in the delegation too") does not.
    const cueEnd = clause.start + inMeeting.index + inMeeting[0].length;
    if (outsiders(ctx.cp, s, { start: cueEnd, end: Math.min(clause.end, cueEnd + 40) }).some((o) => s.f.slice(cueEnd, o.start).trim().split(/\s+/).filter(Boolean).length <= 3)) continue;
    const cueAt = clause.start + inMeeting.index;
    const lead = s.f.slice(Math.max(clause.start, cueAt - 22), cueAt);
    // "لم يحضر الاجتماع إلا داسكو": an exception right before the member affirms.
    const excepted = who.start > cueAt && cues.exceptive.test(s.f.slice(cueAt, who.start));
    const neg = excepted ? null :
      (!/,/.test(lead) && lang.negation(lead)) ||
      (/\bneither\b[^.;]*\bnor\b[^.;,]*$/.test(s.f.slice(0, cueAt)) ? { index: 0, text: 'neither … nor' } : null) ||
      lang.denialFrame(s.f.slice(0, who.start)) ||
      (who.start < cueAt ? null : lang.negation(s.f.slice(clause.start, who.start)));
    if (lang.openQuestion(s.f.slice(clause.start, who.start)) || lang.hypothetical(s.f.slice(clause.start, who.start))) continue;
    const position = neg ? frame.positions.absent : frame.positions.present;
    if (!position) continue;
    hits.push({ position, evidence: [who.text, ...(neg ? [neg.text] : []), inMeeting[0]], clause, at: { start: Math.min(who.start, cueAt), end: Math.max(who.end, cueAt + inMeeting[0].length) } });
  }
  return hits;
}
