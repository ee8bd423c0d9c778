import type { Cue } from '../types';
import { CONJ, L, re, withConj } from './words';

/**
 * Negation, modality and report frames in Arabic, read on folded text (fold.ts) between a subject and
 * its verb or, Arabic being verb-first, on the words right before the verb.
 */

const cue = (m: RegExpExecArray | null): Cue | null => (m ? { index: m.index, text: m[0] } : null);
const edge = (body: string) => re(`(?<![${L}])${body}(?![${L}])`);

// لم and لن negate the verb after them, لا and ليس what follows, غير/دون/بدون/عدم the noun after them.
// "ما" is left out: it is far more often "what" ("ما تردد", what was said) than a negator.
// "بلا" (without) is ب on لا, as "بدون" is ب on دون.
// "ألا" (that … not, أن + لا) before an imperfect verb ("من المتوقع ألا يحضر"), or at the end of the words
// read before the verb; folded it is spelt as "إلا" (except), which is followed by a noun ("لا يحضر إلا الوزير").
const NEGATOR = edge(`(?:${withConj(['لم', 'لن', 'لا', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'غير', 'دون', 'بدون', 'بلا', 'عدم', 'لما', 'ولا'])}|${CONJ}الا(?=\\s+[يتن][\\p{L}]{2,}|\\s*$))`);

// "لم تتوقف الغارات" (the strikes have not stopped) says they go on, "لا يقلل من أهميته" (does not lessen
// its weight) that it stands: a negated verb of stopping or lessening negates nothing after it. Folded
// forms (ى → ي, hamza seats dropped).
const STOPPING = re(`^\\s+(?:${['توقف', 'يتوقف', 'تتوقف', 'يتوقفوا', 'ينقطع', 'تنقطع', 'انقطع', 'انقطعت', 'يكف', 'تكف', 'يتوان', 'تتوان', 'يهدا', 'تهدا', 'تنته', 'ينته', 'يقلل', 'تقلل', 'ينتقص', 'تنتقص', 'يقلص', 'تقلص'].join('|')})(?![${L}])`);

const NEGATORS = new RegExp(NEGATOR.source, 'gu');

// "غير أن" (however) is a conjunction, not "غير" (not) before a noun.
const HOWEVER = /^\s+ان(?:ه|ها|هم|هما)?(?![\p{L}\p{N}])/u;

export function isNegated(stretch: string): Cue | null {
  for (const m of stretch.matchAll(NEGATORS)) {
    const after = stretch.slice(m.index + m[0].length);
    if (STOPPING.test(after) || (/غير$/u.test(m[0]) && HOWEVER.test(after))) continue;
    return { index: m.index, text: m[0] };
  }
  return null;
}

// Expectation: "من المتوقع", "يتوقع", "كان من المقرر", "سوف", a future "س" on the verb ("سيحضر"), "لن" (will not), "قد" + imperfect.
// The future "س" is a prefix, so it sits outside the word-edge guard: its verb's letters follow it.
// An imperfect verb follows it (prefix ي, ت or ن, then two letters or more). Common words spelt the
// same way are not verbs: nouns starting with these letters ("سياسة", "سياحة", "سيناريو") and whole
// words ("سيارة", "سيارته", "سيادة", "سيطرة", "سيطر", "سنة", "سنوات", "ستين", "سيرغي").
const NOT_FUTURE_STEM = ['ياس', 'ياح', 'ياق', 'ينار', 'ينات', 'ينما', 'ترات', 'نغاف'];
const NOT_FUTURE_WORD = ['يار(?:ه|ات|ت(?:ه|ها|هم)?)', 'ياد(?:ه|ي|يه|ت(?:ه|ها|هم)?)', 'يطر(?:ه|ت|ا|وا|ت(?:ه|ها|هم))?', 'ينا[ءي]', 'يول', 'يد(?:ه|ات|ت(?:ي|ه|ها))', 'ير(?:ه|ت(?:ه|ها|هم))', 'يي(?:ه|ات)', 'يرغي', 'نه', 'نو(?:ات|ي|يه|يا|يين|يه)', 'نين', 'نت(?:ين|ان|ه|ها)', 'تين', 'تون', 'تار(?:ه)?'];
const NOT_FUTURE = `(?:${NOT_FUTURE_STEM.join('|')})|(?:${NOT_FUTURE_WORD.join('|')})(?![${L}])`;
// The cue is the whole verb ("سيحضر"), so the passage highlights the word that carries the future.
const FUTURE = `(?<![${L}])${CONJ}س(?!${NOT_FUTURE})[يتن][\\p{L}]{2,}`;
const MODAL = re(
  `(?<![${L}])(?:${withConj(['من المتوقع', 'من المرتقب', 'من المقرر', 'من المنتظر', 'من المفترض', 'من المرجح', 'المتوقع', 'المرتقب', 'يتوقع', 'تتوقع', 'يتوقعون', 'متوقع', 'متوقعا', 'مرتقب', 'مقرر', 'مقررا', 'يفترض', 'سوف', 'لن', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي', 'مرجح', 'يرجح', 'رجح', 'رجحت', 'ترجح', 'رجحوا', 'يرتقب', 'ينتظر'])}|${CONJ}قد(?=\\s+[يت][\\p{L}]{2,}))(?![${L}])|${FUTURE}`,
);
// "لن" (will not) and "من غير المتوقع" (not expected) deny on their own.
const NEGATIVE_MODAL = /^[وف]?(?:لن|من غير)/u;

