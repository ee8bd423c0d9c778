import type { LanguageCues } from '../types';
import { HAPPENED, LATER_ORDINAL, MARGINS, MEETING, PRESENT_AT, SEVERAL, VISIT } from './words';

/**
 * English cues of news copy for the engine's frames. Each one is generic (who met whom comes from the
 * pack); the comments give the wording each was written for.
 */

// Verbs of presence. A negator may sit inside "was not present"; the frame reads it from the verb too.
const PRESENT = String.raw`attend(?:s|ed|ing)?|show(?:s|ed|ing)?\s+up|t(?:ake|akes|ook|aken|aking)\s+a\s+seat|participat(?:e|es|ed|ing)(?:\s+in)?|drop(?:s|ped|ping)?\s+(?:in|by)|t(?:ake|akes|ook|aken|aking)\s+part|s(?:at|it|its|itting)\s+in\b(?:\s+on)?|join(?:s|ed|ing)?|(?:led|leads|headed|heads|chaired|chairs)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:delegation|team|talks|side)|(?:(?:was|were|is)(?:n['’]t)?|be|been|being)\s+(?:(?:not|never|personally|also|himself|herself|actually|indeed)\s+)*${PRESENT_AT}`;
// Verbs of absence: they deny on their own.
const ABSENT = String.raw`skip(?:s|ped|ping)?|miss(?:ed|es|ing)|(?:was|were|is|been)\s+(?:notably\s+)?absent|st(?:ay|ayed|ays)\s+(?:away|out\s+of)|s(?:at|it)\s+out|kept\s+away|kept\s+(?:his|her)\s+distance|(?:was|were)\s+nowhere\s+near|absent(?:ed)?\s+(?:himself|herself)|(?:was|were)\s+not\s+among`;

