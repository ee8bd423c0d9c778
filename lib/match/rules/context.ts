import { otherEvent, otherParty } from '../lookalikes';
import { SHARAA } from '../names';
import { isNegated } from '../negation';
import {
  ARMS, BORDERS, BUY, COLLAPSED, IN_DECADES, INTEREST, NORMALISE, NOTABLE, SIGNIFICANT, STARTED, SUPPLY,
} from '../paraphrases';
import type { Hit, Rule } from './types';

/**
 * A background fact. `all` are cheap keyword gates; `relation` is the statement itself (who did
 * what to whom), because one topical word ("Turkic", "Al-Qaeda", "milestone") says nothing.
 * Negation in or just before the relation drops the row (we never guess a denial).
 */
interface ContextClaim {
  claim: string;
  position: string;
  all: RegExp[];
  relation: RegExp;
  /** Another party or event makes it about someone else; `lead` is the relation and the words just before it. */
  unless?: (sentence: string, lead: string) => unknown;
  /** The claim is itself a negative statement ("not yet discussing"), so negation is expected. */
  negative?: boolean;
}

const ISRAEL = /\bIsrael(?:i|['’]s)?\b/i;
const SYRIA = /\b(?:Syria(?:n|['’]s)?|Damascus)\b/i;
const AZ = String.raw`(?:Azerbaijan|Baku)`;
const any = (...sources: string[]) => new RegExp(sources.join('|'), 'i');
// Between a meeting noun and "marks"/"is": no subordinate clause, whose verb would be another subject's.
const SAME_CLAUSE = String.raw`(?:(?!\b(?:as|while|after|before|when|because|since|although|though|which|that|who|where|amid|but)\b)[^.;]){0,80}?`;
const MEETING_NOUN = String.raw`(?:meeting|encounter|talks|interaction|contact|session)`;
// The president, not Heydar Aliyev (his father, and the airport and centre named after him).
const ALIYEV = /(?<!\bHeydar\s)\bAliyev\b(?!\s+(?:International\s+)?(?:Airport|Center|Centre|Foundation|Palace))/;
const NEGATION_REACH = 40;
const OTHER_GAS_ORIGIN = /\b(?:Russia|Russian|Iran|Iranian|Qatar|Qatari|Egypt|Egyptian|Iraq|Iraqi|Kurdish|Israeli|Europe|European)\b/i;

const TABLE: ContextClaim[] = [
  {
    claim: 'context-israel-arms-azerbaijan', position: 'arms-supplier',
    all: [ISRAEL, new RegExp(ARMS, 'i'), /\b(?:Azerbaijan|Baku)/i],
    relation: any(
      // Seller first: "Israel, a key arms supplier to Azerbaijan", "Israel supplies most of Azerbaijan's weapons".
      String.raw`\bIsrael\b[^.;]{0,80}?\b${SUPPLY}\b(?:\s+[\w-]+){0,5}?\s+(?:to|for)\s+(?:the\s+)?${AZ}\b(?!['’]s)`,
      String.raw`\bIsrael\b[^.;]{0,60}?\b${SUPPLY}\s+(?:(?:[\w-]+\s+){0,3}?of\s+)?${AZ}(?:['’]s|i)?\b`,
      // Azerbaijan as the owner of the supplier: "Israel is one of Azerbaijan's main suppliers of weaponry".
      String.raw`\bIsrael\b[^.;]{0,40}?\b${AZ}['’]s\s+(?:[\w-]+\s+){0,3}?(?:${ARMS}\s+${SUPPLY}|${SUPPLY}\s+of\s+(?:[\w-]+\s+)?${ARMS})\b`,
      // Buyer first: "Azerbaijan buys much of its weaponry from Israel", "a major buyer of Israeli arms".
      String.raw`\b${AZ}\b[^.;]{0,60}?\b${BUY}\b[^.;]{0,50}?\b(?:from\s+(?:Israel\b|the\s+Jewish\s+state\b)|Israeli\b)`,
      // "Israel, from which Azerbaijan buys much of its weapons".
      String.raw`\bIsrael\b,?\s+from\s+which\s+${AZ}\s+(?:[\w-]+\s+){0,2}?${BUY}\b`,
    ),
  },
  {
    claim: 'context-azerbaijan-borders-iran', position: 'borders-iran',
    all: [/\bIran\b/i, /\b(?:Azerbaijan|Caucasus)/i],
    relation: any(
      String.raw`\b(?:Azerbaijan|Caucasus\s+(?:nation|country|republic|state))\b(?:,?\s+(?:which|that|also|directly|itself|long))*\s+${BORDERS}\s+(?:(?:northern|northwestern|neighbou?ring)\s+)?Iran\b`,
      // With an appositive between: "Azerbaijan, a close partner of Israel, borders Iran".
      String.raw`\b(?:Azerbaijan|Caucasus\s+(?:nation|country|republic|state))\b,[^.;,]{0,120},\s+(?:also\s+|directly\s+)?${BORDERS}\s+(?:(?:northern|northwestern|neighbou?ring)\s+)?Iran\b`,
      String.raw`\bAzerbaijan\b(?:,?\s+(?:which|that|is|was|remains|also|itself))*,?\s+Iran['’]s\s+(?:[\w-]+\s+)?neighbou?r\b`,
      String.raw`\bIran['’]s\s+(?:[\w-]+\s+)?neighbou?r,?\s+Azerbaijan\b`,
    ),
  },
  {
    claim: 'context-gas-via-turkey', position: 'gas-via-turkey',
    all: [/\bgas\b/i, /\b(?:Syria|Turkey|Türkiye|Turkish)\b/i],
    relation: any(
      String.raw`\bgas\b[^.;]{0,50}?\b(?:to|into|for)\s+(?:war-torn\s+|neighbou?ring\s+)?Syria\b`,
      String.raw`\bgas\b[^.;]{0,50}?\b(?:via|through|across|transit(?:ing)?)\s+(?:[\w-]+\s+)?(?:Turkey|Türkiye|Turkish)\b`,
      String.raw`\bSyria\b[^.;]{0,40}?\b(?:receiv|import|buy|get|obtain)\w*\b[^.;]{0,30}?\bgas\b[^.;]{0,30}?\bfrom\s+Azerbaijan\b`,
    ),
    unless: (_s, lead) => OTHER_GAS_ORIGIN.test(lead),
  },
  {
    claim: 'context-sharaa-aliyev-talks', position: 'talks-with-aliyev',
    all: [ALIYEV],
    relation: any(
      String.raw`${ALIYEV.source}[^.;]{0,80}?\b(?:talks|met|meets?|meeting|reception|received|receives|hosted|hosts|welcomed|sat down)\b[^.;]{0,80}?${SHARAA}`,
      String.raw`${SHARAA}[^.;]{0,80}?\b(?:talks|met|meets?|meeting|reception|received|hosted|welcomed|sat down)\b[^.;]{0,80}?${ALIYEV.source}`,
    ),
  },
  {
    claim: 'context-israeli-airstrikes', position: 'airstrikes',
    all: [ISRAEL, SYRIA],
    relation: any(
      String.raw`\bIsrael\w*\b[^.;]{0,100}?\b(?:air ?strikes?|air-strikes?|strikes|raids|bombings?|bombardments?|attacks)\b[^.;]{0,30}?\b(?:in|on|across|against|within|inside|into|over|targeting|throughout)\s+(?:[\w-]+\s+){0,2}?(?:Syria|Syrian|Damascus)\b`,
      String.raw`\bIsrael\w*\b[^.;]{0,60}?\b(?:struck|bombed|pounded|targeted|attacked|shelled)\s+(?!by\b)(?:[\w-]+\s+){0,3}?(?:Syria|Syrian|Damascus)\b`,
    ),
  },
  {
    claim: 'context-golan-buffer-zone', position: 'troops-in-buffer-zone',
    all: [/\b(?:buffer|demilitari[sz]ed) zone\b/i, ISRAEL],
    relation: any(
      String.raw`\bIsrael\w*\b[^.;]{0,140}?\b(?:deploy\w*|entered|enter(?:s|ing)?|(?:mov|push|advanc|cross)(?:ed|es|ing)?\s+into|seiz\w*|(?:took|taken|taking)\s+control\s+of|occup\w*|incursions?\s+into|sent\s+(?:troops|forces|soldiers)\s+into|(?:are|were|remain(?:ed)?)\s+(?:stationed\s+)?in(?:side)?)\b[^.;]{0,60}?\b(?:buffer|demilitari[sz]ed) zone\b`,
      String.raw`\b(?:buffer|demilitari[sz]ed) zone\b[^.;]{0,40}?\b(?:which|that|where)\s+Israel\w*\s+(?:(?:troops|forces|soldiers)\s+)?(?:have\s+|had\s+)?(?:entered|seized|occupied|deployed)`,
    ),
  },
  {
    claim: 'context-1974-indirect-talks', position: 'indirect-talks',
    all: [/\b1974\b/, /\b(?:disengagement|agreement|accord|armistice|deal)\b/i],
    relation: any(
      String.raw`\bindirect\s+(?:[\w-]+\s+)?(?:talks|contacts|negotiations|communications?|channels?|dialogue)\b`,
      String.raw`\b(?:talks|contacts|negotiations|dialogue)\b[^.;]{0,60}?\b(?:reviv|restor|reinstat|return(?:ing)? to|revisit|updat|resurrect|reactivat)\w*\b[^.;]{0,40}?\b1974\b`,
    ),
  },
  {
    claim: 'context-saar-normalisation', position: 'saar-interest',
    all: [/\bSa['’]?ar\b/, SYRIA],
    relation: new RegExp(String.raw`\bSa['’]?ar\b[^.;]{0,80}?\b${INTEREST}\b[^.;]{0,40}?\b${NORMALISE}`, 'i'),
  },
  {
    claim: 'context-syria-premature', position: 'premature',
    all: [/\bpremature\b/i, /\b(?:Syria|Syrian|Damascus|state media)\b/i],
    relation: /\b(?:talk|talks|discussions?|speculation|reports?|normali[sz]\w*|such|it|this|peace)\b[^.;]{0,30}?\bpremature\b/i,
  },
  {
    claim: 'context-barrack-dialogue', position: 'dialogue-started',
    all: [/\bBarrack\b/, /\b(?:Syria|Israel|Damascus|two countries|both (?:countries|sides)|the sides)\b/i],
    relation: any(
      String.raw`\b(?:dialogue|talks|contacts|negotiations)\b[^.;]{0,60}?\b${STARTED}\b`,
      String.raw`\b${STARTED}\s+(?:(?:a|an|the|direct|indirect|initial|their|some)\s+){0,2}(?:dialogue|talks|talking|contacts|negotiations|negotiating|discussions)\b`,
    ),
  },
  {
    claim: 'context-trump-said-yes', position: 'said-yes',
    all: [/\bsaid yes\b|\bTrump\b/, /\bShar(?:'|’)?aa?\b|\bSyria/i],
    relation: /\bsaid yes\b|\bTrump\b[^.]{0,200}?\b(?:normali[sz]\w*|Abraham Accords)|\b(?:normali[sz]\w*|Abraham Accords)\b[^.]{0,200}?\bTrump\b/i,
  },
  {
    claim: 'context-al-qaeda-past', position: 'al-qaeda-ties',
    all: [/\bal[- ]?Qa['’]?[ei]?da\b/i, new RegExp(String.raw`${SHARAA}|\bHTS\b|\bHayat Tahrir|\bNusra\b|\bhis\b|\bhe\b`, 'i')],
    relation: any(
      String.raw`\b(?:ties|links?|connections?|affiliat\w*|associat\w*|past|roots|background|history|former|ex|allegiance|linked|member|commander|leader)\b[^.;]{0,40}?\bal[- ]?Qa['’]?[ei]?da\b`,
      String.raw`\bal[- ]?Qa['’]?[ei]?da\b[^.;]{0,30}?\b(?:affiliate|offshoot|branch|past|ties|links|roots|franchise|commander|leader)\b`,
    ),
  },
  {
    claim: 'meeting-significance', position: 'significant-step',
    all: [/\b(?:meet|met|meeting|encounter|interaction|talks|contact|session)/i],
    relation: any(
      // The meeting is the subject: "The meeting marks a significant step", "this encounter represents a major milestone".
      String.raw`\b(?:${MEETING_NOUN}|meet|met)\b${SAME_CLAUSE}\b(?:marks?|marked|marking|represents?|represented|representing|constitutes?|constituted|signals?|signall?ed|is|was|were|are|seen as|described as|hailed as)\b[^.;]{0,40}?\b${SIGNIFICANT}`,
      String.raw`\b(?:called|described|hailed|termed|labell?ed)\s+(?:the|this|that|Saturday['’]s)\s+(?:[\w-]+\s+){0,2}?${MEETING_NOUN}\s+(?:as\s+)?(?:an?\s+)?${SIGNIFICANT}`,
      // The adjective modifies the meeting: "the rare meeting", "the first … meeting … in decades", "highest-level contact".
      String.raw`\b${NOTABLE}\s+(?:[\w-]+\s+){0,2}?(?:${MEETING_NOUN}|exchange|face-to-face)\b`,
      String.raw`\bfirst\s+(?:[\w'’-]+\s+){0,4}?${MEETING_NOUN}\b[^.;]{0,80}?\b${IN_DECADES}\b`,
      String.raw`\bhighest[- ]level\s+(?:[\w-]+\s+)?(?:${MEETING_NOUN}|exchange|engagement|dialogue)\b`,
    ),
    unless: (sentence) => otherEvent(sentence),
  },
  {
    claim: 'normalisation-not-yet', position: 'not-yet',
    all: [/\bnormali[sz]|\bhummus\b/i],
    relation: /\bnot yet\b[^.]{0,30}\bnormali[sz]ation\b|\bnormali[sz]ation\b[^.;]{0,30}\bnot yet\b|\bhummus\b[^.;]{0,30}\bDamascus\b/i,
    // "Saudi Arabia has not yet agreed to normalisation" is another country's.
    unless: (_s, lead) => otherParty(lead),
    negative: true,
  },
  {
    claim: 'hanegbi-abu-dhabi', position: 'reported-and-denied',
    all: [/\bHanegbi\b/],
    relation: new RegExp(String.raw`\bAbu Dhabi\b|${SHARAA}`, 'i'),
  },
  {
    claim: 'azerbaijan-turkic-language', position: 'turkic-ties',
    all: [/\b(?:Turk|linguistic|ethnic)/i, /\b(?:Azerbaijan|Turk|both countries|the two countries)/i],
    relation:
      /\bpredominantly\s+Turkic\b|\bTurkic\s+(?:in\s+ethnicity|peoples?|nations?|roots|kin(?:ship)?|heritage|identity|brethren|ethnicity|languages?|origins?|brothers)\b|\bspeaks?\s+(?:a\s+)?Turk(?:ic|ish)\b|\bTurkish\s+as\s+(?:the|an|their)\s+official\s+language|\b(?:ethnic|linguistic|cultural)(?:ally)?\s+(?:and\s+(?:ethnic|linguistic|cultural)(?:ally)?\s+)?(?:ties|kinship|bonds|links|affinity|kin|related|close)\b|\bone nation,? two states\b/i,
  },
  {
    claim: 'iran-energy-deal-collapse', position: 'iran-deal-collapsed',
    all: [/\bIran\b/i, /\bAssad\b/i],
    relation: new RegExp(String.raw`\b(?:energy|oil|fuel|gas)\b[^.;]{0,30}?\b(?:deal|agreement|accord|contract|arrangement|supplies|shipments|deliveries|pact|lifeline)\b[^.;]{0,70}?\b${COLLAPSED}\b`, 'i'),
  },
];

/** Background facts each account gives (arms to Azerbaijan, gas via Turkey, airstrikes…), plus claims only other voices carry. */
export const context: Rule = (s) => {
  const hits: Hit[] = [];
  for (const row of TABLE) {
    if (!row.all.every((p) => p.test(s.text))) continue;
    const m = row.relation.exec(s.text);
    if (!m || row.unless?.(s.text, s.text.slice(Math.max(0, m.index - 60), m.index + m[0].length))) continue;
    // Negation near the statement itself: a "not" in another clause ("which was not announced") says nothing about it.
    if (!row.negative && isNegated(s.text.slice(Math.max(0, m.index - NEGATION_REACH), m.index + m[0].length))) continue;
    hits.push({ claim: row.claim, position: row.position, evidence: [m[0].length > 60 ? `${m[0].slice(0, 57)}…` : m[0]] });
  }
  return hits;
};
