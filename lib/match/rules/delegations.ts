import { denialFrame, experiential, isNegated } from '../negation';
import { otherEvent, otherParty } from '../lookalikes';
import { DALATI, DERMER, NETANYAHU, SHAIBANI, re } from '../names';
import { ENVOY, NETANYAHU_REF } from '../paraphrases';
import type { Hit, Rule } from './types';

// "an envoy of Netanyahu", "Netanyahu's special envoy", "an official close to the Israeli prime minister".
const NETANYAHU_ENVOY = new RegExp(
  [
    String.raw`\b(?:special\s+|personal\s+|senior\s+)?${ENVOY}\s+(?:of|for|from|to|sent by|dispatched by|close to)?\s*${NETANYAHU_REF}\b(?!['’]s)`,
    String.raw`\bspecial envoy\b[^.;]{0,40}\bNetanyahu\b`,
    String.raw`\b${NETANYAHU_REF}(?:['’]s)?\s+(?:(?:special|personal|senior|trusted)\s+)?${ENVOY}`,
    String.raw`\bsecurity and military (?:figures|officials)\b`,
    // "Netanyahu sent a personal envoy to Baku": the envoy as what he sent.
    String.raw`\b${NETANYAHU_REF}\s+(?:(?:had|has|reportedly|personally)\s+)?(?:sent|dispatched|deployed|tasked|assigned|chose|picked)\s+(?:a|an|his)\s+(?:(?:special|personal|senior|trusted|close)\s+)*${ENVOY}`,
  ].join('|'),
  'i',
);

const PRESENCE =
  /\b(?:present|attend(?:ed|s|ing)?|in attendance|t(?:ook|ake|akes|aking) part|participat(?:ed|es|ing)|led|headed|represent(?:ed|ing)|join(?:ed|s)|among|sat in|met|took place between|delegation|in the room|at the table|sat (?:across|opposite)|across the table)\b/i;

const SHAIBANI_RE = re(SHAIBANI, 'i');
const DALATI_RE = re(DALATI, 'i');
const DERMER_RE = re(DERMER, 'i');
const NETANYAHU_RE = re(NETANYAHU, 'i');

/** Who sat at the table for Syria (Samaa: al-Shaibani and al-Dalati) and for Israel (i24: a Netanyahu envoy). */
export const delegations: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    if (otherEvent(text)) continue;
    const presence = PRESENCE.exec(text);
    const syrian = SHAIBANI_RE.exec(text) ?? DALATI_RE.exec(text);
    // "al-Shaibani met his Azerbaijani counterpart": another party makes it another meeting.
    // "al-Shaibani has never met an Israeli official" speaks of his career, not of this meeting.
    if (presence && syrian && !otherParty(text) && !experiential(text.slice(0, presence.index))) {
      // Negation only counts close to the verb: "al-Shaibani did not attend", not "who declined to comment".
      const lead = text.slice(Math.max(0, presence.index - 22), presence.index);
      // Or inside a denied report: "denied that al-Shaibani or al-Dalati had been in the room".
      const neg =
        (!/,/.test(lead) && isNegated(lead)) ||
        // "neither he nor al-Dalati attended": the negator sits before both names.
        /\bneither\b[^.;]*\bnor\b[^.;,]*$/i.exec(text.slice(0, presence.index)) ||
        denialFrame(s.text.slice(0, clause.start + syrian.index));
      const position = neg ? 'shaibani-and-dalati-absent' : 'shaibani-and-dalati';
      hits.push({ claim: 'syrian-delegation', position, evidence: [syrian[0], ...(neg ? [neg[0]] : []), presence[0]], clause });
    }
    const envoy = NETANYAHU_ENVOY.exec(text);
    const dermer = DERMER_RE.exec(text);
    // Negation up to the envoy only: "… officials whose names were not cleared" is about the names.
    const envoyNegated = envoy ? isNegated(text.slice(0, envoy.index + envoy[0].length)) : null;
    // Dermer by name is the more specific stance ("Ron Dermer, Netanyahu's confidant, led …").
    if (dermer && presence && !isNegated(text)) {
      hits.push({ claim: 'israeli-delegation', position: 'dermer', evidence: [dermer[0], presence[0]], clause });
    } else if (envoy && (NETANYAHU_RE.test(envoy[0]) || /\bIsrael/i.test(text)) && !envoyNegated) {
      hits.push({ claim: 'israeli-delegation', position: 'netanyahu-envoy', evidence: [envoy[0]], clause });
    }
  }
  return hits;
};
