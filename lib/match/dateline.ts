import { toFolded, type SentenceView } from './sentence-view';

/**
 * Where a wire dateline that opens a paragraph ends ("PORT VEYRA, March 3 (Meridian) —", "القاهرة (وكالة) -"),
 * as a folded offset of the sentence, or 0. Read on the sentence's own text (a dateline is told by its
 * capitals). The city there is where the story was filed, not where anything met.
 */
export function datelineEnd(s: SentenceView): number {
  if (!s.opensParagraph) return 0;
  const m = s.cl.lang.cues.dateline.exec(s.text.slice(0, 120));
  return m ? toFolded(s, { start: 0, end: m[0].length }).end : 0;
}
