import type { Lang } from '../pack/schema';

/** A half-open span `[start, end)` of some string. */
export interface Span {
  start: number;
  end: number;
}

/** A cue the language found, with its place in the string it was found in. */
export interface Cue {
  index: number;
  text: string;
}

/** A text folded for matching, with a way back to the original offsets. */
export interface Folded {
  text: string;
  /** `map[i]` is the offset in the original of folded character `i`; `map[text.length]` is the original's length. */
  map: Int32Array | null;
}

/** A date or day expression, read as parts (any may be missing). */
export interface DayExpression extends Span {
  text: string;
  weekday?: number; // 0 = Sunday … 6 = Saturday
  day?: number;
  month?: number; // 1 … 12
  year?: number;
  /** "over the weekend", "at the weekend". */
  weekend?: boolean;
  /** A month named alone ("in May"): says which month, not which day. */
  monthOnly?: boolean;
  /** A numeric date read the other way round (12/07 as 7 December); either reading may agree. */
  ambiguous?: { day: number; month: number };
  /** The expression belongs to a reporting or travel verb ("reported Saturday", "arrived on Friday"). */
  ofOtherVerb: boolean;
}

/**
 * Everything the engine asks of a language: how to fold and find words, split sentences and clauses,
 * and the generic cues of news copy (negation, modality, reports, presence, counts, dates). A language
 * module knows no story; a claim pack brings the names and topics.
 */
export interface Language {
  id: Lang;
  /** Whether a stretch of text is written in this language's script (cheap, used to route sentences). */
  owns(text: string): boolean;
  fold(text: string): Folded;
  /** Regex source matching one folded pattern word (with clitics where the language has them); `prefix` allows any continuation. */
  wordSource(word: string, prefix: boolean): string;
  /** Regex source of a run of characters that separates two words of a phrase. */
  readonly joiner: string;
  /** Characters that cannot touch a word's edges (regex class body). */
  readonly letter: string;
  /** Sentences of a text (offsets into it); `keep` may skip regions that cannot matter, to save work. */
  sentences(text: string, keep?: (chunk: string) => boolean): Span[];
  /** Clauses of a sentence at contrastive boundaries (offsets into the sentence). */
  clauses(sentence: string): Span[];
  /** Offsets where words start in a string (for gaps). */
  wordStarts(text: string): Int32Array;
  /** The language puts the verb before its subject (Arabic "لم يحضر الشرع"): frames read a subject after the verb too. */
  subjectAfterVerb?: boolean;

  negation(stretch: string): Cue | null;
  /** Expectation rather than fact ("expected to", "would"); `negative` when it denies on its own ("unlikely to"). */
  expectation(stretch: string): (Cue & { negative: boolean }) | null;
  /** The subject sits inside a denied report: `prefix` ends right before it. */
  denialFrame(prefix: string): Cue | null;
  /** The prefix ends on a verb of denial (and its subject), so the noun phrase after it is what is denied. */
  deniedObject(prefix: string): Cue | null;
  /** A later passive verb denies the report `prefix` opened ("reports that … were denied"). */
  passiveDenial(prefix: string, rest: string): Cue | null;
  /** The subject sits inside a report since replaced ("after first reporting that …"). */
  supersededFrame(prefix: string): Cue | null;
  /** The subject sits inside an open question ("unclear whether …"). */
  openQuestion(prefix: string): Cue | null;
  /** A perfect of experience ("has never met"): about a life so far, not one event. */
  experiential(stretch: string): Cue | null;
  /** A hypothetical or conditional frame ("if he were to attend", "could attend"). */
  hypothetical(prefix: string): Cue | null;

  readonly cues: LanguageCues;
  /** Day and date expressions in a text. */
  days(text: string): DayExpression[];
  /** The concept a decision cue names, the same in every language ("agreed to" → "agreement"). */
  concept(cue: string): string;
  /**
   * Times said relative to the page's date: "last month" is { unit: 'month', offset: -1 }; "two weeks
   * later" (relative to something else the copy names) has offset null.
   */
  relativeTimes(text: string): { index: number; text: string; unit: 'day' | 'week' | 'month' | 'year'; offset: number | null }[];
  /** Numbers written as digits or words in a text, with the word they count. */
  numbers(text: string): { index: number; text: string; value: number; noun: string }[];
}

