import { escapeRegex } from '../../lang/fold';
import type { Span } from '../../lang/types';
import { datelineEnd } from '../dateline';
import { dayRelation, sentenceTie } from '../events';
import { anyPattern } from '../pattern/match-pattern';
import type { SentenceView } from '../sentence-view';
import { elsewhereCue, isSidesMeeting, otherParty, outsiders, placeMentions, sidesIn } from './common';
import type { FrameContext, FrameReader, Hit } from './types';

/**
 * Where: a clause about a meeting of the sides that names the event's place, or names a meeting, the
 * occasion and the place ("met on the sidelines of the congress in the port city"), or "the meeting
 * in <place>" right after a sentence naming both sides. Only agreement is ever read: a meeting
 * elsewhere is another meeting, not a contradiction.
 */
export const place: FrameReader<'place'> = (s, frame, claim, ctx) => {
  if (!ctx.aboutEvent) return [];
  const lang = s.cl.lang;
  const cues = lang.cues;
  const hits: Hit[] = [];
  const occasion = s.cl.compileAll(ctx.cp.pack.event.occasion[lang.id]);
  for (const clause of s.clauses) {
    const text = s.f.slice(clause.start, clause.end);
    const meet = cues.meeting.exec(text);
    const places = placeMentions(ctx.cp, s, clause);
    if (!meet || !places.length || elsewhereCue(ctx, s, clause) || cues.meetingDenied.test(text)) continue;
    if (lang.denialFrame(s.f.slice(0, clause.start + meet.index)) || lang.openQuestion(s.f.slice(0, clause.start + meet.index))) continue;
    const occ = anyPattern(occasion, s.t, clause.start, clause.end);
    const previous = s.previous;
    const placeSource = places.map((p) => escapeRegex(p.text)).join('|');
    const located =
      isSidesMeeting(ctx.cp, s, clause) ||
      occ !== null ||
      // "the 3 March talks in Port Veyra": the meeting by a definite noun, tied to the event by the clause itself.
      (cues.theMeetingIn(placeSource).test(text) && tiedToEvent(ctx, s, clause)) ||
      (cues.theMeetingIn(placeSource).test(text) &&
        previous !== null &&
        isSidesMeeting(ctx.cp, previous, { start: 0, end: previous.f.length }) &&
        !elsewhereCue(ctx, previous, { start: 0, end: previous.f.length }) &&
        !otherParty(ctx.cp, previous, { start: 0, end: previous.f.length }) &&
        !otherParty(ctx.cp, s, clause) &&
        !lang.negation(text));
    if (!located || (outsiders(ctx.cp, s, { start: clause.start, end: clause.start + meet.index + meet[0].length }).length > 0 && !isSidesMeeting(ctx.cp, s, clause))) continue;
    const evidence = [meet[0], places[0]!.text, ...(occ ? [s.f.slice(occ.start, occ.end)] : [])];
    hits.push({ claim: claim.id, position: frame.positions.same, evidence, clause, at: { start: clause.start + meet.index, end: places[0]!.end } });
  }
  return hits;
};

/** The clause names the event's date or occasion (not merely "no other meeting"). */
function tiedToEvent(ctx: FrameContext, s: SentenceView, clause: Span): boolean {
  const tie = sentenceTie(ctx.cp, ctx.events, s, clause);
  return tie.event === 'target' && tie.cue !== null;
}

/**
 * When: a day attached to a meeting of the sides (not to "reported" or "arrived"). Another day
 * contradicts the accounts, so it needs more: the place named, the day right after the meeting words,
 * both sides named, and a day that is no look-alike meeting's (that would make it another meeting).
 */
export const date: FrameReader<'date'> = (s, frame, claim, ctx) => {
  if (!ctx.aboutEvent) return [];
  const lang = s.cl.lang;
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.f.slice(clause.start, clause.end);
    if (elsewhereCue(ctx, s, clause)) continue;
    if (!isSidesMeeting(ctx.cp, s, clause)) {
      const hit = meetingAsSubject(s, frame, ctx, clause);
      if (hit) hits.push({ ...hit, claim: claim.id, clause });
      continue;
    }
    // A wire dateline ("PORT VEYRA, March 3 (Meridian) -") dates the story, not the meeting.
    const dateline = datelineEnd(s);
    const days = lang.days(text).filter((d) => clause.start + d.start >= dateline && !d.ofOtherVerb);
    const same = days.filter((d) => dayRelation(d, ctx.events) === 'same');
    const other = days.filter((d) => dayRelation(d, ctx.events) === 'other' && !d.monthOnly);
    if (same.length && !other.length) {
      const d = same[0]!;
      hits.push({ claim: claim.id, position: frame.positions.same, evidence: [d.text], clause, at: { start: clause.start + d.start, end: clause.start + d.end } });
    } else if (other.length && !same.length && frame.positions.other && placeMentions(ctx.cp, s, clause).length && !lang.negation(text)) {
      const d = other[0]!;
      const lead = text.slice(Math.max(0, d.start - 70), d.start);
      const meetBefore = lang.cues.meeting.test(lead) || lang.cues.happened.test(lead);
      const dayFirst = d.start < 25 && lang.cues.meeting.test(text.slice(d.start));
      if ((meetBefore || dayFirst) && sidesIn(ctx.cp, s, clause).size >= 2) {
        hits.push({ claim: claim.id, position: frame.positions.other, evidence: [d.text], clause, at: { start: clause.start + d.start, end: clause.start + d.end } });
      }
    }
  }
  return hits;
};

/**
 * "The meeting was held on Friday": no sides named, so the clause must be only that (the meeting as
 * subject of its happening, then the day) after a sentence that names no other gathering or party.
 */
function meetingAsSubject(s: SentenceView, frame: { positions: { same: string; other?: string } }, ctx: FrameContext, clause: Span): Omit<Hit, 'claim'> | null {
  const lang = s.cl.lang;
  const text = s.f.slice(clause.start, clause.end);
  // The meeting by a definite noun in the place ("the Port Veyra meeting on Monday", "the meeting in the port city on …") counts too.
  const places = placeMentions(ctx.cp, s, clause).map((p) => escapeRegex(p.text)).join('|');
  const inPlace = places ? lang.cues.theMeetingIn(places).exec(text) : null;
  const subject = lang.cues.meetingHappenedOn.exec(text) ?? lang.cues.datedMeeting.exec(text) ?? lang.cues.partiesMetOn.exec(text) ?? (inPlace ? Object.assign([inPlace[0]], { index: inPlace.index }) as RegExpExecArray : null);
  if (!subject || lang.negation(text) || otherParty(ctx.cp, s, clause)) return null;
  const prev = s.previous;
  if (prev && (elsewhereCue(ctx, prev, { start: 0, end: prev.f.length }) || otherParty(ctx.cp, prev, { start: 0, end: prev.f.length }))) return null;
  const from = subject.index + subject[0].length;
  const days = lang.days(text.slice(from)).filter((d) => !d.ofOtherVerb && d.start < 12);
  const same = days.filter((d) => dayRelation(d, ctx.events) === 'same');
  const other = days.filter((d) => dayRelation(d, ctx.events) === 'other' && !d.monthOnly);
  const at = (d: { start: number; end: number }) => ({ start: clause.start + from + d.start, end: clause.start + from + d.end });
  if (same.length && !other.length) return { position: frame.positions.same, evidence: [same[0]!.text, subject[0].trim()], at: at(same[0]!) };
  if (other.length && !same.length && frame.positions.other) return { position: frame.positions.other, evidence: [other[0]!.text, subject[0].trim()], at: at(other[0]!) };
  return null;
}
