import { segmentSentences, type SentenceRules } from '../sentences';
import type { Language, Span } from '../types';
import { arabicCues } from './cues';
import { arabicDays, arabicNumbers } from './days';
import { arabicWordSource, foldArabic } from './fold';
import { denialFrame, deniedObject, expectation, experiential, hypothetical, isNegated, openQuestion, passiveDenial, supersededFrame } from './negation';

// Sentence boundaries are Unicode's (UAX #29, through the ICU in every browser and in Node): a stop, a
// question or exclamation mark, Arabic or Latin, before a space, with closing quotes kept; not a decimal
// point. Arabic copy also ends lines without a stop (headlines, datelines), so lines are split first, and
// runs longer than 256 characters without a space (URLs, base64) end a sentence and belong to none, as in
// English (lib/lang/sentences.ts).
const RULES: SentenceRules = {
  segmenter: new Intl.Segmenter('ar', { granularity: 'sentence' }),
  // A one-letter word before a stop is an abbreviation that ends nothing: "د." (doctor), "أ.د." (professor),
  // initials in Latin script ("U.S." inside Arabic copy).
  joins: (segment) => /(?<![\p{L}\p{N}])\p{L}\.\s*$/u.test(segment),
  // An ellipsis followed by more words on the line ends a sentence in Arabic copy ("ربما… ثم"); UAX #29 reads
  // it as a pause.
  stops: /…+["»”)]*(?=\s)/gu,
};

/** Sentences of Arabic text with exact offsets: line by line, then at Unicode's sentence boundaries. */
const arabicSentences = (text: string): Span[] => segmentSentences(text, RULES);

// Where a sentence can switch stance: "؛", "، بينما", "، في حين", "، لكن", "، غير أن", a dash; or turn from
// what happened to what is meant to follow: "، على أن" (with … to come). A dash between two adjectives of
// nationality is a compound ("لقاء سوري – إسرائيلي"), not a break.
const CLAUSE = /;|؛|[,،]\s+(?=(?:بينما|في حين|لكن|ولكن|بل|غير أن|غير ان|إلا أن|الا ان|فيما|وفيما|على أن|على ان|علي ان)(?![\p{L}]))|\s+(?=(?:لكن|ولكن)(?![\p{L}]))|—|\s–\s(?![\p{L}]+(?:ي|يه|ية)(?![\p{L}]))/gu;

function arabicClauses(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: sentence.length });
  return spans.filter((s) => sentence.slice(s.start, s.end).trim().length > 0);
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

// Concepts of the open-world decision cues, the same ids as every language's.
const CONCEPTS: [RegExp, string][] = [
  [/اتفق|اتفاق/u, 'agreement'],
  [/قرر|قرار/u, 'decision'],
  [/تعهد/u, 'pledge'],
  [/وقع|توقيع/u, 'signing'],
  [/سيعقد|ستعقد|جوله مقبله|متابعه/u, 'follow-up'],
  [/خارطه طريق/u, 'roadmap'],
  [/وساطه|برعايه/u, 'mediation'],
  [/انسحاب/u, 'withdrawal'],
  [/هدنه|وقف اطلاق النار/u, 'ceasefire'],
  [/خفض التصعيد/u, 'de-escalation'],
  [/خط ساخن|خطا ساخنا/u, 'hotline'],
  [/لجنه/u, 'committee'],
  [/اليه|الاليه/u, 'mechanism'],
  [/مذكره تفاهم/u, 'memorandum'],
  [/فندق/u, 'hotel'],
  [/قصر/u, 'palace'],
  [/سفاره/u, 'embassy'],
];

// Keys in folded form (taa marbuta as ه, hamza on yaa as ي), as the cue's groups give them.
const UNITS: Record<string, 'week' | 'month' | 'year'> = { الشهر: 'month', الاسبوع: 'week', العام: 'year', السنه: 'year', شهر: 'month', اسبوع: 'week', اسبوعين: 'week', شهرين: 'month', ايام: 'week', اسابيع: 'week' };
const OFFSETS: Record<string, number> = {
  الماضي: -1, الفايت: -1, السابق: -1, المقبل: 1, القادم: 1, الجاري: 0, الحالي: 0,
  الماضيه: -1, الفايته: -1, السابقه: -1, المقبله: 1, القادمه: 1, الجاريه: 0, الحاليه: 0,
};

/** "الشهر الماضي" → −1 month, "مطلع الشهر الجاري" → 0; "بعد أسبوعين" (after something else) → null. */
function arabicRelativeTimes(text: string) {
  const out: ReturnType<Language['relativeTimes']> = [];
  arabicCues.relativeTime.lastIndex = 0;
  for (const m of text.matchAll(arabicCues.relativeTime)) {
    if (m[1]) out.push({ index: m.index, text: m[0], unit: UNITS[m[1]] ?? 'month', offset: OFFSETS[m[2]!] ?? null });
    else if (m[3]) out.push({ index: m.index, text: m[0], unit: UNITS[m[3]] ?? 'month', offset: 0 });
    else if (m[5]) out.push({ index: m.index, text: m[0], unit: UNITS[m[5]] ?? 'week', offset: null });
  }
  return out;
}

/** Arabic: its own letters, clitics, sentence stops, negation and dates; a verb-first word order. */
export const arabic: Language = {
  id: 'ar',
  owns: (text) => {
    if (!/[\u0600-\u06FF]/u.test(text)) return false;
    const arabicLetters = text.match(/[\u0600-\u06FF]/gu)?.length ?? 0;
    const latinLetters = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    return arabicLetters > latinLetters;
  },
  fold: foldArabic,
  wordSource: arabicWordSource,
  joiner: String.raw`\s+`,
  letter: String.raw`\p{L}\p{N}`,
  sentences: arabicSentences,
  clauses: arabicClauses,
  wordStarts: (text) => Int32Array.from([...text.matchAll(WORD_START)].map((m) => m.index)),
  subjectAfterVerb: true,
  negation: isNegated,
  expectation,
  denialFrame,
  deniedObject,
  passiveDenial,
  supersededFrame,
  openQuestion,
  experiential,
  hypothetical,
  cues: arabicCues,
  days: arabicDays,
  concept: (cue) => CONCEPTS.find(([re]) => re.test(cue))?.[1] ?? cue,
  relativeTimes: arabicRelativeTimes,
  numbers: arabicNumbers,
};