export const englishCues: LanguageCues = {
  meeting: new RegExp(String.raw`\b${MEETING}\b`, 'i'),
  bothSides: /\b(?:the two|both) (?:sides|delegations|parties|countries|officials|men|adversaries|foes|neighbou?rs|states|governments|envoys)\b/i,
  eventWords: /\b(?:delegations?|delegates|negotiators|venue|observers?|mediators?|host(?:s|ed)?)\b/i,
  happened: new RegExp(String.raw`\b${HAPPENED}\b`, 'i'),
  presenceVerb: new RegExp(String.raw`\b(?:(${ABSENT})|(${PRESENT}))\b`, 'gi'),
  needsObject: /^(?:join|skip|miss|s(?:at|it)\s+(?:in|out))/i,
  // "joined one of them": them is the meetings the sentence or the one before spoke of.
  meetingObject: /^\s*(?:(?:one|either|both|each|some|all|the first|the second|the last)\s+of\s+(?:them|those)\b|(?:[\w’'-]+\s+){0,8}?(?:meetings?|talks|sessions?|encounter|discussions?|gathering|negotiations|officials|delegations?|delegates|envoys?|negotiators|counterparts?)\b)/i,
  notAMeeting: /^\s*(?:[\w’'-]+\s+){0,4}?(?:summit|conference|forum|ceremony|funeral|dinner|reception|prayers?|rally|parade|signing|visit|games?|match|wedding|exhibition|strike|walkout|protest|demonstration|march|sit-in|picket)\b/i,
  pronoun: /\b(?:he|she|himself|herself)\b/gi,
  // "officials of X's government", "an aide to the president": the name is not the subject.
  // "with al-Sharaa expected to attend", "with Dascu absent": the absolute construction has its own subject.
  subjectAfterAll: /^\s+(?:(?:himself|herself|also|not|now|still|reportedly)\s+)*(?:expected|set|due|likely|unlikely|slated|scheduled|attending|absent|present|skipping|staying|joining|taking part|sitting)\b/i,
  // English puts the exception in the subject ("no one but X attended"), which the negation readers leave alone.
  exceptive: /(?!)/,
  notSubjectBefore: /\b(?:of|from|for|to|by|under|aides?|officials?|envoys?|ministers?|government|delegation|team|administration|with)\s+(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:interim\s+)?President\s+)?$/i,
  coordinated: /^\s*(?:and|nor|or|as well as|along with|together with)\s+[^,;]{0,60}$/i,
  absenceNoun: (name, pronoun) => {
    const names = [name, ...(pronoun ? [] : [])].filter(Boolean).join('|') || '(?!)';
    const pro = pronoun ? '|(?:his|her)' : '';
    return new RegExp(
      [
        // Absent: "without X", "in the absence of X", "without his participation", "in his absence", "X's absence".
        String.raw`\b(without|in the absence of)\s+(?:(?:the\s+)?(?:presence|participation|attendance)\s+of\s+)?(?:(?:${names})(?:['’]{1,2}s\s+(?:presence|participation|attendance))?${pronoun ? String.raw`|(?:his|her)\s+(?:presence|participation|attendance)` : ''})`,
        String.raw`\b(?:(in (?:${pronoun ? 'his|her' : '(?!)'}) absence)|(?:${names}${pro})(?:['’]{1,2}s)?\s+(absence|non-attendance|non-participation)\b)`,
        // Present: "in the presence of X", "X's participation in the meeting", "his attendance at the talks".
        String.raw`\bin the presence of\s+(?:${names})|\b(?:${names}${pro})(?:['’]{1,2}s)?\s+(?:presence|participation|attendance)\s+(?:at|in)\b|\bthe (?:presence|participation|attendance) of\s+(?:${names})\s+(?:at|in)\b`,
      ].join('|'),
      'gi',
    );
  },
  passivePresence: (name) =>
    new RegExp(
      String.raw`\b(?:meetings?|talks|sessions?|encounter|discussions?)\b([^;:]{0,60}?)\b(?:was|were|is|are|be|been)\s+((?:(?:not|never|also|reportedly|personally|only|partly)\s+)*)(?:attended|joined)\s+(?:in person\s+)?by\s+(?:${name})`,
      'gi',
    ),
  memberPresence:
    /\b(?:sent|dispatched|despatched|participants?|present|attend(?:ed|s|ing)?|in attendance|t(?:ook|ake|akes|aking|aken) part|participat(?:ed|es|ing)|led|headed|represent(?:ed|ing)|join(?:ed|s)|among|sat in|met|took place between|delegation|in the room|at the table|sat (?:across|opposite)|across the table|on hand|accompanied|alongside|included|including)\b/i,
  agendaVerb: new RegExp(
    String.raw`\b(?:focus(?:ed|ing|es|sed)?\s+(?:(?:mainly|largely|primarily|chiefly|mostly|heavily|partly|in part|specifically|particularly|also)\s+)?on|focus(?:ed|ing|es|sed)?(?=,[^.;]{0,40},\s+on\b)|(?:main|reported|chief|primary|key|sole)?\s*focus\s+(?:is|was|will be|would be)|focus of the (?:meeting|talks|encounter|discussions?)\s+(?:is|was|will be)|cent(?:red|ered|re|er)\s+(?:(?:mainly|largely|primarily|chiefly|mostly|heavily|partly|in part|specifically|particularly|also)\s+)?on|discuss(?:ed|ing|es)?|cover(?:ed|ing|s)?|address(?:ed|ing|es)?|dealt\s+with|deal(?:s|ing)\s+with|to deal with|on the agenda|agenda|topics?|revolv(?:ed|ing|e)\s+around|tackl(?:ed|es|ing|e)|touch(?:ed|es|ing)?\s+(?:up)?on|topped\s+the\s+(?:list|agenda)|(?:said|breathed|uttered)\s+a\s+word\s+about|examin(?:ed|es|ing|e)|concentrat(?:ed|ing)\s+on|talks (?:on|about|over)|was about|were about|(?:confined|limited|restricted)\s+to|t(?:ake|akes|aking|aken|ook)\s+up|review(?:ed|ing)?|explor(?:ed|ing|e)|dominat(?:ed|es|ing)|(?:issues|items|topics|files|subjects|matters|questions)\s+(?:[\w-]+\s+){0,2}?(?:on the table|under discussion|(?:slated\s+|set\s+|up\s+)?for discussion|discussed|raised))\b`,
    'gi',
  ),
  // Verbs that only make an agenda item of their subject: "X was also on the table", "X did not come up".
  agendaSubject: new RegExp(
    String.raw`\b(?:(?:was|were|is|are|be|been|being)\s+(?:(?:also|not|never|only|briefly|reportedly|barely|apparently|likewise|too|even|firmly|squarely)\s+)*(?:raised|brought up|tabled|broached|discussed|(?:put\s+)?on the (?:table|menu|agenda))|(?:did\s+not|didn['’]t|never|also|reportedly|apparently|briefly)\s+(?:come|came)\s+up|(?:came|come)\s+up\s+(?:during|in|at)\s+(?:the\s+)?${MEETING}|(?:came|come)\s+up\b(?!\s+with)|(?:did\s+not|didn['’]t|never|also|reportedly|barely)\s+(?:feature|figure)\s+(?:in|on)\b|(?:featured|figured)\s+(?:prominently\s+)?(?:in|on)\s+(?:the\s+)?${MEETING}|(?:was|were|is|are)\s+(?:(?:not|never|also|only)\s+)*(?:the\s+)?(?:(?:main|sole|only|chief)\s+)?(?:subject|focus|topic)\s+of\s+(?:the\s+)?${MEETING})\b`,
    'gi',
  ),
  agendaOnly: /\b(?:confined|limited|restricted)\s+to\b|\bonly\b/i,
  subordinator: /\b(?:as|while|after|before|when|because|since|although|though|which|that|who|where|amid|but|whereas)\b/i,
  oneMeeting: new RegExp(
    // A bare "one" is a count only on its own ("in one meeting" is where, not how many); "a single" always is.
    [
      String.raw`\b(?:a single|only one|just one|(?<!at least |more than |of |in |on |to )(?:one|1)|a lone)\s+(?:(?:brief|short|face-to-face|direct|closed-door|secret|lone|single)\s+)*(?:meeting|encounter|session|round of (?:talks|negotiations|discussions))\b(?!s)`,
      // "A meeting took place between a Syrian official and an Israeli official": one official each, one meeting.
      String.raw`\ba (?:[\w-]+\s+)?(?:meeting|encounter)\s+(?:took place|was held|occurred|happened)\s+between\s+(?:a|an|one)\s+(?:[\w'’-]+\s+){1,3}?(?:official|envoy|representative)\s+and\s+(?:a|an|one)\s+`,
      String.raw`\b(?:a|an|one)\s+(?:[\w'’-]+\s+){1,2}?official\s+and\s+(?:a|an|one)\s+(?:[\w'’-]+\s+){1,2}?official\s+(?:held|had)\s+a\s+(?:[\w-]+\s+)?(?:meeting|encounter)\b`,
    ].join('|'),
    'gi',
  ),
  severalMeetings: new RegExp(
    [
      String.raw`\b(?:${SEVERAL}|a series of|a couple of|a pair of|at least two|more than one|separate|both)\s+(?:[\w-]+\s+){0,2}?(?:meetings|sessions|encounters|rounds\b(?!\s+of\s+(?!talks|negotiations|discussions|meetings)\w))`,
      String.raw`\bone of (?:the|two|three|several|those) (?:[\w-]+\s+)?(?:meetings|sessions)\b`,
      String.raw`\bmore than one (?:meeting|session|encounter|round)\b`,
      String.raw`\b(?:meetings|sessions|rounds|encounters)\b[^.;]{0,80}?\bone of them\b`,
      String.raw`\b(?:second|third|2nd|3rd) (?:meeting|session|round of talks)\b`,
    ].join('|'),
    'gi',
  ),
  metSeveralTimes: new RegExp(
    String.raw`\b(?:met|meet|convened|sat down)\s+(?:(?:at least|some|in total)\s+)?(?:twice|more than once|${SEVERAL} times|on\s+(?:${SEVERAL}|separate)\s+occasions)\b`,
    'gi',
  ),
  metOnce: /\b(?:met|meet|convened)\s+(?:only\s+|just\s+)?(?:once\b(?!\s+(?:again|more|before))|on\s+(?:a single|one|only one|just one)\s+occasion\b)/gi,
  countDenied: /\b(?:not|rather than|instead of|never)\s+$/i,
  countAttended: /\b(?:attend(?:ed|s)?|sat in on|sit in on|joined|took part in|present (?:at|in))\s+$/i,
  meetingDenied:
    /\b(?:not|never|n['’]t)\s+(?:[\w-]+\s+)?(?:meet|met|hold|held|take place|taken place|happen|happened|occur|occurred)\b|\bno (?:such )?meeting\b|\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|rul(?:ed|es|ing) out)\s+(?:(?:that|reports?|claims?|of)\s+)*(?:any|a|the|such)\s+(?:[\w-]+\s+)?(?:meeting|talks|encounter|contacts?)\b/i,
  otherOccasion: new RegExp(
    String.raw`\b(?:met|meet|meeting|talks|sat down)\s+again\b|\bagain\s+(?:in|on|at)\b|\b(?:another|new|fresh|next|further|follow-up)\s+(?:[\w-]+\s+)?(?:round|meeting|encounter|session)\b|\bfollow-?up\b|\bsince (?:then|that meeting)\b|\bupcoming\b|\b(?:second|third|fourth)\s+(?:[\w-]+\s+)?(?:round|meeting|encounter|session)\b(?=[^.;]*\b(?:after|following|since|this month|in (?:less than |under )?a month|within (?:a|one) month|in weeks)\b)|\b(?:originally|initially|first)\s+(?:been\s+)?(?:announced|planned|scheduled|set|slated|due)\s+(?:to\s+\w+\s+)?(?:for|in)\b`,
    'i',
  ),
  // "the first meeting", "that earlier Baku meeting", "at the time": on a page about a later meeting, the event.
  earlierOccasion: /\b(?:the|that|this|those|these|its|their)\s+(?:first|earlier|previous|initial|original|prior)\s+(?:[\w-]+\s+)?(?:meeting|encounter|talks|round|contact|session)\b|\bat the time\b|\bback then\b/i,
  relativeTime: /\b(?:(last|next|earlier this|later this|this|the following|the previous)\s+(week|month|year)|(a|one|two|three|four|a few|several)\s+(weeks?|months?|days?)\s+(later|after|afterwards|before|earlier|ago))\b/gi,
  planAt: /\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|seal(?:s|ed|ing)?|unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|put (?:their|his|its) names? to)\b[^.;]{0,60}?\b(?:at|during|on the (?:sidelines|margins|fringes) of|in|by)\s+(?:the\s+)?(?:(?:UN|U\.N\.|United Nations)\s+)?$/i,
  otherGathering: new RegExp(
    [
      String.raw`\bArab League\b|\bsummit\b|\bconference\b|\bforum\b|\bceremony\b|\bfuneral\b|\bGeneral Assembly\b|\bUNGA\b`,
      // Another body's sitting: "the parliament held two sessions on it".
      // A council, cabinet or committee meeting is that body's, not the story's: "the council met on Tuesday".
      String.raw`\b(?:parliament(?:ary)?|Knesset|Milli Majlis|Security Council|lawmakers|legislators|MPs|(?:city|town|municipal|local|county|regional|provincial|the)\s+council|cabinet(?!\s+(?:ministers?|members?|secretary|level|rank))|committee|board of (?:directors|governors|trustees))\b`,
      // Sport and trade fairs: "met the visitors in the qualifiers", "Energy Week".
      String.raw`\b(?:football|soccer|qualif(?:ier|iers|ying)|tournament|championship|Grand Prix|Formula (?:One|1)|Olympics?|Games)\b|\bEnergy Week\b|\bCOP\d+\b|\bexhibition\b|\bexpo\b`,
    ].join('|'),
    'i',
  ),
  nationality: new RegExp(
    String.raw`\b(?:Armenian?s?|Azerbaijani|Saudi|Egyptian|Turkish|Qatari|Emirati|Jordanian|Lebanese|Russian|French|American|Iranian|Iraqi|Kurdish|Syrian|Israeli|Palestinian|crown prince|emir|king|Qatar|Egypt|Jordan|Oman|Kuwait|Bahrain|Indonesia|Pakistan|Morocco|Sudan|European|EU|British|German|Italian|Spanish|Chinese|Ukrainian|Greek|Cypriot|Japanese|Indian|Georgian|Kazakh|Uzbek|Belgian|Dutch|Swiss|Norwegian|Swedish|Canadian|Brazilian|Mexican|Nigerian|Ethiopian|Kenyan|Libyan|Tunisian|Algerian|Moroccan|Yemeni|Omani|Kuwaiti|Bahraini|(?:energy|trade|economy|economic|finance|oil|sports?|transport|agriculture) ministers?)\b`,
    'gi',
  ),
  mediaAfter: /^(?:['’]s)?\s+(?:state[- ]run\s+|state\s+|[\w-]+\s+)?(?:broadcaster|channel|television|TV|news\w*|media|outlet|daily|agency|paper|newspaper|website|radio)\b/i,
  otherVenue: /\b(?:Abu Dhabi|Riyadh|Paris|Doha|Washington|White House|Ankara|Istanbul|Amman|Cairo|Jeddah|Moscow|London|Geneva|Brussels|Berlin|Rome|Muscat|Manama|Kuwait City|Nicosia|Athens|Vienna|New York)\b/i,
  // "PORT VEYRA, March 3 (Meridian) —", "PORT VEYRA, March 3 —", "PORT VEYRA (Meridian) —".
  dateline: /^[A-Z][A-Z .'-]+(?:,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?\s*(?:\([^)]*\))?|\s*\([^)]*\))\s*[-—–:]/,
  meetingHappenedOn: new RegExp(
    String.raw`^\s*(?:according to [^,;]{1,60},\s+|it\s+is\s+(?:understood|believed|thought|reported|said)\s+that\s+|(?:[\w’'-]+\s+){1,5}?(?:now\s+)?(?:claims?|says?|said|reports?|reported|insists?|insisted)\s+(?:that\s+)?)?(?:the|this|that|their|saturday['’]s|sunday['’]s|friday['’]s)\s+(?:(?:reported|secret|closed-door|face-to-face|rare|direct|landmark|unprecedented|historic|[\w-]+-[\w-]+)\s+)*(?:meetings?|encounter|talks|discussions|sessions?|contact|sit-down|rendezvous)\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:(?:was|were|had been|has been|reportedly|actually|apparently|indeed|in fact)\s+)*${HAPPENED}\s+(?:on\s+)?`,
    'i',
  ),
  partiesMetOn: /^\s*(?:the|both|two)\s+(?:[\w-]+\s+)?(?:officials|sides|delegations|men|envoys|parties|delegates)\s+(?:had\s+|have\s+)?(?:first\s+|last\s+|finally\s+|also\s+)?(?:met|held (?:talks|a meeting)|convened|sat down)\b[^.;]{0,40}?\bon\s+/i,
  datedMeeting: /\b(?:dated|dates|dating|placed|places|put|puts|timed)\s+(?:the|this|that|their)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|encounter|talks|discussions|sessions?)\s+(?:to|on|at)\s+/i,
  // "the meeting in <place>", "the planned encounter held in <place>", "the <place> meeting".
  theMeetingIn: (place) =>
    new RegExp(
      String.raw`\b(?:the|this|that|their|saturday['’]s)\s+(?:[\w-]+\s+){0,3}?(?:(?:meetings?|sessions?|encounter|talks|discussions|contact|sit-down)\s+(?:(?:planned|held|scheduled|expected|due|set)\s+)?in\s+(?:${place})|(?:${place})\s+(?:meetings?|sessions?|encounter|talks|discussions|contact|sit-down)\b|in\s+(?:${place})\s+for\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:meetings?|sessions?|encounter|talks)\b|(?:meetings?|sessions?|encounter|talks|discussions|contact|sit-down),?\s+(?:(?:which|that)\s+)?(?:took place|was held|were held|happened|occurred|held)\s+(?:[\w,’'-]+\s+){0,6}?(?:in|at)\s+(?:the\s+|a\s+)?(?:${place}))`,
      'i',
    ),
  sidelines: new RegExp(String.raw`\b${MARGINS} of\b|\bduring\b[^.;]{0,60}\b${VISIT}\b|\b${VISIT}\b`, 'i'),
  visit: new RegExp(String.raw`\b${VISIT}\b`, 'i'),
  credit: (names) =>
    new RegExp(
      [
        // "told AFP", "according to AFP", "a source quoted by AFP", "in comments to i24".
        String.raw`\b(?:told|tells|telling|said to|speaking to|spoke to|talking to|in (?:comments|remarks|an interview|a statement) (?:to|with)|quoted by|cited by|according to|reported by|as reported by|as per|per|via|citing|quoting|cited in|reporting by|in a report by|in an? (?:article|report|dispatch) (?:by|from|for))\s+(?:(?:the|a|an|its|Israel['’]s|Pakistan['’]s|France['’]s|Pakistani|Israeli|French)\s+)?(?:[\w-]+\s+){0,3}?(?:${names})\b`,
        // "AFP reported", "i24's source said", "Samaa quoted a source".
        String.raw`\b(?:${names})(?:['’]s)?\s+(?:[\w’'-]+\s+){0,4}?(?:reported|reports|reporting|said|says|quoted|quoting|cited|citing|claimed|claims|stated|states|wrote|writes|learned|added|noted|confirmed|confirms|carried|published|aired|broadcast|relayed|source|sources|correspondent|report|account|dispatch|recalled|recalls|described|describes|maintained|maintains|identified|identifies|spoke|speaks|mentioned|mentions|named|names|insisted|insists|suggested|alleged|asserted|indicated|revealed|disclosed|explained|listed|put|dated|counted|counts|called|calls|hailed|hails|termed|labelled|labeled|branded|characterised|characterized|gave|placed|spoke of|speaks of|talked of|referred)\b`,
        // "Samaa TV, citing a source": a comma only before the participle that credits.
        String.raw`\b(?:${names})(?:['’]s)?(?:\s+[\w’'-]+){0,2},\s+(?:citing|quoting)\b`,
      ].join('|'),
      'giu',
    ),
  creditCarry: /^\s*(?:(?:the|that|this)\s+(?:agency|channel|outlet|broadcaster|network|source|same source|report|wire)|it|they)\s+(?:also\s+|further\s+|then\s+)?(?:said|says|claimed|claims|reported|reports|stated|states|added|noted|quoted|cited)\b/i,
  timeOfDay: /\b(?:in the (?:early |late )?(?:morning|afternoon|evening)|(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|the same)\s+)(?:morning|afternoon|evening|night)|over (?:dinner|lunch|breakfast)|the same (?:day|evening|night)|at (?:night|noon|midday|dawn|dusk)|overnight|at \d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|(?:for|lasted|lasting) (?:about |nearly |almost |over |more than )?(?:an hour|half an hour|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several) (?:hours?|minutes?))\b/gi,
  decision: new RegExp(
    String.raw`\b(?:agreed|agree(?:s|ment)? (?:to|on)|decided|decision|resolved|pledged|vowed|signed|will (?:meet|sign|hold|resume|continue|reconvene)|would (?:meet|resume|reconvene)|(?:meet|talk|convene|sit down)\s+again|next (?:meeting|session)|another round|next round|follow-up|roadmap|road map|hotline|mechanism|committee|working group|ceasefire|truce|de-?escalation|timetable|deadline|draft|memorandum|withdraw(?:al|n|s)?|mediat(?:ed|ion|or|ors|ing)|brokered|facilitated|arrang(?:e|ed|ing)|requested|proposed|initiated|guarantor|guarantee[ds]?|observer|joint statement|communiqu[eé]|hotel|palace|embassy|residence|guesthouse|guest house|villa|compound|military base|airbase|air base)\b`,
    'gi',
  ),
  quote: /["“]([^"”]{6,300})["”]/g,
  // English names are capitalised: properName finds them.
  titledName: null,
  properName: /(?<![\p{L}\p{N}'’-])(?:(?:al|el|bin|ibn|abu|de|van|von)[- ])?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von|of|the)[- ]?\s*)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu,
  notAName: new Set(
    [
      'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'as', 'while', 'after', 'before', 'during', 'since', 'when', 'it', 'its', 'he', 'she', 'they',
      'this', 'that', 'these', 'those', 'according', 'meanwhile', 'however', 'although', 'though', 'despite', 'also', 'still', 'yet', 'there', 'his', 'her',
      'their', 'both', 'neither', 'nor', 'not', 'no', 'some', 'many', 'one', 'two', 'earlier', 'later', 'last', 'next', 'if', 'we', 'i', 'you', 'our',
      'president', 'prime', 'minister', 'foreign', 'interim', 'transitional', 'mr', 'mrs', 'ms', 'dr', 'sheikh', 'king', 'prince', 'official', 'officials',
      'source', 'sources', 'state', 'government', 'news', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
      'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
      'update', 'breaking', 'analysis', 'opinion', 'comment', 'read', 'more', 'related', 'photo', 'video', 'live', 'by', 'with', 'for', 'from', 'to', 'of',
      'what', 'who', 'why', 'how', 'where', 'which', 'whether', 'such', 'other', 'another', 'each', 'every', 'all', 'any', 'now', 'then', 'so', 'thus',
      'speaking', 'asked', 'told', 'said', 'says', 'under', 'over', 'amid', 'between', 'against', 'without', 'within', 'like', 'unlike', 'instead',
      'though', 'because', 'once', 'until', 'unless', 'whereas', 'whilst', 'nevertheless', 'nonetheless', 'indeed', 'instead', 'moreover', 'furthermore',
      'besides', 'already', 'even', 'only', 'just', 'still', 'perhaps', 'maybe', 'here', 'there', 'today', 'tonight', 'yesterday', 'tomorrow',
      'asked', 'sources', 'analysts', 'observers', 'diplomats', 'critics', 'officials', 'experts', 'residents', 'witnesses', 'reporters', 'western',
      'arab', 'muslim', 'islamic', 'jewish', 'christian', 'druze', 'kurdish', 'sunni', 'shia', 'shiite', 'alawite', 'gulf', 'middle', 'east', 'eastern',
      'northern', 'southern', 'central', 'minister', 'ministry', 'ministers', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
      'envoy', 'ambassador', 'chief', 'head', 'leader', 'secretary', 'general', 'deputy', 'senior', 'top', 'former', 'new', 'acting', 'interim',
      'national', 'security', 'strategic', 'affairs', 'defence', 'defense', 'intelligence', 'army', 'military', 'forces', 'air', 'force', 'navy',
    ],
  ),
  reporting:
    /\b(?:said|says|told|tells|reported|reports|according|quoted|cited|citing|claimed|claims|stated|added|noted|wrote|confirmed|denied|declined|speaking|anonymity|condition|familiar|briefed)\b/i,
};
