/**
 * Offsets in UTF-16 code units (what JavaScript strings and DOM ranges count) ⇄ offsets in Unicode
 * code points (what a W3C TextPositionSelector counts, model §4.2.5). They differ by one for every
 * character outside the Basic Multilingual Plane before the offset: emoji, rare CJK (𠀀),
 * mathematical letters (𝐀). Converting needs the text itself.
 */

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The code-point offset of UTF-16 offset `units` in `text` (a split pair counts as one). */
export function codePointIndex(text: string, units: number): number {
  const end = Math.min(units, text.length);
  let pairs = 0;
  for (let i = 1; i < end; i++) if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) pairs++;
  return units - pairs;
}

/**
 * The UTF-16 offset of code-point offset `codePoints` in `text`. Past the end (a stored position on
 * a page that has since become shorter) it counts on one unit per code point, so the distance
 * beyond the end is kept for anchoring's nearness score.
 */
export function utf16Index(text: string, codePoints: number): number {
  let units = 0;
  for (let seen = 0; seen < codePoints; seen++) {
    if (units >= text.length) return units + (codePoints - seen);
    units += isHigh(text.charCodeAt(units)) && isLow(text.charCodeAt(units + 1)) ? 2 : 1;
  }
  return units;
}

/** How many low surrogates `text` holds: the pairs that end in it, one cut at its start included. */
export function pairsEndingIn(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) if (isLow(text.charCodeAt(i))) pairs++;
  return pairs;
}
