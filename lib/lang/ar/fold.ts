import { escapeRegex, foldWith } from '../fold';
import type { Folded } from '../types';

/**
 * Arabic folded for matching, the way Arabic search engines do it: short vowels, shadda and tatweel
 * dropped; the alef forms, alef maqsura, taa marbuta and the hamza seats unified; Arabic-Indic digits
 * read as digits; Arabic punctuation as its Latin twin. So "الشَّرع", "الشرع", "١٢" and "12" match.
 */
const ONE: Record<string, string> = {
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي',
  '،': ',', '؛': ';', '؟': '?', '«': '"', '»': '"', '“': '"', '”': '"', '’': "'", '‘': "'",
  '\u00a0': ' ', '\u200f': '', '\u200e': '', '\u200c': '', '\u200d': '',
};
// Tashkeel, the superscript alef and tatweel.
const DROP = /[\u064B-\u065F\u0670\u0640]/;
// Format characters (a zero-width space, a soft hyphen, a bidi override) are invisible on the page: a word
// they split ("لم يحض\u200Bر") reads as one word, as the reader sees it.
const FORMAT = /\p{Cf}/u;

function fold1(ch: string): string {
  const one = ONE[ch];
  if (one !== undefined) return one;
  if (DROP.test(ch) || FORMAT.test(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ch.length === 1 && ch < '\u00c0' ? ch.toLowerCase() : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() || ch;
}

export const foldArabic = (text: string): Folded => foldWith(text, fold1);

/** Folds literal Arabic letters inside a regex source written in plain Arabic (cues are written naturally). */
export const arSource = (source: string): string => [...source].map((ch) => (ONE[ch] !== undefined && /[\u0600-\u06FF]/u.test(ch) ? ONE[ch] : DROP.test(ch) ? '' : ch)).join('');

// The clitics that attach before a word: the conjunctions و and ف, the prepositions ب ل ك, the article.
const CONJ = '[وف]?';
// Pronoun suffixes a noun takes ("زيارته", "مشاركتها"); a taa marbuta becomes taa before them.
const SUFFIX = '(?:ه|ها|هم|هما|هن|ي|نا|كم|كما)?';

/**
 * A pattern word as a regex source over folded Arabic, with its clitics: "الشرع" also matches "والشرع",
 * "بالشرع", "للشرع"; "باكو" also "وباكو", "لباكو", and (an article being optional for a word written
 * without one) "الفلسطينية" for "فلسطينية"; a word ending in taa marbuta also takes a suffix ("زيارة" →
 * "زيارته"). Latin words (i24) are matched as Latin.
 */
export function arabicWordSource(word: string, prefix: boolean): string {
  const w = foldArabic(word).text;
  // A Latin name in Arabic copy takes the clitics too ("لـi24" is "لi24" once folded).
  if (!/[\u0600-\u06FF]/u.test(w)) return `(?:[وفبلك]|لل)?${escapeRegex(w)}` + (prefix ? '[\\p{L}\\p{N}]*' : '');
  const rest = prefix ? '[\\p{L}]*' : '';
  if (w.startsWith('ال') && w.length > 3) {
    const core = escapeRegex(w.slice(2));
    return `${CONJ}(?:[بك]?ال|لل)${stem(core)}${rest}`;
  }
  // A word written without the article also matches with it ("فلسطينية" in "المخيمات الفلسطينية"): adjectives agree in definiteness.
  return `${CONJ}(?:[بك]?ال|لل|[بلك])?${stem(escapeRegex(w))}${rest}`;
}

/**
 * A word with its possible endings: a relative adjective's agreement, taa marbuta before a suffix, a
 * suffix after the word. A final
 * hamza may sit on yaa or waw before a suffix ("ميناء" → "مينائه", "ميناؤه", folded "مينايه",
 * "ميناوه") or stay on the line ("ميناءه").
 */
function stem(core: string): string {
  // A relative adjective (nisba: "مصري", "نقابي") agrees in gender and number with what it describes:
  // "مصرية", "مصريون", "مصريين", "مصريان", "مصريتين", and the accusative "مصرياً". Words this short ending in
  // yaa ("في") are not nisbas.
  // A final alef maqsura (folded to yaa) is written alef before a pronoun: "التقى" → "التقاه", "أجراها".
  const maqsura = core.endsWith('ي') && core.length >= 3 ? `|${core.slice(0, -1)}ا${SUFFIX.slice(0, -1)}` : '';
  if (core.endsWith('ي') && core.length >= 4) return `(?:${core}(?:ون|ين|ان|تان|تين|ه|ت${SUFFIX.slice(0, -1)})?${SUFFIX}|${core}ا${maqsura})`;
  if (maqsura) return `(?:${core}${SUFFIX}${maqsura})`;
  if (core.endsWith('ه')) return `${core.slice(0, -1)}(?:ه|ت${SUFFIX.slice(0, -1)})`;
  if (core.endsWith('ء') && core.length > 1) return `${core.slice(0, -1)}(?:ء${SUFFIX}|[يو]${SUFFIX.slice(0, -1)})`;
  return `${core}${SUFFIX}`;
}
