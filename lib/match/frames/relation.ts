import { anyPattern, findPattern } from '../pattern/match-pattern';
import { elsewhereCue } from './common';
import type { FrameReader, Hit } from './types';

// Negation counts only near the statement itself: a "not" in another clause ("which was not
// announced") says nothing about it.
const NEGATION_REACH = 40;

/**
 * A relation between entities, or a statement: one of the frame's patterns ("@port ~4 handles|ships
 * ~6 %grain"), in a sentence where every `requires` group matches, with none of `unless` in or just
 * before it. A negator near it drops it, or gives the `denied` position where the claim has one; a
 * claim that is itself negative ("not yet") expects the negator.
 */
export const relation: FrameReader<'relation'> = (s, frame, claim, ctx) => {
  if (frame.scope === 'event' && !ctx.aboutEvent) return [];
  const lang = s.cl.lang;
  const l = lang.id;
  const whole = { start: 0, end: s.f.length };
  for (const group of frame.requires?.[l] ?? []) if (!anyPattern(s.cl.compileAll(group), s.t)) return [];
  const all = s.cl.compileAll(frame.patterns[l]).flatMap((p) => findPattern(p, s.t));
  // Inside one clause: no gap between the pattern's items opens a subordinate clause.
  const gapsOpen = (x: (typeof all)[number]) => x.parts.some((p, i) => i > 0 && lang.cues.subordinator.test(s.f.slice(x.parts[i - 1]!.end, p.start)));
  const m = all.filter((x) => !frame.sameClause || !gapsOpen(x)).sort((a, b) => a.start - b.start)[0];
  if (!m) return [];
  // The words just before and after it: "… ships were diverted to another port, Kestranian media said" is not about Kestrany.
  const lead = { start: Math.max(0, m.start - 60), end: Math.min(s.f.length, m.end + 30) };
  if (anyPattern(s.cl.compileAll(frame.unless?.[l]), s.t, lead.start, lead.end)) return [];
  if (frame.scope === 'event' && elsewhereCue(ctx, s, whole)) return [];
  const prefix = s.f.slice(0, m.start);
  if (lang.openQuestion(prefix.slice(-80)) || lang.hypothetical(prefix.slice(-60))) return [];
  // In its own clause: "… was not spontaneous, but meant as a message to X" does not deny the message.
  const clause = s.clauses.find((c) => m.start >= c.start && m.start < c.end) ?? { start: 0, end: s.f.length };
  const near = s.f.slice(Math.max(clause.start, m.start - NEGATION_REACH), m.end);
  const neg = frame.negative ? null : (lang.negation(near) ?? lang.denialFrame(prefix) ?? lang.deniedObject(prefix));
  if (neg && !frame.positions.denied) return [];
  const text = s.f.slice(m.start, m.end);
  const evidence = [text.length > 60 ? `${text.slice(0, 57)}…` : text, ...(neg ? [neg.text] : [])];
  const hit: Hit = { claim: claim.id, position: neg ? frame.positions.denied! : frame.positions.affirmed, evidence, at: { start: m.start, end: m.end } };
  return [hit];
};
