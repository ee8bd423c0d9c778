import type { Language } from '../types';
import { splitClauses } from './clauses';
import { englishCues } from './cues';
import { englishDays, englishNumbers } from './days';
import { englishWordSource, foldEnglish } from './fold';
import { denialFrame, deniedObject, expectation, experiential, hypothetical, isNegated, openQuestion, passiveDenial, supersededFrame } from './negation';
import { splitSentences } from './sentences';

// Decision cues by concept: the open-world check asks whether any account names the concept at all.
const CONCEPTS: [RegExp, string][] = [
  [/^(?:agreed|agree|agrees|agreement)/, 'agreement'],
  [/^(?:decided|decision|resolved)/, 'decision'],
  [/^(?:pledged|vowed)/, 'pledge'],
  [/^signed|^will sign/, 'signing'],
  [/^(?:will|would) (?:meet|hold|resume|continue|reconvene)|^next round|^follow-up/, 'follow-up'],
  [/^road ?map/, 'roadmap'],
  [/^mediat|^brokered|^facilitated|^arrang/, 'mediation'],
  [/^requested|^proposed|^initiated/, 'request'],
  [/^guarant/, 'guarantee'],
  [/^withdraw/, 'withdrawal'],
  [/^(?:ceasefire|truce)/, 'ceasefire'],
  [/^de-?escalation/, 'de-escalation'],
  [/^joint statement|^communiqu/, 'statement'],
];
const englishConcept = (cue: string): string => {
  const c = cue.toLowerCase();
  return CONCEPTS.find(([re]) => re.test(c))?.[1] ?? c;
};

const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, 'a few': 3, several: 3 };

/** "last month" → −1 month, "this week" → 0, "two weeks ago" → −2 weeks; "a week later" → null (relative to something else). */
function englishRelativeTimes(text: string) {
  const out: ReturnType<Language['relativeTimes']> = [];
  englishCues.relativeTime.lastIndex = 0;
  for (const m of text.matchAll(englishCues.relativeTime)) {
    const unit = (m[2] ?? m[4] ?? '').toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
    let offset: number | null = null;
    if (m[1]) offset = { last: -1, next: 1, 'earlier this': 0, 'later this': 0, this: 0 }[m[1].toLowerCase()] ?? null;
    else if (m[5]?.toLowerCase() === 'ago') offset = -(COUNTS[m[3]!.toLowerCase()] ?? 1);
    out.push({ index: m.index, text: m[0], unit, offset });
  }
  return out;
}

const WORD_START = /(?<![\p{L}\p{N}'’-])[\p{L}\p{N}]/gu;

/** English: Unicode's sentence boundaries (Intl.Segmenter) with abbreviations joined, hand-written cues for everything else. */
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
  deniedObject,
  passiveDenial,
  supersededFrame,
  openQuestion,
  experiential,
  hypothetical,
  cues: englishCues,
  days: englishDays,
  concept: englishConcept,
  relativeTimes: englishRelativeTimes,
  numbers: englishNumbers,
};
