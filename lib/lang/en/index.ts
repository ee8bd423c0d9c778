import type { Language } from '../types';
import { splitClauses } from './clauses';
import { englishCues } from './cues';
import { englishDays, englishNumbers } from './days';
import { englishWordSource, foldEnglish } from './fold';
import { denialFrame, expectation, experiential, hypothetical, isNegated, openQuestion, passiveDenial, supersededFrame } from './negation';
import { splitSentences } from './sentences';

// Decision cues by concept: the open-world check asks whether any account names the concept at all.
const CONCEPTS: [RegExp, string][] = [
  [/^(?:agreed|agree|agrees|agreement)/, 'agreement'],
  [/^(?:decided|decision|resolved)/, 'decision'],
  [/^(?:pledged|vowed)/, 'pledge'],
  [/^signed|^will sign/, 'signing'],
  [/^(?:will|would) (?:meet|hold|resume|continue|reconvene)|^next round|^follow-up/, 'follow-up'],
  [/^road ?map/, 'roadmap'],
  [/^mediat|^brokered|^facilitated/, 'mediation'],
  [/^withdraw/, 'withdrawal'],
  [/^(?:ceasefire|truce)/, 'ceasefire'],
  [/^de-?escalation/, 'de-escalation'],
  [/^joint statement|^communiqu/, 'statement'],
];
const englishConcept = (cue: string): string => {
  const c = cue.toLowerCase();
  return CONCEPTS.find(([re]) => re.test(c))?.[1] ?? c;
};

const WORD_START = /(?<![\p{L}\p{N}'’-])[\p{L}\p{N}]/gu;

/** English: wink-nlp for sentence boundaries, hand-written cues for everything else. */
export const english: Language = {
  id: 'en',
  // Latin script (and anything that is not another module's): English is the fallback reader.
  owns: (text) => /\p{Script=Latin}/u.test(text),
  fold: foldEnglish,
  wordSource: englishWordSource,
  // A possessive may sit between two words of a phrase: "the forces' presence", "Israel's army".
  joiner: String.raw`(?:'s?)?\s+`,
  letter: String.raw`\p{L}\p{N}`,
  sentences: splitSentences,
  clauses: splitClauses,
  wordStarts: (text) => Int32Array.from([...text.matchAll(WORD_START)].map((m) => m.index)),
  negation: isNegated,
  expectation,
  denialFrame,
  passiveDenial,
  supersededFrame,
  openQuestion,
  experiential,
  hypothetical,
  cues: englishCues,
  days: englishDays,
  concept: englishConcept,
  numbers: englishNumbers,
};