/** Generic cue patterns of news copy, compiled once per language (all RegExp with the `g` flag unless noted). */
export interface LanguageCues {
  /** A word for a meeting or talks (noun or verb). Not global. */
  meeting: RegExp;
  /** The parties of a two-sided story without their names ("the two sides", "both delegations"). Not global. */
  bothSides: RegExp;
  /** Words of a meeting's people and arrangements ("delegation", "negotiators", "venue"): a sentence about the event. Not global. */
  eventWords: RegExp;
  /** Verbs that say a meeting happened ("was held", "took place"). Not global. */
  happened: RegExp;
  /** Verbs of presence and of absence at a meeting: groups 1 = absent, 2 = present. */
  presenceVerb: RegExp;
  /** Presence verbs that need a meeting as object ("joined the talks"). Not global. */
  needsObject: RegExp;
  /** A meeting as the object right after the verb. Not global, anchored. */
  meetingObject: RegExp;
  /** Another kind of gathering as the object ("attended the summit"). Not global, anchored. */
  notAMeeting: RegExp;
  /** Third-person pronouns that can stand for a named person. */
  pronoun: RegExp;
  /** Words right before a name that make it not the subject ("officials of", "aides to"). Not global, anchored at end. */
  notSubjectBefore: RegExp;
  /** Right after a name that `notSubjectBefore` ruled out: it is the subject after all ("with Dascu expected to attend"). Anchored. */
  subjectAfterAll: RegExp;
  /** After a negated verb: an exception that makes it affirm ("لم يحضر إلا الوزير", none attended but the minister). Not global. */
  exceptive: RegExp;
  /** A coordination between a subject and another person ("and", "nor"). Not global, anchored. */
  coordinated: RegExp;
  /**
   * Presence said with a noun, around `name` (a regex source of the person's names as found); with
   * `pronoun`, also "his absence", "without her participation". Groups 1–3 mark absence; else presence.
   */
  absenceNoun: (name: string, pronoun: boolean) => RegExp;
  /** The meeting as subject, attended by the name ("the talks were attended by …"). */
  passivePresence: (name: string) => RegExp;
  /** Presence cues for a member of a delegation ("was present", "led", "among"). Not global. */
  memberPresence: RegExp;
  /** Agenda verbs ("focused on", "discussed") and agenda subjects ("was raised", "was on the table"). */
  agendaVerb: RegExp;
  agendaSubject: RegExp;
  /** An agenda verb that says "only this" ("confined to"): denying it keeps the topic on the agenda. Not global. */
  agendaOnly: RegExp;
  /** Words that open a subordinate clause ("as", "while", "which"): a relation read within one clause may not cross them. Not global. */
  subordinator: RegExp;
  /** Counts of meetings. */
  oneMeeting: RegExp;
  severalMeetings: RegExp;
  metSeveralTimes: RegExp;
  metOnce: RegExp;
  /** Right before a count: a denial ("not a series") or attendance ("attended one meeting"). Not global, anchored at end. */
  countDenied: RegExp;
  countAttended: RegExp;
  /** The meeting itself is denied ("no meeting took place"). Not global. */
  meetingDenied: RegExp;
  /** Words that say a meeting is another one: "again", "second round", "follow-up", "last month". Not global. */
  otherOccasion: RegExp;
  /** "the first meeting", "at the time": on a page about a later meeting, these point back to the event. Not global. */
  earlierOccasion: RegExp;
  /** "last month", "earlier this month", "two weeks later" (any match; `LanguageRelative` reads them). Global. */
  relativeTime: RegExp;
  /** Kinds of gathering that are never a two-sided meeting (summit, parliament, match). Not global. */
  otherGathering: RegExp;
  /** Tested on the words right before another gathering: a plan to sign or announce something there ("a deal signed at the General Assembly"), which makes the gathering the plan's venue, not the meeting's. */
  planAt: RegExp;
  /** Nationalities and countries (to tell parties other than the sides). Global. */
  nationality: RegExp;
  /** After a nationality: it names a news outlet, not a party ("Pakistan's Samaa"). Not global, anchored. */
  mediaAfter: RegExp;
  /** Before a nationality: a news outlet's name ("قناة سما الباكستانية"). Not global, anchored at end; optional. */
  mediaBefore?: RegExp;
  /** Capitals and cities often the venue of other meetings. Not global. */
  otherVenue: RegExp;
  /** A dateline at the start of a paragraph ("BAKU, July 13 (Reuters) -"). Not global, anchored. */
  dateline: RegExp;
  /** The meeting as a definite subject followed by its happening and a day ("The encounter took place on"). Not global, anchored. */
  meetingHappenedOn: RegExp;
  /** "the officials met on …", "the two sides held talks on …": the parties unnamed, then the day. Not global, anchored. */
  partiesMetOn: RegExp;
  /** "dated the encounter to Friday". Not global. */
  datedMeeting: RegExp;
  /** "the meeting in <place>" at the start of a clause: needs the place source. */
  theMeetingIn: (place: string) => RegExp;
  /** Sidelines/margins of a visit ("on the sidelines of"). Not global. */
  sidelines: RegExp;
  /** A word for a visit. Not global. */
  visit: RegExp;
  /** Credits: a source told NAME, according to NAME, NAME reported … (built around an account's names). */
  credit: (names: string) => RegExp;
  /** A sentence opening that continues the previous sentence's source ("The agency also said"). Not global, anchored. */
  creditCarry: RegExp;
  /** Times of day and durations ("in the morning", "at 3 pm", "for two hours"): open-world elements. Global. */
  timeOfDay: RegExp;
  /** Decision, plan and follow-up words (open-world elements). Global. */
  decision: RegExp;
  /** Quoted stretches. Global. */
  quote: RegExp;
  /** Capitalised names (scripts with case); null where the script has no case. Global. */
  properName: RegExp | null;
  /** Where the script has no case: an office and the name after it ("وزير الطاقة محمد البشير"); group 1 is the name. Global, on folded text. */
  titledName: RegExp | null;
  /** Words that are capitalised without naming anything checkable (titles, days, "The"). Folded, whole-word set. */
  notAName: ReadonlySet<string>;
  /** Reporting verbs and attribution words (never an element by themselves). Not global. */
  reporting: RegExp;
}
