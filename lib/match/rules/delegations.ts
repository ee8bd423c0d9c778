import { isNegated } from '../negation';
import { otherEvent } from '../lookalikes';
import { DALATI, DERMER, NETANYAHU, SHAIBANI, re } from '../names';
import type { Hit, Rule } from './types';

const PRESENCE =
  /\b(?:present|attend(?:ed|s|ing)?|in attendance|t(?:ook|ake|akes|aking) part|participat(?:ed|es|ing)|led|headed|represent(?:ed|ing)|join(?:ed|s)|among|sat in|met|took place between|delegation)\b/i;

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
    if (presence && syrian) {
      // Negation only counts close to the verb: "al-Shaibani did not attend", not "who declined to comment".
      const lead = text.slice(Math.max(0, presence.index - 22), presence.index);
      const neg = !/,/.test(lead) && isNegated(lead);
      const position = neg ? 'shaibani-and-dalati-absent' : 'shaibani-and-dalati';
      hits.push({ claim: 'syrian-delegation', position, evidence: [syrian[0], ...(neg ? [neg[0]] : []), presence[0]], clause });
    }
    const envoy = /\bspecial envoy\b[^.;]{0,40}\bNetanyahu\b|\bNetanyahu(?:['’]s)?\s+(?:special\s+)?envoy\b|\bsecurity and military (?:figures|officials)\b/i.exec(text);
    const dermer = DERMER_RE.exec(text);
    if (envoy && (NETANYAHU_RE.test(envoy[0]) || /\bIsrael/i.test(text)) && !isNegated(text)) {
      hits.push({ claim: 'israeli-delegation', position: 'netanyahu-envoy', evidence: [envoy[0]], clause });
    } else if (dermer && presence && !isNegated(text)) {
      hits.push({ claim: 'israeli-delegation', position: 'dermer', evidence: [dermer[0], presence[0]], clause });
    }
  }
  return hits;
};
