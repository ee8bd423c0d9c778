/**
 * Markers of a different event: another meeting of al-Sharaa's, another venue, another date.
 * A clause carrying one is background, not a statement about the Baku meeting, so event rules
 * (attendance, date, count, agenda, delegations) stay silent on it — precision over recall.
 */
const OTHER_EVENT = new RegExp(
  [
    String.raw`\b(?:Abu Dhabi|Riyadh|Paris|Doha|Washington|White House|Ankara|Istanbul|Amman|Cairo|Jeddah|Moscow|Damascus talks)\b`,
    String.raw`\bArab League\b|\bsummit\b|\bconference\b|\bforum\b|\bceremony\b|\bfuneral\b|\bGeneral Assembly\b|\bUNGA\b`,
    // Another body's sitting: "the parliament held two sessions on Syria and Israel".
    String.raw`\b(?:parliament(?:ary)?|Knesset|Milli Majlis|Security Council|lawmakers|legislators|MPs)\b`,
    String.raw`\bHanegbi\b|\bAliyev\b|\bErdo[gğ]an\b|\bTrump\b|\bMacron\b|\bPutin\b`,
    String.raw`\b(?:in|last|since|during|earlier in) (?:January|February|March|April|May|June|August|September|October|November|December)\b`,
    String.raw`\blast (?:month|year)\b|\bin 20(?:1\d|2[0-4])\b`,
    // Sport and trade fairs in Baku: "met Israel's side in the qualifiers", "Baku Energy Week".
    String.raw`\b(?:football|soccer|qualif(?:ier|iers|ying)|tournament|championship|Grand Prix|Formula (?:One|1)|Olympics?|Games)\b|\bEnergy Week\b|\bCOP29\b|\bexhibition\b|\bexpo\b`,
  ].join('|'),
  'i',
);

/** @returns the first look-alike marker in the text, or null. */
export function otherEvent(text: string): RegExpExecArray | null {
  return OTHER_EVENT.exec(text);
}

// Parties other than the Syrian and Israeli sides ("Azerbaijani and Armenian negotiators met
// twice"); "the Azerbaijani capital" is the venue, not a party, and a country naming a news outlet
// ("told Pakistan's Samaa", "Pakistani broadcaster Samaa", "Qatari channel Al Jazeera") is the
// source of the report, not a party to the meeting.
const MEDIA = String.raw`(?:['’]s)?\s+(?:state[- ]run\s+|state\s+|[\w-]+\s+)?(?:broadcaster|channel|television|TV|news\w*|media|outlet|daily|agency|Samaa|Al[- ]Jazeera|Al[- ]Arabiya)\b`;
const OTHER_PARTY = new RegExp(
  String.raw`\b(?:Armenian?s?|Azerbaijani(?!\s+capital)|Saudi|Egyptian|Turkish|Qatari|Emirati|Jordanian|Lebanese|Russian|French|American|Iranian|Iraqi|Kurdish|crown prince|emir|king|bin Salman|MBS|Qatar|Egypt|Jordan|Oman|Kuwait|Bahrain|Indonesia|Pakistan|Morocco|Sudan|European|EU|British|German|Italian|Spanish|Chinese|Ukrainian|Greek|Cypriot|Japanese|Indian)\b(?!${MEDIA})|\b(?:energy|trade|economy|finance|oil|sports?) ministers?\b`,
  'i',
);

/** @returns the first party other than Syria and Israel named in the text, or null. */
export function otherParty(text: string): RegExpExecArray | null {
  return OTHER_PARTY.exec(text);
}
