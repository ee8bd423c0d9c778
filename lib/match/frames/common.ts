import type { Span } from '../../lang/types';
import { blankAsides, personalAsides } from '../asides';
import type { CompiledPack } from '../compile-pack';
import { datelineEnd } from '../dateline';
import type { Mention, SentenceView } from '../sentence-view';
import type { FrameContext } from './types';

/** The sides of the event named in a stretch (through their members' names). */
export function sidesIn(cp: CompiledPack, s: SentenceView, span: Span): Set<string> {
  const sides = new Set<string>();
  for (const m of s.mentions) if (m.start >= span.start && m.end <= span.end && cp.sideOf.has(m.entity)) sides.add(cp.sideOf.get(m.entity)!);
  return sides;
}

/** A meeting of the event's sides: a meeting word and two sides named. */
export function isSidesMeeting(cp: CompiledPack, s: SentenceView, span: Span): boolean {
  return s.cl.lang.cues.meeting.test(s.f.slice(span.start, span.end)) && sidesIn(cp, s, span).size >= 2;
}

/** Mentions of the event's places in a stretch. */
export const placeMentions = (cp: CompiledPack, s: SentenceView, span: Span): Mention[] =>
  s.mentions.filter((m) => m.start >= span.start && m.end <= span.end && cp.pack.event.places.includes(m.entity));

const isPerson = (cp: CompiledPack, id: string) => cp.pack.entities.find((e) => e.id === id)?.kind === 'person';

/** People named in a stretch who are neither on a side of the event nor among its participants ("Marrow", "the transport minister"). */
export function outsiders(cp: CompiledPack, s: SentenceView, span: Span): Mention[] {
  const ev = cp.pack.event;
  return s.mentions.filter(
    (m) => m.start >= span.start && m.end <= span.end && isPerson(cp, m.entity) && !cp.sideOf.has(m.entity) && !ev.participants.includes(m.entity),
  );
}

/** Outsiders named in a stretch outside its comma-delimited asides ("the talks, which Marrow had urged, focused on …" keeps its reading). */
export function outsidersBeyondAsides(cp: CompiledPack, s: SentenceView, span: Span): Mention[] {
  const blanked = blankAsides(s.f.slice(span.start, span.end));
  return outsiders(cp, s, span).filter((m) => blanked.slice(m.start - span.start, m.end - span.start).trim().length > 0);
}

/**
 * A party other than the sides: a nationality or country that is not one of theirs, not the venue
 * (for talks in Almerin, "the Valdorian capital" is a place) and not a news outlet's ("Valdoria's Meridian").
 */
export function otherParty(cp: CompiledPack, s: SentenceView, span: Span): string | null {
  const cues = s.cl.lang.cues;
  const text = s.f.slice(span.start, span.end);
  cues.nationality.lastIndex = 0;
  for (const m of text.matchAll(cues.nationality)) {
    const at = span.start + m.index;
    const inside = s.mentions.find((x) => x.start <= at && x.end >= at + m[0].length);
    // A side's own nationality is no other party; the venue's is only when it names the place ("the host's capital").
    if (inside && cp.sideOf.has(inside.entity)) continue;
    if (inside && cp.pack.event.places.includes(inside.entity) && inside.end - inside.start > m[0].length) continue;
    if (inside && cp.pack.entities.find((e) => e.id === inside.entity)?.kind === 'organisation') continue;
    if (cues.mediaAfter.test(s.f.slice(at + m[0].length, at + m[0].length + 40))) continue;
    if (cues.mediaBefore?.test(s.f.slice(Math.max(0, at - 40), at))) continue;
    if (isAccountName(cp, s, at)) continue;
    return m[0];
  }
  return null;
}

function isAccountName(cp: CompiledPack, s: SentenceView, at: number): boolean {
  for (const re of s.cl.accountNames.values()) {
    re.lastIndex = 0;
    for (const m of s.f.matchAll(re)) if (m.index <= at + 40 && m.index + m[0].length >= at - 40) return true;
  }
  void cp;
  return false;
}

/**
 * Why a stretch is about some other gathering, if it is: a summit or a match, a venue that is not
 * the event's, a look-alike's participant or date, "again", or a page about another meeting.
 */
export function elsewhereCue(ctx: FrameContext, s: SentenceView, span: Span): string | null {
  const cues = s.cl.lang.cues;
  const text = s.f.slice(span.start, span.end);
  const gathering = cues.otherGathering.exec(text);
  if (gathering && !cues.planAt.test(text.slice(Math.max(0, gathering.index - 90), gathering.index))) return gathering[0];
  const venue = cues.otherVenue.exec(text);
  // "Dascu, who once worked in Harwick, …": a place in a clause about a person is not where the meeting was,
  // nor is the city of the dateline.
  const personal = venue ? personalAsides(text, [cues.meeting, cues.happened]) : [];
  const inAside = venue !== null && (personal.some((a) => venue.index >= a.start && venue.index < a.end) || span.start + venue.index < datelineEnd(s));
  if (venue && !inAside && !placeMentions(ctx.cp, s, span).some((p) => p.text === venue[0].toLowerCase())) return venue[0];
  return ctx.elsewhere(s, span);
}

/** The cue text of a regex's first match in a string, if any. */
export function first(re: RegExp, text: string): string | null {
  const flags = re.flags.replace('g', '');
  const m = new RegExp(re.source, flags).exec(text);
  return m ? m[0] : null;
}
