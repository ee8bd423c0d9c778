import { isNegated } from '../negation';
import { otherEvent } from '../lookalikes';
import type { Hit, Rule } from './types';

const AGENDA_VERB =
  /\b(?:focus(?:ed|ing|es|sed)?\s+on|cent(?:red|ered|re|er)\s+on|discuss(?:ed|ing|es)?|cover(?:ed|ing|s)?|address(?:ed|ing|es)?|dealt\s+with|deal(?:s|ing)\s+with|to deal with|on the agenda|agenda|topics?|revolv(?:ed|ing|e)\s+around|tackl(?:ed|es|ing|e)|touch(?:ed|es|ing)?\s+on|examin(?:ed|es|ing|e)|concentrat(?:ed|ing)\s+on|talks (?:on|about|over)|was about|were about)\b/i;

/** Each topic one outlet put on the agenda, with the cue that names it. */
// `near`: a looser cue that only counts within a few words of the agenda verb ("Iran was not discussed").
const TOPICS: { claim: string; cue: RegExp; near?: RegExp }[] = [
  { claim: 'agenda-israeli-military-presence', cue: /\bIsrael(?:i|['’]s)?\s+(?:recent\s+)?(?:military|troop|army|forces)(?:['’]s?)?\s+(?:presence|deployments?|activity|activities|incursions?)\b|\b(?:presence|deployment) of Israeli (?:troops|forces|soldiers)\b/i },
  { claim: 'agenda-iran', near: /\b(?:Iran|Tehran)\b/, cue: /\b(?:Iran(?:ian)?|Tehran)(?:['’]s)?\s+(?:threat|influence|presence|entrenchment|proxies|militias|role|activities)\b|\bthreat (?:posed by|from) (?:Iran|Tehran)\b/i },
  { claim: 'agenda-hezbollah-weapons', cue: /\bHezbollah(?:['’]s)?\b[^.;]{0,60}\b(?:weapons?|arms|arsenal|smuggling|transfers?)\b|\b(?:weapons?|arms) (?:transfers?|smuggling)\b[^.;]{0,40}\bHezbollah\b/i },
  { claim: 'agenda-palestinian-camps', cue: /\bPalestinian (?:refugee )?camps\b|\brefugee camps\b/i },
  { claim: 'agenda-gaza-resettlement', cue: /\bresettl(?:e|ing|ement)\b[^.;]{0,60}\b(?:Gaza|Gazans|Palestinians)\b|\b(?:Gazans|Palestinians from Gaza)\b[^.;]{0,40}\bresettl/i },
];

/**
 * What was discussed: an agenda verb and a topic in the same clause. A negator between the verb
 * and the topic ("did not discuss Iran", "Iran was not on the agenda") reads as `not-on-agenda`.
 */
export const agenda: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    const verb = AGENDA_VERB.exec(text);
    if (!verb || otherEvent(text)) continue;
    for (const topic of TOPICS) {
      const loose = topic.near?.exec(text);
      const m = topic.cue.exec(text) ?? (loose && Math.abs(loose.index - verb.index) < 40 ? loose : null);
      if (!m) continue;
      const from = Math.min(verb.index, m.index);
      const to = Math.max(verb.index + verb[0].length, m.index);
      const neg = isNegated(text.slice(Math.max(0, from - 25), to));
      hits.push({ claim: topic.claim, position: neg ? 'not-on-agenda' : 'on-agenda', evidence: [verb[0], ...(neg ? [neg[0]] : []), m[0]], clause });
    }
  }
  return hits;
};
