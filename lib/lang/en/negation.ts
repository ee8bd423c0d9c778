import type { Cue } from '../types';

/**
 * Negation, modality and report frames in English, read on the words between a subject and its verb.
 *
 * We do not use wink's `negationFlag`: it marks every token after a negator up to the end of the
 * sentence, so in "he did not attend, but it focused on Iran" the agenda would read as negated.
 * The scope we need is narrower — the stretch from the subject to its verb — and a regex over
 * that stretch is both exact and cheap.
 */

// "no" covers determiner negation: "no agreement will be signed".
// "nobody … breathed a word about", "none of it was discussed".
// "none other than" affirms.
const NEGATOR = /\b(?:not|never|no|neither|nor|nobody|no one|none(?!\s+other\s+than))\b|n['’]t\b/i;

/** Whether a stretch of text (typically subject → verb) carries a negator. */
export function isNegated(stretch: string): Cue | null {
  return cue(NEGATOR.exec(stretch));
}

const cue = (m: RegExpExecArray | null): Cue | null => (m ? { index: m.index, text: m[0] } : null);

/** Expectation rather than fact: "expected to", "set to", "would", "will", "unlikely to". */
const MODAL = /\b(?:(?:expected|set|due|scheduled|slated|poised|planned|planning|likely|unlikely|going|supposed)\s+to|would|will|should|shall|may|might|won['’]t|wouldn['’]t|shouldn['’]t|was to|is to|are to|were to)\b/i;

/** Whether the stretch frames the verb as an expectation (hedges like "reportedly" or "is said to" do not). */
export function expectation(stretch: string): (Cue & { negative: boolean }) | null {
  const m = MODAL.exec(stretch);
  // "unlikely to" negates on its own.
  return m ? { index: m.index, text: m[0], negative: /^unlikely/i.test(m[0]) } : null;
}

// The frame must end right before the subject: no comma or semicolon in between,
// so "contrary to reports, he did not attend" is not flipped while "contrary to reports that he attended" is.
// An aside set off by commas right after the verb stands in for the words before "that", only a report
// noun may follow it: "denied, in a statement on Monday, (reports) that", not "false, officials said, adding that".
const DENIAL_FRAME =
  /\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|rul(?:ed|es|ing)\s+out|play(?:ed|s|ing)?\s+down|downplay(?:ed|s|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|contradict(?:ed|s|ing)?|contrary to|at odds with|disput(?:ed|es|ing)|debunk(?:ed|s|ing)?|false|untrue|inaccurate|wrong)\b(?:\s*,[^,;]{1,60}?,(?:\s+(?:the\s+|an?\s+)?(?:reports?|claims?|suggestions?|rumou?rs?|allegations?|speculation|accounts?))?|(?:\s+[\w'’-]+){0,5}?)\s+(?:that|(?:reports?|claims?|suggestions?|rumou?rs?|allegations?|speculation|accounts?|talk|statements?|news)\s+(?:of|about)|which said)\s+[^,;]*$/i;

// The denied thing right after the verb: "denied Dascu's presence at the talks", "ruled out a second round",
// "played down any prospect of a deal".
const DENIED_OBJECT = /\b(?:den(?:y|ies|ied|ying)|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|disput(?:ed|es|ing)|rul(?:ed|es|ing)\s+out|play(?:ed|s|ing)?\s+down|downplay(?:ed|s|ing)?|dismiss(?:ed|es|ing)?)\s+(?:(?:the|any|all)\s+)?(?:(?:prospects?|possibility|possibilities|idea|chances?|likelihood|hopes?|notion|talk)\s+(?:of|that)\s+(?:an?\s+|the\s+)?)?(?:[\w'’-]+\s+){0,2}$/i;

/** The subject sits inside a denied or contradicted report ("denied reports that he attended"). */
export function denialFrame(prefix: string): Cue | null {
  return cue(DENIAL_FRAME.exec(prefix));
}

/** A noun phrase right after a verb of denial is what is denied ("denied Dascu's presence"). */
export function deniedObject(prefix: string): Cue | null {
  return cue(DENIED_OBJECT.exec(prefix));
}

// Passive denial after the report: "reports that he took part were denied", "claims … have been dismissed as false".
const REPORT_BEFORE = /\b(?:reports?|claims?|suggestions?|rumou?rs?|allegations?|speculation|accounts?)\s+(?:that\s+)?[^,;]*$/i;
const DENIED_AFTER =
  /\b(?:was|were|is|are|has been|have been|had been)\s+(?:(?:quickly|flatly|firmly|swiftly|later|since|also|strongly)\s+)?(?:denied|dismissed|rejected|refuted|debunked|false|untrue|inaccurate|wrong|baseless|unfounded)\b/i;

/**
 * The subject sits inside a report that a later passive verb denies: `prefix` ends just before the
 * subject ("Reports that"), `rest` runs from the verb to the end of the clause ("… were denied").
 */
export function passiveDenial(prefix: string, rest: string): Cue | null {
  return REPORT_BEFORE.test(prefix) ? cue(DENIED_AFTER.exec(rest)) : null;
}

const SUPERSEDED_FRAME =
  /\b(?:after (?:first |initially |earlier )?reporting|(?:had )?(?:initially|earlier|previously|first) (?:reported|said|claimed)|earlier reports? (?:had )?(?:said|suggested|claimed))\s+(?:that\s+)?[^,;]*$/i;

// "whether he attended", "if he attended": an open question takes no stance.
// "whether he attended", and a dispute named as such: "conflicting accounts of his participation", "questions
// over her presence" (the topic, not a claim).
const OPEN_QUESTION = /\b(?:whether|if)\s+[^,;]*$|\b(?:conflicting|contradictory|differing|mixed|contrasting)\s+(?:accounts|reports|versions|claims|narratives)\s+(?:of|over|about|on|regarding|as to)\s+(?:[\w’'-]+\s+){0,2}$|\b(?:questions|doubts|confusion|uncertainty|speculation|controversy)\s+(?:over|about|on|regarding|surrounding|as to)\s+(?:[\w’'-]+\s+){0,2}$/i;

// Neither yes nor no: "neither confirmed nor denied that", "would not confirm or deny", "declined to confirm".
// Not "declined to comment on the reported meeting at the Harbour Office": the meeting itself is not in question.
const NONCOMMITTAL = /\b(?:neither\s+confirm(?:ed|s|ing)?\s+nor\s+den(?:y|ied|ies|ying)|neither\s+den(?:y|ied|ies|ying)\s+nor\s+confirm(?:ed|s|ing)?|(?:would|could|did|does|do|will|can)\s*(?:not|n['’]t)\s+(?:confirm\s+or\s+deny|deny\s+or\s+confirm)|without\s+(?:confirming\s+or\s+denying|denying\s+or\s+confirming)|(?:declin|refus)(?:ed|es|ing)\s+to\s+confirm)\b[^;]*$/i;

/** The subject sits inside an indirect question ("unclear whether al-Sharaa attended"), or a statement that neither confirms nor denies. */
export function openQuestion(prefix: string): Cue | null {
  return cue(OPEN_QUESTION.exec(prefix) ?? NONCOMMITTAL.exec(prefix));
}

/** The subject sits inside a report the outlet has since replaced ("after reporting that he would not attend, …"). */
export function supersededFrame(prefix: string): Cue | null {
  return cue(SUPERSEDED_FRAME.exec(prefix));
}

// The perfect of experience: "has never met", "had ever attended", "has not yet met". It speaks of his
// life so far, not of this meeting ("Al-Sharaa has never met an Israeli official").
const EXPERIENTIAL = /\b(?:has|have|had|'s)\s+(?:(?:not|n['’]t)\s+)?(?:never|ever|yet|previously|repeatedly|often)\b|\bnever\s+before\b|\b(?:has|have|had)n['’]t\s+(?:ever|yet)\b|\b(?:has|have)\s+(?:[\w-]+\s+){0,2}?(?:met|attended|held|visited|seen|talked)\b[^.;]*\b(?:before|previously|in the past|several times|on several occasions|many times)\b/i;

/** The verb is a perfect of experience (a general statement about the subject, not one event). */
export function experiential(stretch: string): Cue | null {
  return cue(EXPERIENTIAL.exec(stretch));
}

// "if he were to attend", "should he attend", "could attend": a condition or a possibility, not a report.
const HYPOTHETICAL = /\b(?:if|unless|should|were\s+(?:he|she|they)\s+to|in case)\s+[^,;]*$/i;

/** The subject sits inside a condition ("if he attends, …"). */
export function hypothetical(prefix: string): Cue | null {
  return cue(HYPOTHETICAL.exec(prefix));
}