export function expectation(stretch: string): (Cue & { negative: boolean }) | null {
  const m = MODAL.exec(stretch);
  return m ? { index: m.index, text: m[0], negative: NEGATIVE_MODAL.test(m[0]) || /من غير المتوقع/u.test(stretch) } : null;
}

// "نفى أن", "نفت التقارير التي", "أنكر", "كذّب": the subject sits inside a denied report (the frame ends right
// before it, with no comma in between).
const DENIAL_FRAME = re(
  `(?<![${L}])${withConj(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'نفيه', 'انكر', 'انكرت', 'ينكر', 'كذب', 'كذبت', 'دحض', 'دحضت', 'رفض', 'رفضت', 'استبعد', 'استبعدت', 'يستبعد', 'تستبعد'])}(?![${L}])[\\s,]+(?:[^\\s;]+[\\s,]+){0,10}?(?:ان|بان|انه|انها|صحه|حصول|وجود|تقارير|التقارير|انباء|الانباء|ما تردد|ما اشيع|ما ذكر)(?![${L}])[^,;]*$`,
);

// "رغم تقارير تحدثت عن …", "خلافاً لما تردد عن …": what follows is a report the sentence says is wrong.
const CONTRARY_FRAME = re(`(?<![${L}])[وف]?(?:رغم|برغم|على الرغم من|خلافا ل|خلافا لما|عكس|على عكس|بعكس)\\s*(?:ال)?(?:تقارير|انباء|ما)(?![${L}])[^,;]*$`);

// The denied thing right after the verb and its subject: "ونفت المصادر حضور داسكو", "استبعد مسؤول توقيع اتفاق".
const DENIED_OBJECT = re(`(?<![${L}])${withConj(['نفى', 'نفت', 'ينفي', 'تنفي', 'انكر', 'انكرت', 'ينكر', 'تنكر', 'كذب', 'كذبت', 'دحض', 'دحضت', 'استبعد', 'استبعدت', 'يستبعد', 'تستبعد'])}(?![${L}])(?:\\s+[^\\s,;]+){0,5}\\s+$`);

export function denialFrame(prefix: string): Cue | null {
  return cue(DENIAL_FRAME.exec(prefix) ?? CONTRARY_FRAME.exec(prefix));
}

export function deniedObject(prefix: string): Cue | null {
  return cue(DENIED_OBJECT.exec(prefix));
}

const REPORT_BEFORE = re(`(?<![${L}])(?:تقارير|التقارير|انباء|الانباء|ما تردد|ما اشيع|الانباء التي|التقارير التي)(?![${L}])[^,;]*$`);
const DENIED_AFTER = re(`(?<![${L}])(?:نفيت|نفتها|نفاها|كذبت|غير صحيحه|عاريه عن الصحه|لا اساس لها|مفبركه)(?![${L}])`);

