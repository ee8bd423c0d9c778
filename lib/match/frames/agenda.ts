import { anyPattern, findPattern } from '../pattern/match-pattern';
import { blankAsides } from '../asides';
import { elsewhereCue, outsidersBeyondAsides } from './common';
import type { FrameReader, Hit } from './types';

/**
 * What was discussed: an agenda verb and the topic in one clause ("the talks focused on the dock
 * levy"), or the topic as the subject of "was raised", "was on the table", "did not come up". Each
 * topic is read with its own nearest verb, and a negator between them or a denied report around it
 * ("rejected suggestions that the levy came up") reads as off the agenda.
 */
export const agenda: FrameReader<'agenda'> = (s, frame, claim, ctx) => {
  if (!ctx.aboutEvent) return [];
  const lang = s.cl.lang;
  const cues = lang.cues;
  const topics = s.cl.compileAll(frame.topic[lang.id]);
  const near = s.cl.compileAll(frame.near?.[lang.id]);
  if (!topics.length && !near.length) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.f.slice(clause.start, clause.end);
    cues.agendaVerb.lastIndex = 0;
    cues.agendaSubject.lastIndex = 0;
    const actives = [...text.matchAll(cues.agendaVerb)];
    const passives = [...text.matchAll(cues.agendaSubject)];
    if (!actives.length && !passives.length) continue;
    if (elsewhereCue(ctx, s, clause) || outsidersBeyondAsides(ctx.cp, s, clause).length) continue;
    const strict = anyPattern(topics, s.t, clause.start, clause.end);
    const loose = strict ? null : near.flatMap((p) => findPattern(p, s.t, clause.start, clause.end))[0] ?? null;
    const found = strict ?? loose;
    if (!found) continue;
    const at = found.start - clause.start;
    const active = actives.filter((m) => m.index < at).at(-1) ?? actives.find((m) => m.index > at) ?? null;
    const passive = passives.find((m) => m.index > at) ?? null;
    // The topic's own verb is the nearer one: "… limited to X, saying Y had also been discussed" reads X with "limited to".
    const distance = (m: RegExpMatchArray) => Math.abs(m.index! - at);
    const verb = passive && (!active || distance(passive) < distance(active)) ? passive : active;
    if (!verb || (!strict && Math.abs(at - verb.index) >= 40)) continue;
    const from = Math.min(verb.index, at);
    const to = Math.max(verb.index + verb[0].length, found.end - clause.start);
    const before = s.f.slice(0, found.start);
    const prefix = s.f.slice(clause.start, clause.start + from);
    if (lang.openQuestion(prefix) || lang.hypothetical(prefix)) continue;
    // A negator reaches the verb from a few words back, not across a comma: in "no Dascu, and an agenda
    // built around the levy" the "no" is Dascu's, and "لم تحضر الاجتماع، الذي تركز على" negates the attending.
    // An aside is not a boundary ("did not, the union said, focus on"): it is blanked first.
    const plain = blankAsides(text);
    const windowStart = Math.max(0, from - 25, plain.lastIndexOf(',', from - 1) + 1);
    const negated = lang.negation(plain.slice(windowStart, to));
    const denied = negated ? null : (lang.denialFrame(before) ?? lang.passiveDenial(before, text.slice(to)));
    // "denied that the talks had been limited to X": X was on the agenda, only not alone.
    const onlyDenied = denied && cues.agendaOnly.test(verb[0]);
    const neg = negated ?? (onlyDenied ? null : denied);
    const position = neg ? frame.positions.off : frame.positions.on;
    if (!position) continue;
    const topic = s.f.slice(found.start, found.end);
    hits.push({ claim: claim.id, position, evidence: [verb[0], ...(neg ? [neg.text] : []), topic], clause, at: { start: clause.start + from, end: clause.start + to } });
  }
  return hits;
};
