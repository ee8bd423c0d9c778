import type { DayExpression } from '../types';
import { arSource } from './fold';
import { L, MONTHS_AR, NUMBERS_AR, WEEKDAYS_AR, re } from './words';

/**
 * Day and date expressions in Arabic copy, on folded text (digits are ASCII there): "السبت", "يوم
 * السبت 12 تموز/يوليو 2025", "12 يوليو", "في 12 من تموز", "نهاية الأسبوع", "في أيار". Months come in
 * both the Gulf/Egyptian and the Levantine names, often together ("تموز/يوليو").
 */

const fold = (names: Record<string, number>) => Object.fromEntries(Object.entries(names).map(([k, v]) => [arSource(k), v]));
const WEEKDAYS = fold(WEEKDAYS_AR);
const MONTHS = fold(MONTHS_AR);
const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const MONTH_PAIR = `(${MONTH})(?:\\s*[/(-]\\s*${MONTH}\\)?)?`;
const WEEKDAY = `(?:${Object.keys(WEEKDAYS).join('|')})`;
const P = '[وفبل]?';

const DAY_RE = re(
  [
    // "(يوم) السبت (12 تموز 2025)"
    `(?<![${L}])${P}(?:يوم\\s+)?(${WEEKDAY})(?:\\s*,?\\s*(?:الموافق\\s+)?(\\d{1,2})\\s+(?:من\\s+)?${MONTH_PAIR}(?:\\s+(\\d{4}))?)?(?![${L}])`,
    // "12 تموز/يوليو (2025)", "12 من تموز"
    `(?<![${L}\\d])(\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?${MONTH_PAIR}(?:\\s+(?:عام\\s+|سنه\\s+)?(\\d{4}))?(?![${L}])`,
    // "نهاية الأسبوع", "عطلة نهاية الأسبوع"
    `(?<![${L}])(نهايه الاسبوع|عطله نهايه الاسبوع|نهايه هذا الاسبوع)(?![${L}])`,
    // "في أيار", "منذ كانون الأول", "خلال يوليو": a month alone
    `(?<![${L}])(?:في|منذ|خلال|اواخر|اوائل|مطلع|منتصف|نهايه|بدايه)\\s+(?:شهر\\s+)?${MONTH_PAIR}(?:\\s+(?:الماضي|المقبل|الجاري))?(?!\\s*\\d)(?![${L}])`,
    // "2025-07-12", "12/7/2025"
    `(?<![\\d])(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?(?![\\d])`,
  ].join('|'),
  'gu',
);

// A reporting or travel verb just before a day: "قالت السبت", "وصل يوم السبت".
const DAY_OF_OTHER_VERB = re(
  `(?<![${L}])[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|نشر|نشرت|اوردت|اضافت|اكد|اكدت|صرح|وصل|وصلت|وصول|يصل|زار|غادر|حط|حطت|نقلت|نقل|تعود|عادت|يعود|عاد|تقول|يقول)(?![${L}])[\\s,]+(?:[^\\s,;]+[\\s,]+){0,5}?(?:يوم\\s+)?$`,
);

export function arabicDays(text: string): DayExpression[] {
  const out: DayExpression[] = [];
  for (const m of text.matchAll(DAY_RE)) {
    const g = m.slice(1);
    const base = { start: m.index, end: m.index + m[0].length, text: m[0].trim(), ofOtherVerb: DAY_OF_OTHER_VERB.test(text.slice(Math.max(0, m.index - 60), m.index)) };
    const month = (s?: string) => (s ? MONTHS[s] : undefined);
    if (g[0]) out.push({ ...base, weekday: WEEKDAYS[g[0]], day: g[1] ? Number(g[1]) : undefined, month: month(g[2]), year: g[3] ? Number(g[3]) : undefined });
    else if (g[4]) out.push({ ...base, day: Number(g[4]), month: month(g[5]), year: g[6] ? Number(g[6]) : undefined });
    else if (g[7]) out.push({ ...base, weekend: true });
    else if (g[8]) out.push({ ...base, month: month(g[8]), monthOnly: true });
    else if (g[9]) {
      const a = Number(g[9]);
      const b = Number(g[10]);
      if (a > 31 || b > 12) continue;
      out.push({ ...base, day: a, month: b, year: g[11] ? Number(g[11].length === 2 ? `20${g[11]}` : g[11]) : undefined });
    }
  }
  return out;
}

const NUMBERS = fold(NUMBERS_AR);
// Digits: up to three then groups after a separator ("1,800", "1.800"), a decimal ("1.2", "1,5"), or a
// run ("1800").
const NUMBER_RE = re(`(?<![${L}])[وفبل]?(\\d{1,3}(?:[,.]\\d{3})+(?!\\d)|\\d+[,.]\\d{1,2}(?!\\d)|\\d+|${Object.keys(NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![${L}])(?:\\s+([\\p{L}]+))?`, 'gu');

// A year word right before four digits: "عام 1800", "سنة 1800", "منذ 1800", "العام 1800".
const YEAR_BEFORE = re(`(?<![${L}])[وفبل]?(?:عام|العام|سنه|السنه|منذ)\\s+$`);

/** Four digits without a separator that read as a year (1900 to 2099, or after a year word) are not a count. */
function isYear(word: string, before: string): boolean {
  if (!/^\d{4}$/u.test(word)) return false;
  const value = Number(word);
  return (value >= 1900 && value <= 2099) || YEAR_BEFORE.test(before);
}

/** Numbers as digits or words, with the word they count ("ثلاث ساعات", "50 مسؤولا"). A counted noun may also come before ("اجتماع واحد"). */
export function arabicNumbers(text: string): { index: number; text: string; value: number; noun: string }[] {
  const out: { index: number; text: string; value: number; noun: string }[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const word = m[1]!;
    // One or two digits after the separator are a decimal; three are a thousands group.
    const value = NUMBERS[word] ?? (/[,.]\d{1,2}$/.test(word) ? Number(word.replace(',', '.')) : Number(word.replace(/[,.]/g, '')));
    if (!Number.isFinite(value)) continue;
    if (isYear(word, text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "اجتماع واحد": the noun comes first for one and two.
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    const noun = value <= 2 && NUMBERS[word] !== undefined && before ? before : (m[2] ?? '');
    out.push({ index: m.index, text: m[0], value, noun });
  }
  return out;
}