export function passiveDenial(prefix: string, rest: string): Cue | null {
  return REPORT_BEFORE.test(prefix) ? cue(DENIED_AFTER.exec(rest)) : null;
}

// "أفادت في البداية بأن", "كانت قد ذكرت في وقت سابق أن", "بعد أن ذكرت أن": a report since replaced.
const SUPERSEDED_FRAME = re(
  `(?:(?:افادت|ذكرت|قالت|اعلنت|اوردت|افاد|ذكر|قال)\\s+(?:[^\\s,;]+\\s+){0,3}?(?:في البدايه|بدايه|في بادي الامر|في وقت سابق|سابقا|اولا|اول الامر|في البدء)|(?:كانت|كان)\\s+(?:[^\\s,;]+\\s+){0,3}?قد\\s+(?:افادت|ذكرت|قالت|افاد|ذكر|قال)|بعد ان\\s+(?:افادت|ذكرت|قالت|اعلنت|افاد|ذكر|قال))[^;]*$`,
);

export function supersededFrame(prefix: string): Cue | null {
  return cue(SUPERSEDED_FRAME.exec(prefix));
}

// "لم يتضح ما إذا", "تساءلوا عما إذا", "فيما إذا", "من غير الواضح إن كان", "هل": an open question takes no stance.
// "عما" and "فيما" are عن and في on "ما", written as one word.
// "هل", "ما إذا", and a dispute named as such: "روايات متضاربة حول مشاركة الشرع", "تساؤلات بشأن حضوره".
const OPEN_QUESTION = re(
  `(?<![${L}])(?:(?:ما|عما|فيما) اذا|اذا ما|ان كان|ان كانت|هل)(?![${L}])[^,;]*$|(?<![${L}])(?:روايات|روايه|معلومات|انباء|تقارير|اخبار)\\s+(?:متضاربه|متناقضه|متباينه|مختلفه)\\s+(?:حول|بشان|عن|ازاء|بخصوص)\\s*$|(?<![${L}])(?:تساولات|تساؤلات|جدل|غموض|تضارب|شكوك|لغط)\\s+(?:حول|بشان|عن|ازاء|بخصوص|في)\\s*$`,
);

// Neither yes nor no: "من دون أن تؤكد أو تنفي", "لم يؤكد ولم ينف", "لا تؤكد ولا تنفي", "دون تأكيد أو نفي", "رفض تأكيد".
const NONCOMMITTAL = re(
  `(?<![${L}])(?:(?:من\\s+)?(?:دون|بدون|لم|لا|ولم|ولا)\\s+(?:ان\\s+)?[تي]ؤكد(?:وا|ا)?(?:\\s+[^\\s,;]+){0,3}?\\s+(?:او|ولا|ولم|و)\\s*(?:ان\\s+)?[تي]نف(?:ي|ى|وا|يا)?|(?:دون|بدون|من دون)\\s+(?:ال)?تاكيد\\s+(?:او|ولا)\\s+(?:ال)?نفي|(?:رفض|رفضت|امتنع|امتنعت)\\s+(?:عن\\s+)?(?:تاكيد|التاكيد))(?![${L}])[^;]*$`,
);

export function openQuestion(prefix: string): Cue | null {
  return cue(OPEN_QUESTION.exec(prefix) ?? NONCOMMITTAL.exec(prefix));
}

// "لم يسبق له أن التقى", "سبق أن التقى مسؤولين إسرائيليين": a life so far, not this meeting.
const EXPERIENTIAL = re(`(?<![${L}])(?:[وف]?(?:لم|ما)\\s+يسبق|سبق\\s+(?:له|لها|لهم)?\\s*ان|سبق ان|من قبل|في السابق|مرات عديده)(?![${L}])`);

export function experiential(stretch: string): Cue | null {
  return cue(EXPERIENTIAL.exec(stretch));
}

// "إذا", "لو", "في حال": a condition.
const HYPOTHETICAL = re(`(?<![${L}])[وف]?(?:اذا|لو|في حال|في حاله|حال)(?![${L}])[^,;]*$`);

export function hypothetical(prefix: string): Cue | null {
  return cue(HYPOTHETICAL.exec(prefix));
}
