import { denialFrame, isNegated, passiveDenial } from '../negation';
import { otherEvent } from '../lookalikes';
import { MEETING } from '../paraphrases';
import type { Hit, Rule } from './types';

// "focused mainly on", "centred largely on".
const ADVERB = '(?:mainly|largely|primarily|chiefly|mostly|heavily|partly|in part|specifically|particularly|also)';
const AGENDA_VERB = new RegExp(
  String.raw`\b(?:focus(?:ed|ing|es|sed)?\s+(?:${ADVERB}\s+)?on|cent(?:red|ered|re|er)\s+(?:${ADVERB}\s+)?on|discuss(?:ed|ing|es)?|cover(?:ed|ing|s)?|address(?:ed|ing|es)?|dealt\s+with|deal(?:s|ing)\s+with|to deal with|on the agenda|agenda|topics?|revolv(?:ed|ing|e)\s+around|tackl(?:ed|es|ing|e)|touch(?:ed|es|ing)?\s+(?:up)?on|topped\s+the\s+(?:list|agenda)|(?:said|breathed|uttered)\s+a\s+word\s+about|examin(?:ed|es|ing|e)|concentrat(?:ed|ing)\s+on|talks (?:on|about|over)|was about|were about|(?:confined|limited|restricted)\s+to|t(?:ake|akes|aking|aken|ook)\s+up|(?:issues|items|topics|files|subjects|matters|questions)\s+(?:[\w-]+\s+){0,2}?(?:on the table|under discussion|(?:slated\s+|set\s+|up\s+)?for discussion|discussed|raised))\b`,
  'gi',
);

// Verbs that only make an agenda item of their subject: "Hezbollah's arsenal was also on the table",
// "Iran was not raised", "Gaza did not come up". The topic must come before them, so "all options
// are on the table regarding Iran" and "Iran raised its output" stay silent.
const SUBJECT_AGENDA = new RegExp(
  String.raw`\b(?:(?:was|were|is|are|be|been|being)\s+(?:(?:also|not|never|only|briefly|reportedly|barely|apparently|likewise|too|even|firmly|squarely)\s+)*(?:raised|brought up|tabled|broached|(?:put\s+)?on the (?:table|menu))|(?:did\s+not|didn['’]t|never|also|reportedly|apparently|briefly)\s+(?:come|came)\s+up|(?:came|come)\s+up\s+(?:during|in|at)\s+(?:the\s+)?${MEETING}|(?:was|were|is|are)\s+(?:(?:not|never|also|only)\s+)*(?:the\s+)?(?:(?:main|sole|only|chief)\s+)?(?:subject|focus|topic)\s+of\s+(?:the\s+)?${MEETING})\b`,
  'i',
);

// Words for an arsenal: "Hezbollah's weaponry", "its missile stockpile".
const WEAPONS = String.raw`(?:weapons?|weaponry|arms|armaments?|arsenal|missiles?|rockets?|munitions|stockpiles?|smuggling|transfers?|disarm\w*)`;
// Moving people out of Gaza, said without "resettle". The object must be people ("moving Gazans",
// "the transfer of Palestinians from Gaza"), so "troops moving into Gaza" is not it.
const RELOCATE = String.raw`(?:relocat\w*|mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?|displac\w*|rehous\w*|deport\w*|absorb(?:s|ed|ing)?|tak(?:e|es|ing)\s+in|took\s+in)`;
const GAZANS = String.raw`(?:Gazans|Palestinians\s+(?:from|of|in)\s+(?:the\s+)?Gaza(?:\s+Strip)?|(?:residents|people|refugees|population)\s+(?:from|of)\s+(?:the\s+)?Gaza(?:\s+Strip)?|Gaza(?:['’]s)?\s+(?:residents|population|refugees))`;

const IRAN_ROLE = String.raw`(?:threat|influence|presence|entrenchment|proxies|militias|role|activities|expansion|foothold|meddling|interference)`;

