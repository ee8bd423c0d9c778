import { arSource } from './fold';

/**
 * Building blocks for Arabic cues, written in plain Arabic and folded at build time (fold.ts), so a
 * cue reads as the copy it was written for. Nothing here names a story.
 */

/** Letters and digits: what may not touch a word's edges. */
export const L = '\\p{L}\\p{N}';
/** The conjunctions that attach to the front of a word. */
export const CONJ = '(?:[وف])?';
/** Prepositions and the article that attach after a conjunction. */
export const PREP = '(?:[بلك]|ال|بال|لل|كال)?';

/** A word with an optional leading conjunction (و/ف), as a source fragment (no edges). */
export const withConj = (alternatives: readonly string[]) => `${CONJ}(?:${alternatives.map(arSource).join('|')})`;

/** Whole words: optional conjunction and preposition/article before, letters never touching either edge. */
export function words(alternatives: readonly string[], { clitics = true }: { clitics?: boolean } = {}): string {
  const body = `(?:${alternatives.map(arSource).join('|')})`;
  return `(?<![${L}])${clitics ? CONJ + PREP : CONJ}${body}(?![${L}])`;
}

/** A regex over folded text from a source written in plain Arabic (its Arabic letters are folded here too). */
export const re = (source: string, flags = 'u') => new RegExp(arSource(source), flags.includes('u') ? flags : `${flags}u`);

/** Up to `n` words of anything. */
export const GAP = (n: number) => `(?:[^\\s,;.]+\\s+){0,${n}}?`;

export const WEEKDAYS_AR: Record<string, number> = { الأحد: 0, الاحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الاربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6 };

/** Months, in the Gulf/Egyptian names and the Levantine ones. */
export const MONTHS_AR: Record<string, number> = {
  يناير: 1, 'كانون الثاني': 1, فبراير: 2, شباط: 2, مارس: 3, آذار: 3, أبريل: 4, إبريل: 4, نيسان: 4, مايو: 5, أيار: 5, يونيو: 6, يونيه: 6, حزيران: 6,
  يوليو: 7, يوليه: 7, تموز: 7, أغسطس: 8, آب: 8, سبتمبر: 9, أيلول: 9, أكتوبر: 10, 'تشرين الأول': 10, نوفمبر: 11, 'تشرين الثاني': 11, ديسمبر: 12, 'كانون الأول': 12,
};

/** Number words, masculine and feminine, with the forms they take after a preposition. */
export const NUMBERS_AR: Record<string, number> = {
  واحد: 1, واحدة: 1, واحدا: 1, وحيد: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4, خمس: 5, خمسة: 5,
  ست: 6, ستة: 6, سبع: 7, سبعة: 7, ثماني: 8, ثمانية: 8, تسع: 9, تسعة: 9, عشر: 10, عشرة: 10, عشرات: 30, مئات: 300,
};
