import { escapeRegex, foldWith } from '../fold';
import type { Folded } from '../types';

// Apostrophes and the letters transliterations use for ʿayn and hamza all read as one apostrophe:
// "al-Shar'a", "al-Shar’a" and "al-Sharʿa" are one spelling. Non-breaking and thin spaces are spaces.
const APOSTROPHES = /[’‘ʼʿʾ`´′]/u;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/u;
const HYPHENS = /[\u2010\u2011]/u;
const FORMAT = /\p{Cf}/u;
const cache = new Map<string, string>();

function fold1(ch: string): string {
  if (ch.length === 1 && ch < '\u00a0') return ch.toLowerCase();
  let f = cache.get(ch);
  if (f === undefined) {
    if (APOSTROPHES.test(ch)) f = "'";
    else if (SPACES.test(ch)) f = ' ';
    else if (HYPHENS.test(ch)) f = '-';
    // Format characters (a soft hyphen, a zero-width space, a bidi mark) are invisible on the page and
    // nothing in the text: "Vey&shy;ra" is "Veyra". A lone combining mark (decomposed text, "a" + U+0300)
    // is an accent like any other.
    else if (FORMAT.test(ch)) f = '';
    else f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (cache.size < 4096) cache.set(ch, f);
  }
  return f;
}

/** Lower case, diacritics off ("Şara" → "sara"), one apostrophe, plain spaces, no invisible characters. */
export const foldEnglish = (text: string): Folded => foldWith(text, fold1);

/**
 * A pattern word as a regex source over folded text: inner hyphens may be a space or nothing
 * ("al-Sharaa", "al Sharaa", "alsharaa"), apostrophes may be missing ("Shar'a", "Shara"), inner dots too
 * ("U.S.", "US"); `prefix` allows any continuation of letters.
 */
export function englishWordSource(word: string, prefix: boolean): string {
  const folded = foldEnglish(word).text;
  let out = '';
  for (const ch of folded) {
    if (ch === '-') out += '[-\\s]?';
    else if (ch === "'") out += "'?";
    else if (ch === '.') out += '\\.?';
    else out += escapeRegex(ch);
  }
  return prefix ? `${out}[\\p{L}\\p{N}]*` : out;
}
