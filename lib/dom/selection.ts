/**
 * Maps the reader's selection to offsets in the article text, so a note can
 * be anchored with the same `{start, end}` the matcher uses. The reverse is
 * `textMap.rangeFor`.
 */
import type { TextMap } from './text-map';

/**
 * Text offsets covered by `selection` (all its ranges, first start to last
 * end), with whitespace and block separators trimmed from both ends. A point
 * inside skipped content (an input, a script) snaps to the next collected
 * text; parts outside the map's root are clipped. Null when nothing readable
 * is selected.
 */
export function selectionToOffsets(
  textMap: TextMap,
  selection: Selection | Range | null | undefined,
): { start: number; end: number } | null {
  if (!selection) return null;
  let first: Range;
  let last: Range;
  if (isRange(selection)) {
    first = last = selection;
  } else {
    if (selection.rangeCount === 0) return null;
    first = selection.getRangeAt(0);
    last = selection.getRangeAt(selection.rangeCount - 1);
  }
  let start = textMap.offsetOf(first.startContainer, first.startOffset);
  let end = textMap.offsetOf(last.endContainer, last.endOffset);
  if (start === null || end === null) return null;
  const text = textMap.text;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

function isRange(value: Selection | Range): value is Range {
  return 'startContainer' in value;
}