/** Each topic one outlet put on the agenda, with the noun phrases that name it. */
// `near`: a looser cue that only counts within a few words of the agenda verb ("Iran was not discussed").
const TOPICS: { claim: string; cue: RegExp; near?: RegExp }[] = [
  {
    claim: 'agenda-israeli-military-presence',
    cue: /\bIsrael(?:i|['’]s)?\s+(?:recent\s+)?(?:military|troop|army|forces)(?:['’]s?)?\s+(?:presence|deployments?|activity|activities|incursions?|footprint|posture)\b|\bIsrael(?:i|['’]s)\s+presence\s+(?:on|in|inside)\s+(?:it|Syria|Syrian|the south|southern)\b|\b(?:troop|military) presence (?:in|inside) (?:southern\s+)?Syria\b|\b(?:presence|deployment) of Israeli (?:troops|forces|soldiers)\b|\bIsraeli (?:troops|forces|soldiers)\s+(?:inside|in|on|within)\s+(?:(?:southern|the)\s+)?Syria(?:n)?\b/i,
  },
  {
    claim: 'agenda-iran',
    near: /\b(?:Iran|Tehran)\b/,
    cue: new RegExp(String.raw`\b(?:Iran(?:ian)?|Tehran)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?${IRAN_ROLE}\b|\b(?:threat (?:posed by|from)|influence of) (?:Iran|Tehran)\b`, 'i'),
  },
  {
    claim: 'agenda-hezbollah-weapons',
    cue: new RegExp(
      String.raw`\bHezbollah(?:['’]s)?\b[^.;]{0,60}\b${WEAPONS}\b|\b${WEAPONS} (?:transfers?|smuggling|supplies)\b[^.;]{0,40}\bHezbollah\b|\b${WEAPONS} (?:of|for|to|held by)\s+(?:the\s+)?Hezbollah\b|\bdisarm\w*\s+(?:of\s+)?Hezbollah\b`,
      'i',
    ),
  },
  { claim: 'agenda-palestinian-camps', cue: /\bPalestinian (?:refugee )?camps\b|\brefugee camps\b/i },
  {
    claim: 'agenda-gaza-resettlement',
    cue: new RegExp(
      String.raw`\bresettl(?:e|ing|ement)\b[^.;]{0,60}\b(?:Gaza|Gazans|Palestinians)\b|\b(?:Gaza|Gazans|Palestinians from Gaza)\b[^.;]{0,40}\bresettl|\b${RELOCATE}\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?${GAZANS}|\b${GAZANS}\s+(?:[\w-]+\s+){0,3}?(?:to|in|into)\s+Syria\b`,
      'i',
    ),
  },
];

/**
 * What was discussed: an agenda verb and a topic in the same clause, or a topic as the subject of
 * "was raised", "was on the table", "did not come up". A negator between the verb and the topic
 * ("did not discuss Iran", "Iran was not on the agenda") reads as `not-on-agenda`.
 */
export const agenda: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    const actives = [...text.matchAll(AGENDA_VERB)];
    const passive = SUBJECT_AGENDA.exec(text);
    if ((!actives.length && !passive) || otherEvent(text)) continue;
    for (const topic of TOPICS) {
      const strict = topic.cue.exec(text);
      const found = strict ?? topic.near?.exec(text);
      if (!found) continue;
      // Each topic with its own verb, the nearest before it if any: "Iran was not on the agenda …
      // the discussion had been confined to Israel's military presence" puts the presence on it.
      const active = actives.filter((m) => m.index < found.index).at(-1) ?? actives.find((m) => m.index > found.index) ?? null;
      const verb = passive && found.index < passive.index ? passive : active;
      if (!verb || (!strict && Math.abs(found.index - verb.index) >= 40)) continue;
      const from = Math.min(verb.index, found.index);
      const to = Math.max(verb.index + verb[0].length, found.index);
      // Negated near the verb, or inside a denied report: "rejected suggestions that Hezbollah's
      // weapons had come up", "reports that Gaza was discussed were dismissed".
      const before = s.text.slice(0, clause.start + found.index);
      const neg = isNegated(text.slice(Math.max(0, from - 25), to)) ?? denialFrame(before) ?? passiveDenial(before, text.slice(to));
      hits.push({ claim: topic.claim, position: neg ? 'not-on-agenda' : 'on-agenda', evidence: [verb[0], ...(neg ? [neg[0]] : []), found[0]], clause });
    }
  }
  return hits;
};
