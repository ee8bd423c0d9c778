import type { SentenceView } from './sentence-view';

/**
 * Where a wire dateline that opens a paragraph ends ("PORT VEYRA, March 3 (Meridian) —", "القاهرة (وكالة) -"),
 * in the sentence's folded text, or 0. The city there is where the story was filed, not where anything met.
 */
export function datelineEnd(s: SentenceView): number {
  if (!s.opensParagraph) return 0;
  return s.cl.lang.cues.dateline.exec(s.f.slice(0, 120))?.[0].length ?? 0;
}
