import { denialFrame, isNegated } from '../negation';
import type { Hit, Rule } from './types';

// The message goes to Iran ("a message to the Iranian regime", "a signal to Tehran"), not from it.
const MESSAGE_TO_IRAN = /\b(?:message|signal|warning)\s+(?:[\w-]+\s+){0,3}?(?:to|for|aimed at|directed at)\s+(?:the\s+)?(?:Iran(?:ian)?|Tehran|Islamic Republic)\b/i;
const VENUE = /\b(?:Azerbaijan(?:i)?|Baku|venue|location|choice of)\b/i;
const UNGA = /\b(?:UN|U\.N\.|United Nations) General Assembly\b|\bUNGA\b/i;
// "the General Assembly" alone is the UN's only beside a security pact or September, and never "of" something.
const UNGA_BARE = /\bthe General Assembly\b(?!\s+of\b)/i;
const UNGA_CONTEXT = /\b(?:security|September)\b/i;
// A signed agreement, not any signing ("signing a decree") or any deal.
const AGREEMENT = /\b(?:agreement|deal|accord|pact|treaty)\b/i;
const SIGN = /\b(?:sign(?:ed|ing|s)?|ink(?:ed|ing)?|conclud(?:e|ed|ing))\b/i;

/**
 * Two things only i24 reported: Azerbaijan was chosen as a message to Iran, and a security
 * agreement might be signed at the UN General Assembly in September.
 */
export const i24Extras: Rule = (s) => {
  if (!s.aboutBakuMeeting) return [];
  const hits: Hit[] = [];
  for (const clause of s.clauses) {
    const text = s.text.slice(clause.start, clause.end);
    const message = MESSAGE_TO_IRAN.exec(text);
    const venue = VENUE.exec(text);
    if (message && venue && venue.index < message.index && !isNegated(text)) {
      hits.push({ claim: 'azerbaijan-message-to-iran', position: 'message-to-iran', evidence: [venue[0], message[0]], clause });
    }
    const unga = UNGA.exec(text) ?? (UNGA_CONTEXT.test(text) ? UNGA_BARE.exec(text) : null);
    const pact = AGREEMENT.exec(text);
    if (unga && pact && SIGN.test(text)) {
      // "dismissed reports that a security agreement would be signed at the UNGA" denies it too.
      const first = Math.min(unga.index, pact.index);
      const neg = isNegated(text.slice(0, Math.max(unga.index, pact.index))) ?? denialFrame(s.text.slice(0, clause.start + first));
      hits.push({ claim: 'unga-security-agreement', position: neg ? 'no-unga-signing' : 'unga-signing', evidence: [pact[0], ...(neg ? [neg[0]] : []), unga[0]], clause });
    }
  }
  return hits;
};
