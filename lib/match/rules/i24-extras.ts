import { isNegated } from '../negation';
import type { Hit, Rule } from './types';

const MESSAGE = /\b(?:message|signal|warning)\b/i;
const IRAN = /\b(?:Iran(?:ian)?|Tehran)\b/i;
const VENUE = /\b(?:Azerbaijan|Baku|venue|location|choice of)\b/i;
const UNGA = /\b(?:UN|U\.N\.|United Nations) General Assembly\b|\bUNGA\b/i;
const PACT = /\b(?:security agreement|agreement|deal|accord|pact|sign(?:ed|ing)?)\b/i;

/**
 * Two things only i24 reported: Azerbaijan was chosen as a message to Iran, and a security
 * agreement might be signed at the UN General Assembly in September.
 */
export const i24Extras: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    const message = MESSAGE.exec(text);
    const iran = IRAN.exec(text);
    const venue = VENUE.exec(text);
    if (message && iran && venue && !isNegated(text)) {
      hits.push({ claim: 'azerbaijan-message-to-iran', position: 'message-to-iran', evidence: [venue[0], message[0], iran[0]], clause });
    }
    const unga = UNGA.exec(text);
    const pact = PACT.exec(text);
    if (unga && pact) {
      const neg = isNegated(text.slice(0, Math.max(unga.index, pact.index)));
      hits.push({ claim: 'unga-security-agreement', position: neg ? 'no-unga-signing' : 'unga-signing', evidence: [pact[0], ...(neg ? [neg[0]] : []), unga[0]], clause });
    }
  }
  return hits;
};
