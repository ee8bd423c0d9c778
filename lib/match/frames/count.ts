import { elsewhereCue, otherParty, outsidersBeyondAsides } from './common';
import type { FrameReader, Hit } from './types';

/**
 * How many meetings: only explicit counts ("a single meeting", "two rounds", "one of the sessions",
 * "met twice"). A bare plural is not a count. A count says nothing of who met, so another party
 * before it makes it another meeting ("the two ports' unions met twice"); a count said not to be is
 * no count ("a single encounter, not a series of talks"); "attended one meeting" is attendance.
 */
export const count: FrameReader<'count'> = (s, frame, claim, ctx) => {
  if (!ctx.aboutEvent) return [];
  const cues = s.cl.lang.cues;
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.f.slice(clause.start, clause.end);
    // A count says nothing of who met: another person in the clause ("a series of meetings with the host") makes it
    // theirs, unless named in an aside about someone ("Dascu, who was in town for talks with Marrow, sat in on one of them").
    if (elsewhereCue(ctx, s, clause) || outsidersBeyondAsides(ctx.cp, s, clause).length) continue;
    const ours = (re: RegExp) => {
      re.lastIndex = 0;
      return [...text.matchAll(re)].filter((m) => {
        const before = { start: clause.start, end: clause.start + m.index };
        return !otherParty(ctx.cp, s, before) && !cues.countDenied.test(text.slice(0, m.index));
      });
    };
    const one = ours(cues.oneMeeting).filter((m) => !cues.countAttended.test(text.slice(0, m.index))).concat(ours(cues.metOnce));
    const several = [...ours(cues.severalMeetings), ...ours(cues.metSeveralTimes)];
    if (one.length && several.length) continue;
    const found = one[0] ?? several[0];
    if (!found) continue;
    // "denied that more than one meeting had been held": a denied count is the other one.
    const denied = s.cl.lang.denialFrame(s.f.slice(0, clause.start + found.index));
    const position = (one.length > 0) !== Boolean(denied) ? frame.positions.one : frame.positions.several;
    const at = { start: clause.start + found.index, end: clause.start + found.index + found[0].length };
    hits.push({ claim: claim.id, position, evidence: [found[0]], clause, at });
  }
  return hits;
};
