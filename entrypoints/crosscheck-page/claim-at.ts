import { claimToPreselect } from '../../lib/reader/note-claim';
import type { PageChecker } from './page-checker';

/** The words of `el` that `range` covers (a range over the page's text and our marks). */
function coveredText(range: Range, el: Element): string {
  const r = el.ownerDocument.createRange();
  r.selectNodeContents(el);
  if (range.compareBoundaryPoints(Range.START_TO_START, r) > 0) r.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, r) < 0) r.setEnd(range.endContainer, range.endOffset);
  return r.collapsed ? '' : r.toString();
}

/**
 * The claim key to preselect for a note on `range`: see claimToPreselect. A mark counts when the
 * selection covers some of its words, not when it only touches its edge.
 */
export function claimAtRange(checker: PageChecker | null, range: Range): string | null {
  if (!checker) return null;
  const touched = checker.current().filter((s) => s.marks.some((m) => range.intersectsNode(m) && coveredText(range, m).trim()));
  return claimToPreselect(touched.map((s) => s.group));
}
