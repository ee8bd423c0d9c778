import type { Folded } from './types';

/**
 * Folds a string character by character with `fold1`, keeping a map back to the original offsets, so
 * matches found in the folded text land exactly on the original. The map is omitted when every
 * character folds to exactly one (the common case in Latin copy), which saves the array.
 */
export function foldWith(text: string, fold1: (ch: string) => string): Folded {
  let out = '';
  let map: number[] | null = null;
  let i = 0;
  for (const ch of text) {
    const f = fold1(ch);
    if (map === null && f.length !== ch.length) {
      map = [];
      for (let k = 0; k < out.length; k += 1) map.push(k);
    }
    if (map !== null) for (let k = 0; k < f.length; k += 1) map.push(i);
    out += f;
    i += ch.length;
  }
  if (map === null) return { text: out, map: null };
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}

/** The original offset of folded offset `i`. */
export const unfold = (folded: Folded, i: number): number => (folded.map ? folded.map[i]! : i);

/** Escapes a literal for use inside a RegExp source (also valid with the `u` flag). */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
