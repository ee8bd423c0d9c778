import { isNegated } from '../negation';
import type { Hit, Rule } from './types';

/** A background fact: every cue must occur in one sentence; negation drops it (we never guess a denial). */
interface ContextClaim {
  claim: string;
  position: string;
  all: RegExp[];
  /** The claim is itself a negative statement ("not yet discussing"), so negation is expected. */
  negative?: boolean;
}

const ISRAEL = /\bIsrael(?:i|['’]s)?\b/i;
const SYRIA = /\bSyria(?:n)?\b/i;

const TABLE: ContextClaim[] = [
  { claim: 'context-israel-arms-azerbaijan', position: 'arms-supplier', all: [ISRAEL, /\b(?:arms|weapons|weaponry|military hardware|drones)\b/i, /\bsuppl(?:y|ier|iers|ies|ied)|\bsell(?:s|er)?\b|\bsold\b|\bprovider\b|\bexport/i, /\bAzerbaijan/i] },
  { claim: 'context-azerbaijan-borders-iran', position: 'borders-iran', all: [/\b(?:Azerbaijan|Baku|Caucasus nation|country)\b/i, /\bborders?\b|\bborder(?:s|ing)\b|\bneighbou?rs?\b|\bneighbou?ring\b/i, /\bIran\b/i] },
  { claim: 'context-gas-via-turkey', position: 'gas-via-turkey', all: [/\b(?:natural )?gas\b/i, SYRIA, /\b(?:Azerbaijan|Aliyev|Turkey|Türkiye)/i] },
  { claim: 'context-sharaa-aliyev-talks', position: 'talks-with-aliyev', all: [/\bAliyev\b/i, /\b(?:talks|met|meeting|reception|received|hosted)\b/i, /\bShar(?:'|’)?aa?\b|\bSyria(?:n|['’]s)\b/i] },
  { claim: 'context-israeli-airstrikes', position: 'airstrikes', all: [ISRAEL, /\b(?:air ?strikes|air-strikes|strikes|bombing|bombed|struck)\b/i, SYRIA] },
  { claim: 'context-golan-buffer-zone', position: 'troops-in-buffer-zone', all: [/\bbuffer zone\b|\bGolan\b/i, /\b(?:troops|forces|deployed|incursions?|entered|seized|took control)\b/i, ISRAEL] },
  { claim: 'context-1974-indirect-talks', position: 'indirect-talks', all: [/\b1974\b/, /\b(?:disengagement|agreement|accord|armistice)\b/i, /\b(?:indirect|talks|contacts)\b/i] },
  { claim: 'context-saar-normalisation', position: 'saar-interest', all: [/\bSa['’]?ar\b/, /\b(?:normali[sz]ation|peace)\b/i] },
  { claim: 'context-syria-premature', position: 'premature', all: [/\bpremature\b/i, /\b(?:Syria|Syrian|Damascus|state media)\b/i] },
  { claim: 'context-barrack-dialogue', position: 'dialogue-started', all: [/\bBarrack\b/, /\b(?:dialogue|talks)\b/i, /\b(?:started|begun|began|commenced|under way|underway)\b/i] },
  { claim: 'context-trump-said-yes', position: 'said-yes', all: [/\bsaid yes\b|\bTrump\b/, /\bsaid yes\b|\bagreed\b|\bnormali[sz]/i, /\bShar(?:'|’)?aa?\b|\bSyria/i] },
  { claim: 'context-al-qaeda-past', position: 'al-qaeda-ties', all: [/\bal[- ]?Qa['’]?[ei]?da\b/i] },
  { claim: 'meeting-significance', position: 'significant-step', all: [/\b(?:meeting|encounter|interaction|talks)\b/i, /\b(?:significant (?:step|development)|rare (?:diplomatic )?(?:interaction|contact|encounter)|(?:major )?milestone|breakthrough|landmark)\b/i] },
  { claim: 'normalisation-not-yet', position: 'not-yet', all: [/\bnot yet\b[^.]{0,30}\bnormali[sz]ation\b|\bhummus\b/i], negative: true },
  { claim: 'hanegbi-abu-dhabi', position: 'reported-and-denied', all: [/\bHanegbi\b/, /\bAbu Dhabi\b|\bmeeting with al-Shar|\bmet (?:with )?al-Shar|\bdenied\b/i] },
  { claim: 'azerbaijan-turkic-language', position: 'turkic-ties', all: [/\bTurkic\b|\blinguistic\b|\bTurkish (?:language|as)\b/i] },
  { claim: 'iran-energy-deal-collapse', position: 'iran-deal-collapsed', all: [/\b(?:energy|oil|fuel|gas)\b/i, /\bIran\b/i, /\bAssad\b/i, /\b(?:fell apart|collapsed|ended|void|halted|cut off)\b/i] },
];

/** Background facts each account gives (arms to Azerbaijan, gas via Turkey, airstrikes…), plus claims only other voices carry. */
export const context: Rule = (s) => {
  const hits: Hit[] = [];
  for (const row of TABLE) {
    const found = row.all.map((p) => p.exec(s.text));
    if (found.some((m) => !m)) continue;
    if (!row.negative && isNegated(s.text)) continue;
    hits.push({ claim: row.claim, position: row.position, evidence: found.map((m) => m![0]) });
  }
  return hits;
};
